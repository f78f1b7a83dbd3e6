import { Button, Caption1, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me } from '../api/api-types';
import { BoardView } from '../board/BoardView';
import { usePortfolio } from '../board/use-portfolio';
import { CapacityView } from '../charts/CapacityView';
import { RiskHeatMapView } from '../charts/RiskHeatMapView';
import { ValueEffortView } from '../charts/ValueEffortView';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { MeetingView } from '../meeting/MeetingView';
import { StrategyView } from '../charts/StrategyView';
import { BenefitsView } from '../benefits/BenefitsView';
import { OrganisationSettingsView } from '../settings/OrganisationSettingsView';
import { EstateView } from '../estate/EstateView';
import { hasPermission } from '../common/permissions';
import { VIEW_LABELS, VIEWS, type ViewName } from './tab-options';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px',
    padding: '8px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', alignItems: 'center', gap: '8px' },
  main: { padding: '12px 16px' },
});

/** Views that need the governance reader permission (officers see only their own requests on the board). */
const GOVERNANCE_VIEWS: readonly ViewName[] = ['meeting', 'capacity', 'matrix', 'risks', 'estate'];
/** Views for administrators only. */
const ADMIN_VIEWS: readonly ViewName[] = ['settings'];

/** The signed-in tab: who you are, the views, and the portfolio they share. */
export function Workspace(props: { api: ApiClient; initialView: ViewName; layout?: 'sidePanel' | 'stage'; meetingId?: string; onSwitchUser?: () => void }) {
  const { api } = props;
  const [meState, reloadMe] = useLoad((signal) => api.call('getMe', { signal }), [api]);
  const portfolio = usePortfolio(api, { enabled: !(props.layout && props.initialView === 'meeting') });
  if (meState.status === 'loading') return <Spinner label="Signing you in…" />;
  if (meState.status === 'failed') {
    return (
      <main style={{ padding: 16 }}>
        <LoadFailure error={meState.error} what="your account" onRetry={() => void reloadMe()} />
      </main>
    );
  }
  return <SignedInWorkspace {...props} me={meState.data} portfolio={portfolio} />;
}

function SignedInWorkspace(props: {
  api: ApiClient;
  me: Me;
  portfolio: ReturnType<typeof usePortfolio>;
  initialView: ViewName;
  layout?: 'sidePanel' | 'stage';
  meetingId?: string;
  onSwitchUser?: () => void;
}) {
  const { api, me, portfolio, initialView, layout, meetingId, onSwitchUser } = props;
  const styles = useStyles();
  const mayReadGovernance = hasPermission(me, 'governance:read');
  const mayManageSettings = hasPermission(me, 'settings:manage');
  const views = VIEWS.filter((view) => (mayReadGovernance || !GOVERNANCE_VIEWS.includes(view)) && (mayManageSettings || !ADMIN_VIEWS.includes(view)));
  const [view, setView] = useState<ViewName>(views.includes(initialView) ? initialView : 'board');
  // In a meeting's side panel or on its stage there is room for the meeting and nothing else.
  if (layout && view === 'meeting') {
    return (
      <main className={styles.main}>
        <MeetingView api={api} me={me} layout={layout} meetingId={meetingId} />
      </main>
    );
  }
  const organisationName = me.organisation.name ?? me.organisation.id;
  return (
    <>
      <header className={styles.header}>
        <Text as="h1" block size={500} weight="semibold">
          Entrance Hall – {organisationName}
        </Text>
        <div className={styles.who}>
          <Caption1>
            Signed in as {me.name} ({me.roles.map((role) => role.label).join(', ')})
          </Caption1>
          {onSwitchUser && (
            <Button size="small" onClick={onSwitchUser}>
              Act as someone else
            </Button>
          )}
        </div>
      </header>
      <nav aria-label="Views">
        <TabList selectedValue={view} onTabSelect={(_event, data) => setView(data.value as ViewName)}>
          {views.map((name) => (
            <Tab key={name} value={name}>
              {VIEW_LABELS[name]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {view === 'board' && <BoardView api={api} me={me} portfolio={portfolio} />}
        {view === 'meeting' && <MeetingView api={api} me={me} layout="content" meetingId={meetingId} />}
        {view === 'capacity' && <CapacityView api={api} portfolio={portfolio} />}
        {view === 'matrix' && <ValueEffortView portfolio={portfolio} />}
        {view === 'risks' && <RiskHeatMapView portfolio={portfolio} />}
        {view === 'strategy' && <StrategyView api={api} me={me} portfolio={portfolio} />}
        {view === 'benefits' && <BenefitsView api={api} />}
        {view === 'settings' && <OrganisationSettingsView api={api} canEdit={mayManageSettings} />}
        {view === 'estate' && <EstateView api={api} me={me} />}
      </main>
    </>
  );
}
