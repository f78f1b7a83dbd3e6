import { Badge, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { AgendaItem } from '@entrance-hall/shared/board/build-meeting-agenda';
import { OUTCOME_LABELS } from '@entrance-hall/shared/decisions/decision';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { formatDateTime } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { AgendaItemPanel } from './AgendaItemPanel';
import type { MeetingLayout } from './MeetingView';
import { MinutesPanel } from './MinutesPanel';
import { useMeetingFeed } from './use-meeting-feed';

const useStyles = makeStyles({
  room: { display: 'grid', gridTemplateColumns: 'minmax(220px, 300px) 1fr', gap: '20px', alignItems: 'start' },
  narrow: { gridTemplateColumns: '1fr' },
  stage: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  agenda: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  agendaButton: {
    display: 'block',
    backgroundColor: 'transparent',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'left',
    width: '100%',
    boxSizing: 'border-box',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { border: `3px solid ${tokens.colorBrandStroke1}` },
  heading: { margin: '0 0 4px 0' },
});

function agendaStatus(item: AgendaItem<RequestRecord>): string {
  if (item.decision) return `Decided: ${OUTCOME_LABELS[item.decision.outcome]}`;
  if (!item.request) return 'No longer available';
  return 'To decide';
}

/** One meeting in progress: the agenda, the request being discussed, the decision, the minutes. */
export function MeetingRoom({ api, me, meetingId, layout }: { api: ApiClient; me: Me; meetingId: string; layout: MeetingLayout }) {
  const styles = useStyles();
  const { state, refresh } = useMeetingFeed(api, meetingId);
  const [position, setPosition] = useState(0);
  if (state.status === 'loading') return <Spinner label="Opening the meeting…" />;
  if (state.status === 'failed') return <LoadFailure error={state.error} what="the meeting" onRetry={() => void refresh()} />;
  const { meeting, agenda, decisions } = state.feed;
  const decided = agenda.filter((item) => item.decision).length;
  const index = Math.min(position, Math.max(0, agenda.length - 1));
  const item = agenda[index];
  return (
    <div className={mergeClasses(layout === 'stage' && styles.stage)} data-testid="meeting-room">
      <Text as="h2" block size={layout === 'stage' ? 700 : layout === 'sidePanel' ? 400 : 600} weight="semibold" className={styles.heading}>
        {meeting.title}
      </Text>
      <Caption1 as="p" block>
        {meeting.forum}, {formatDateTime(meeting.startsAt)}. {`${decided} of ${agenda.length} decided.`}
      </Caption1>
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
        <div className={mergeClasses(styles.room, layout !== 'content' && styles.narrow)}>
          <nav aria-label="Agenda">
            <h3 className={styles.heading}>Agenda</h3>
            <ol className={styles.agenda}>
              {agenda.map((entry, entryIndex) => (
                <li key={entry.requestId}>
                  <button
                    type="button"
                    className={mergeClasses(styles.agendaButton, entryIndex === index && styles.current)}
                    aria-current={entryIndex === index ? 'step' : undefined}
                    onClick={() => setPosition(entryIndex)}
                    data-agenda-item={entry.requestId}
                  >
                    {`${entry.position}. ${entry.requestId} ${entry.request?.title ?? ''}`}
                    <br />
                    <Badge appearance={entry.decision ? 'filled' : 'outline'} color={entry.decision ? 'success' : 'informative'}>
                      {agendaStatus(entry)}
                    </Badge>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div>
            {item && <AgendaItemPanel key={item.requestId} api={api} me={me} item={item} meetingId={meeting.id} large={layout === 'stage'} compact={layout === 'sidePanel'} onChanged={() => void refresh()} />}
            <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
              <Button disabled={index === 0} onClick={() => setPosition(index - 1)}>
                Previous item
              </Button>
              <Button disabled={index >= agenda.length - 1} onClick={() => setPosition(index + 1)}>
                Next item
              </Button>
            </div>
          </div>
        </div>
      )}
      <MinutesPanel meeting={meeting} decisions={decisions} />
    </div>
  );
}
