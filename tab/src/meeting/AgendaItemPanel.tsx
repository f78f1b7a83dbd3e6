import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { availableRequestActions } from '@entrance-hall/shared/board/available-request-actions';
import type { AgendaItem } from '@entrance-hall/shared/board/build-meeting-agenda';
import { DECIDABLE_STAGES, OUTCOME_LABELS } from '@entrance-hall/shared/decisions/decision';
import { totalCost } from '@entrance-hall/shared/requests/project-request';
import { STAGE_LABELS } from '@entrance-hall/shared/requests/stage';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { formatDate, formatDays, formatPounds } from '../common/format';
import { ChangeNoticeBar } from '../board/ChangeNoticeBar';
import { DecisionForm } from '../board/DecisionForm';
import { useRecordChange } from '../board/use-record-change';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: '8px', margin: '12px 0' },
  fact: { margin: 0, padding: '8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  term: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** The request under discussion, big enough for a shared screen, and (for the chair) the decision form. */
export function AgendaItemPanel({ api, me, item, meetingId, large, compact, onChanged }: { api: ApiClient; me: Me; item: AgendaItem<RequestRecord>; meetingId: string; large: boolean; compact: boolean; onChanged: () => void }) {
  const styles = useStyles();
  const request = item.request;
  if (!request) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{`${item.requestId} is on the agenda but is no longer available.`}</MessageBarBody>
      </MessageBar>
    );
  }
  return <LoadedAgendaItem api={api} me={me} item={item} request={request} meetingId={meetingId} large={large} compact={compact} onChanged={onChanged} styles={styles} />;
}

function LoadedAgendaItem(props: { api: ApiClient; me: Me; item: AgendaItem<RequestRecord>; request: RequestRecord; meetingId: string; large: boolean; compact: boolean; onChanged: () => void; styles: ReturnType<typeof useStyles> }) {
  const { request, styles, item } = props;
  const change = useRecordChange(request, props.onChanged);
  const actions = availableRequestActions(props.me, request);
  const facts: [string, string][] = [
    ['Stage', STAGE_LABELS[request.stage]],
    ['Score', request.score ? `${request.score.total} of 100` : 'Not scored'],
    ['Cost', formatPounds(totalCost(request))],
    ['ICT effort', formatDays(request.ictEffortDays)],
    ['Needed by', formatDate(request.neededBy)],
    ['Service area', request.serviceArea],
  ];
  return (
    <section aria-labelledby="agenda-item-title" data-testid="agenda-item" data-request-id={request.id}>
      <Text as="h3" block id="agenda-item-title" size={props.large ? 800 : props.compact ? 400 : 600} weight="semibold" className={styles.text}>
        {`${item.position}. ${request.id} ${request.title}`}
      </Text>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt className={styles.term}>{term}</dt>
            <dd style={{ margin: 0 }}>
              <Text size={props.large ? 500 : props.compact ? 300 : 400} weight="semibold">
                {value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      <Body1 as="p" block className={styles.text}>
        <strong>The problem:</strong> {request.problem}
      </Body1>
      <Body1 as="p" block className={styles.text}>
        <strong>Proposed outcome:</strong> {request.proposedOutcome}
      </Body1>
      <ChangeNoticeBar notice={change.notice} />
      {item.decision ? (
        <MessageBar intent="success" layout="multiline" data-testid="agenda-decision">
          <MessageBarBody>
            <MessageBarTitle>{`Decided: ${OUTCOME_LABELS[item.decision.outcome]}.`}</MessageBarTitle> {item.decision.reason}
            {item.decision.conditions ? ` Conditions: ${item.decision.conditions}` : ''} (recorded by {item.decision.recordedBy.name})
          </MessageBarBody>
        </MessageBar>
      ) : actions.canDecide ? (
        <DecisionForm api={props.api} record={request} meetingId={props.meetingId} busy={change.busy} run={change.run} large={props.large} />
      ) : (
        <Caption1 as="p" block>{DECIDABLE_STAGES.includes(request.stage) ? 'Waiting for the chair to record the decision.' : `This request is ${STAGE_LABELS[request.stage]}.`}</Caption1>
      )}
    </section>
  );
}
