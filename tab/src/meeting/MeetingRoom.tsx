import { Badge, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { describeAgendaItemStatus, type AgendaItem } from '@entrance-hall/shared/browser/board/build-meeting-agenda';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { hasPermission } from '../common/permissions';
import { EMPTY_DRAFT, type DecisionDraft } from '../board/DecisionForm';
import { formatDateTime } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { AgendaItemPanel } from './AgendaItemPanel';
import { ForwardPlanWarnings } from './ForwardPlanWarnings';
import type { MeetingLayout } from './MeetingView';
import { MinutesPanel } from './MinutesPanel';
import { useMeetingFeed } from './use-meeting-feed';

const useStyles = makeStyles({
  room: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: '16px', rowGap: '2px' },
  heading: { margin: 0 },
  strip: {
    listStyleType: 'none',
    margin: 0,
    padding: '2px',
    display: 'flex',
    gap: '6px',
    overflowX: 'auto',
  },
  list: { listStyleType: 'none', margin: '8px 0 0 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  agendaButton: {
    display: 'block',
    backgroundColor: 'transparent',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: 'inherit',
    textAlign: 'left',
    boxSizing: 'border-box',
    padding: '4px 8px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  stripButton: { whiteSpace: 'nowrap' },
  listButton: { width: '100%' },
  current: { border: `3px solid ${tokens.colorBrandStroke1}` },
  drawer: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px' },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  navigation: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

/**
 * One meeting in progress: the request being discussed fills the screen, the agenda is a strip
 * (a drawer in the side panel), and every tab follows the chair's current item unless its viewer
 * chose to look elsewhere. The chair's typing is kept per item, whatever lands meanwhile.
 */
/** Items still to decide here: a decision taken stands, so its notice no longer matters. */
const statusesDecided = (entry: AgendaItem) => describeAgendaItemStatus(entry).decided;

export function MeetingRoom({ api, me, meetingId, layout }: { api: ApiClient; me: Me; meetingId: string; layout: MeetingLayout }) {
  const styles = useStyles();
  const { state, refresh } = useMeetingFeed(api, meetingId);
  const isChair = hasPermission(me, 'decisions:record');
  /** The item this viewer chose to look at instead of the chair's; undefined while following. */
  const [lookingAt, setLookingAt] = useState<string | undefined>(undefined);
  /** The chair's own move, shown at once while it is being saved. */
  const [leadingTo, setLeadingTo] = useState<string | undefined>(undefined);
  const [drafts, setDrafts] = useState<Record<string, DecisionDraft>>({});
  if (state.status === 'loading') return <Spinner label="Opening the meeting…" />;
  if (state.status === 'failed') return <LoadFailure error={state.error} what="the meeting" onRetry={() => void refresh()} />;
  const { meeting, agenda, decisions, facts } = state.feed;
  const statuses = agenda.map((entry) => describeAgendaItemStatus(entry));
  const decided = statuses.filter((status) => status.decided).length;
  const indexOf = (requestId: string | undefined) => (requestId === undefined ? -1 : agenda.findIndex((entry) => entry.requestId === requestId));
  const chairIndex = Math.max(0, indexOf(meeting.currentItem));
  const chosen = indexOf(isChair ? (leadingTo ?? lookingAt) : lookingAt);
  const index = chosen >= 0 ? chosen : chairIndex;
  const item = agenda[index];
  const following = !isChair && (lookingAt === undefined || indexOf(lookingAt) === chairIndex);

  const goTo = (target: number) => {
    const entry = agenda[target];
    if (!entry) return;
    if (!isChair) {
      setLookingAt(entry.requestId);
      return;
    }
    setLeadingTo(entry.requestId);
    void api
      .call('setMeetingCurrentItem', { params: { id: meeting.id }, body: { requestId: entry.requestId } })
      .then(() => refresh())
      .catch(() => setLookingAt(entry.requestId))
      .finally(() => setLeadingTo(undefined));
  };

  const heading = layout === 'content' ? 'h2' : 'h1';
  const agendaEntries = (list: boolean) =>
    agenda.map((entry, entryIndex) => (
      <li key={entry.requestId}>
        <button
          type="button"
          className={mergeClasses(styles.agendaButton, list ? styles.listButton : styles.stripButton, entryIndex === index && styles.current)}
          aria-current={entryIndex === index ? 'step' : undefined}
          onClick={() => goTo(entryIndex)}
          data-agenda-item={entry.requestId}
          title={entry.request?.title}
        >
          {list ? `${entry.position}. ${entry.requestId} ${entry.request?.title ?? ''}` : `${entry.position}. ${entry.requestId}`}
          {entryIndex === chairIndex && !isChair ? ' (chair)' : ''}
          <br />
          <Badge appearance={statuses[entryIndex]!.decided ? 'filled' : 'outline'} color={statuses[entryIndex]!.decided ? 'success' : 'informative'}>
            {statuses[entryIndex]!.label}
          </Badge>
        </button>
      </li>
    ));

  return (
    <div className={styles.room} data-testid="meeting-room" data-layout={layout}>
      <div className={styles.top}>
        <Text as={heading} block size={layout === 'stage' ? 600 : layout === 'sidePanel' ? 400 : 500} weight="semibold" className={styles.heading}>
          {meeting.title}
        </Text>
        <Caption1 as="p" block style={{ margin: 0 }}>
          {meeting.forum}, {formatDateTime(meeting.startsAt)}. {`${decided} of ${agenda.length} decided.`}
        </Caption1>
      </div>
      {state.error !== undefined && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>Lost contact with Entrance Hall; still trying. What you see may be out of date.</MessageBarBody>
        </MessageBar>
      )}
      {agenda.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>This meeting has no requests on its agenda yet.</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <ForwardPlanWarnings api={api} requests={agenda.flatMap((entry) => (entry.request && !statusesDecided(entry) ? [entry.request] : []))} meetingDate={meeting.startsAt.slice(0, 10)} />
          <nav aria-label="Agenda">
            {layout === 'sidePanel' ? (
              <details className={styles.drawer}>
                <summary className={styles.summary}>{`Agenda: ${agenda.length} items, ${decided} decided`}</summary>
                <ol className={styles.list}>{agendaEntries(true)}</ol>
              </details>
            ) : (
              <ol className={styles.strip}>{agendaEntries(false)}</ol>
            )}
          </nav>
          <div className={styles.navigation}>
            <Button size="small" disabled={index === 0} onClick={() => goTo(index - 1)}>
              Previous item
            </Button>
            <Button size="small" disabled={index >= agenda.length - 1} onClick={() => goTo(index + 1)}>
              Next item
            </Button>
            {!isChair &&
              (following ? (
                <Caption1 role="status" data-testid="follow-status">
                  Following the chair.
                </Caption1>
              ) : (
                <MessageBar intent="info" data-testid="follow-status">
                  <MessageBarBody>{`You are looking at item ${index + 1}; the chair is on item ${chairIndex + 1}.`}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" appearance="primary" onClick={() => setLookingAt(undefined)}>
                      Back to the chair
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              ))}
          </div>
          {item && (
            <AgendaItemPanel
              api={api}
              me={me}
              item={item as AgendaItem<RequestRecord>}
              status={statuses[index]!}
              facts={facts}
              meetingId={meeting.id}
              layout={layout}
              headingLevel={layout === 'content' ? 'h3' : 'h2'}
              draft={drafts[item.requestId] ?? EMPTY_DRAFT}
              onDraftChange={(draft) => setDrafts((previous) => ({ ...previous, [item.requestId]: draft }))}
              onChanged={() => void refresh()}
            />
          )}
        </>
      )}
      <MinutesPanel meeting={meeting} decisions={decisions} />
    </div>
  );
}
