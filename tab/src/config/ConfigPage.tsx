import { Body1, Field, FluentProvider, makeStyles, Radio, RadioGroup, Title2 } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useRef, useState } from 'react';
import { VIEW_LABELS, VIEWS, type ViewName } from '../app/tab-options';
import { FLUENT_THEMES } from '../teams/fluent-themes';
import { detectTeamsHost, followTeamsTheme } from '../teams/teams-host';
import { resolveThemeName, type ThemeName } from '../teams/theme-name';
import { buildTabConfig } from './tab-config';

const useStyles = makeStyles({ page: { padding: '16px', maxWidth: '640px' } });

const VIEW_HINTS: Record<ViewName, string> = {
  board: 'the whole portfolio in stage columns, with filters and the detail of each request',
  meeting: 'the agenda one request at a time, decisions recorded in place, and the minutes',
  capacity: 'ICT days and budget per quarter against demand',
  matrix: 'open requests by value against effort',
  risks: 'the risk heat map',
  strategy: 'themes, their actions with RAG status, and the requests that serve them',
  benefits: 'planned against realised benefits of agreed and delivered projects, and the reviews owed',
  settings: 'for administrators: the scheme of delegation, key decisions, the forward plan and meeting dates',
  estate: 'the business applications by capability and disposition, against the rationalisation target',
};

/**
 * The configuration page Teams shows when the tab is added to a channel, chat or meeting: pick
 * what the tab opens on. In a meeting's side panel and on its stage the tab shows meeting mode.
 */
export function ConfigPage({ forcedTheme }: { forcedTheme?: string }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<ThemeName>(resolveThemeName(forcedTheme));
  const [inTeams, setInTeams] = useState<boolean | undefined>(undefined);
  const [view, setView] = useState<ViewName>('board');
  const chosen = useRef(view);
  chosen.current = view;

  useEffect(() => {
    void detectTeamsHost().then((host) => {
      setInTeams(host.inTeams);
      if (!host.inTeams) return;
      if (!forcedTheme) {
        setTheme(resolveThemeName(host.theme));
        followTeamsTheme((name) => setTheme(resolveThemeName(name)));
      }
      if (host.frameContext === 'meetingStage' || host.meetingId) setView('meeting');
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config
          .setConfig(buildTabConfig(window.location.origin, chosen.current))
          .then(() => saveEvent.notifySuccess())
          .catch((error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : 'Could not save the tab.'));
      });
      pages.config.setValidityState(true);
    });
  }, [forcedTheme]);

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={{ minHeight: '100vh' }}>
      <main className={styles.page}>
        <Title2 as="h1" block>Add Entrance Hall</Title2>
        <Body1 as="p" block>Choose what the tab opens on. Everyone who opens it signs in as themselves and sees what their role allows.</Body1>
        {inTeams === false && <Body1 as="p" block>This page is used by Microsoft Teams when the tab is added to a channel or meeting.</Body1>}
        <Field label="The tab opens on">
          <RadioGroup value={view} onChange={(_event, data) => setView(data.value as ViewName)}>
            {VIEWS.map((name) => (
              <Radio key={name} value={name} label={`${VIEW_LABELS[name]}: ${VIEW_HINTS[name]}`} />
            ))}
          </RadioGroup>
        </Field>
      </main>
    </FluentProvider>
  );
}
