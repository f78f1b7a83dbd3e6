import { Body1, Title2 } from '@fluentui/react-components';

/** Shown in a plain browser when the server offers no local sign-in (production). */
export function NotInTeams() {
  return (
    <main style={{ padding: 24, maxWidth: 640 }}>
      <Title2 as="h1" block>Open Entrance Hall in Microsoft Teams</Title2>
      <Body1 as="p" block>
        The portfolio board signs you in through Teams. Open the Entrance Hall app in Teams, or add it as a tab in your steering group&apos;s channel or meeting.
      </Body1>
    </main>
  );
}
