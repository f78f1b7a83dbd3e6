import { FluentProvider, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { ApiClient, type TokenProvider } from '../api/api-client';
import type { DevUser } from '../api/api-types';
import { FLUENT_THEMES } from '../teams/fluent-themes';
import { detectTeamsHost, followTeamsTheme, getTeamsSsoToken, notifyTeamsLoaded, type HostInfo } from '../teams/teams-host';
import { resolveThemeName, type ThemeName } from '../teams/theme-name';
import { createDevTokenProvider, fetchDevUsers, rememberDevUser, rememberedDevUser } from './dev-sign-in';
import { DevSignIn } from './DevSignIn';
import { NotInTeams } from './NotInTeams';
import { viewForFrameContext, type TabOptions } from './tab-options';
import { Workspace } from './Workspace';

type Start =
  | { step: 'detecting' }
  | { step: 'teams'; host: Extract<HostInfo, { inTeams: true }> }
  | { step: 'browser'; devUsers: DevUser[] | undefined };

/**
 * The tab's start: find out within a second whether Teams hosts it; in Teams follow its theme and
 * sign in by SSO; in a plain browser with dev sign-in offer the demo users; otherwise explain.
 */
export function App({ options }: { options: TabOptions }) {
  const [start, setStart] = useState<Start>({ step: 'detecting' });
  const [theme, setTheme] = useState<ThemeName>(resolveThemeName(options.theme));
  const [devUser, setDevUser] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const host = await detectTeamsHost();
      if (cancelled) return;
      if (host.inTeams) {
        if (!options.theme) {
          setTheme(resolveThemeName(host.theme));
          followTeamsTheme((name) => setTheme(resolveThemeName(name)));
        }
        setStart({ step: 'teams', host });
        notifyTeamsLoaded();
        return;
      }
      const devUsers = await fetchDevUsers();
      if (cancelled) return;
      const wanted = options.actAs ?? rememberedDevUser();
      if (devUsers && wanted && devUsers.some((user) => user.id === wanted)) setDevUser(wanted);
      setStart({ step: 'browser', devUsers });
    })();
    return () => {
      cancelled = true;
    };
  }, [options.theme, options.actAs]);

  useEffect(() => {
    // The theme's background on the page itself, so no white frame shows around or below the app.
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.backgroundColor = FLUENT_THEMES[theme].colorNeutralBackground1;
    root.style.color = FLUENT_THEMES[theme].colorNeutralForeground1;
    root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  }, [theme]);

  const tokenProvider = useMemo<TokenProvider | undefined>(() => {
    if (start.step === 'teams') return () => getTeamsSsoToken();
    if (start.step === 'browser' && devUser) return createDevTokenProvider(devUser);
    return undefined;
  }, [start.step, devUser]);
  const api = useMemo(() => (tokenProvider ? new ApiClient('', tokenProvider) : undefined), [tokenProvider]);

  const chooseDevUser = (userId: string | undefined) => {
    rememberDevUser(userId);
    setDevUser(userId);
  };

  let content;
  if (start.step === 'detecting') {
    content = <Spinner label="Starting Entrance Hall…" />;
  } else if (start.step === 'browser' && !start.devUsers) {
    content = <NotInTeams />;
  } else if (start.step === 'browser' && !devUser) {
    content = <DevSignIn users={start.devUsers ?? []} onChoose={chooseDevUser} />;
  } else if (api) {
    const placement = viewForFrameContext(start.step === 'teams' ? start.host.frameContext : 'content', options);
    content = (
      <Workspace
        key={devUser ?? 'teams'}
        api={api}
        initialView={placement.view}
        layout={placement.layout}
        meetingId={options.meetingId}
        onSwitchUser={start.step === 'browser' ? () => chooseDevUser(undefined) : undefined}
      />
    );
  }
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }} data-theme={theme}>
      {content}
    </FluentProvider>
  );
}
