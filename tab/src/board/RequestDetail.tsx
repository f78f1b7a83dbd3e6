import { Badge, Body1, Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { availableRequestActions } from '@entrance-hall/shared/browser/board/available-request-actions';
import { describeDecisionTaken } from '@entrance-hall/shared/domain/decisions/decision-taken';
import { RISK_LEVEL_LABELS } from '@entrance-hall/shared/domain/risks/risk';
import { FINISHED_STAGES, STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import type { Theme } from '@entrance-hall/shared/domain/strategy/strategy';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient, ApiOutput } from '../api/api-client';
import type { AuditEvent, Decision, Me, MeetingRecord, RequestRecord, RequestSummaryRecord, RiskRecord } from '../api/api-types';
import { hasPermission } from '../common/permissions';
import { formatDateTime } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { ChangeNoticeBar } from './ChangeNoticeBar';
import { DecisionRouteSummary } from './DecisionRouteSummary';
import { DecisionForm } from './DecisionForm';
import { MoveStageForm } from './MoveStageForm';
import { RequestEditForm } from './RequestEditForm';
import { RequestFields } from './RequestFields';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScoreForm } from './ScoreForm';
import { useRecordChange } from './use-record-change';
import { OverlapsPanel } from '../estate/OverlapsPanel';

const useStyles = makeStyles({
  section: { marginTop: '20px' },
  heading: { margin: '0 0 8px 0', fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  actions: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '12px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

interface DetailExtras {
  /** The full record with its decision route, as GET /api/v1/requests/:id answers. */
  record: ApiOutput<'getRequest'>;
  decisions: Decision[];
  history: AuditEvent[];
  risks: RiskRecord[];
  /** The meetings, so a decision taken at one is dated by it (governance roles only read them). */
  meetings: MeetingRecord[];
}

/**
 * Everything about one request: every field, the score and its parts, risks, decisions and the
 * full history; and the actions the person's role allows, each against the version on screen.
 */
export function RequestDetail(props: {
  api: ApiClient;
  me: Me;
  requestId: string;
  /** The list's summary of the request, named while the full record loads (the forms need every field, so they wait for it). */
  initial?: RequestSummaryRecord;
  themes: readonly Theme[];
  meetingId?: string;
  large?: boolean;
  onChanged: (record: RequestRecord) => void;
  onDecided?: (decision: Decision) => void;
}) {
  const { api, me, requestId } = props;
  const mayReadRisks = hasPermission(me, 'governance:read');
  const [extras, reload] = useLoad<DetailExtras>(
    async (signal) => {
      const params = { id: requestId };
      const [record, decisions, history, risks, meetings] = await Promise.all([
        api.call('getRequest', { params, signal }),
        api.call('listRequestDecisions', { params, signal }),
        api.call('readAuditTrail', { query: { entity: `request:${requestId}` }, signal }),
        mayReadRisks ? api.call('listRisks', { query: { request: requestId }, signal }) : Promise.resolve({ items: [], count: 0 }),
        mayReadRisks ? api.call('listMeetings', { signal }) : Promise.resolve({ items: [] as MeetingRecord[], count: 0 }),
      ]);
      return { record, decisions: decisions.items, history: history.items, risks: risks.items, meetings: meetings.items };
    },
    [api, requestId, mayReadRisks],
  );
  const [record, setRecord] = useState<RequestRecord | undefined>(undefined);
  useEffect(() => {
    if (extras.status === 'ready') setRecord(extras.data.record);
  }, [extras]);
  const { onChanged } = props;
  const showRecord = useCallback(
    (next: RequestRecord) => {
      setRecord(next);
      onChanged(next);
      void reload();
    },
    [onChanged, reload],
  );
  if (!record) {
    if (extras.status === 'failed') return <LoadFailure error={extras.error} what={`request ${requestId}`} onRetry={() => void reload()} />;
    return <Spinner label={props.initial ? `Loading ${requestId}, ${props.initial.title}…` : `Loading ${requestId}…`} />;
  }
  return <LoadedRequestDetail {...props} record={record} extras={extras.status === 'loading' ? undefined : extras.data} extrasError={extras.status === 'failed' ? extras.error : undefined} onRecord={showRecord} reload={reload} />;
}

function LoadedRequestDetail(props: {
  api: ApiClient;
  me: Me;
  record: RequestRecord;
  themes: readonly Theme[];
  meetingId?: string;
  large?: boolean;
  extras?: DetailExtras;
  extrasError?: unknown;
  onRecord: (record: RequestRecord) => void;
  onDecided?: (decision: Decision) => void;
  reload: () => Promise<void>;
}) {
  const styles = useStyles();
  const { api, me, record } = props;
  const actions = availableRequestActions(me, record);
  const change = useRecordChange(record, props.onRecord);
  const mayEditFields = hasPermission(me, 'requests:update');
  const canEdit = (mayEditFields || hasPermission(me, 'requests:sequence')) && !FINISHED_STAGES.includes(record.stage);
  const serverErrors = change.notice?.kind === 'failed' ? change.notice.fields : [];
  const hasActions = actions.canDecide || actions.moves.length > 0 || actions.canScore || canEdit;
  return (
    <div data-testid="request-detail" data-request-id={record.id}>
      <Text as="p" block size={props.large ? 600 : 400} weight="semibold" data-testid="detail-title">
        {record.title}
      </Text>
      <Badge appearance="filled" color="brand" data-testid="detail-stage" style={{ marginTop: 4 }}>
        {STAGE_LABELS[record.stage]}
      </Badge>
      <div className={styles.section}>
        <ChangeNoticeBar notice={change.notice} />
      </div>
      {hasActions ? (
        <section className={styles.section} aria-labelledby={`actions-${record.id}`}>
          <h3 id={`actions-${record.id}`} className={styles.heading}>
            What you can do
          </h3>
          <div className={styles.actions}>
            {actions.canDecide && <DecisionForm api={api} record={record} meetingId={props.meetingId} busy={change.busy} run={change.run} onDecided={props.onDecided} large={props.large} />}
            {actions.moves.length > 0 && <MoveStageForm key={`${record.id}-${record.stage}`} api={api} record={record} moves={actions.moves} busy={change.busy} run={change.run} />}
            {actions.canScore && <ScoreForm key={`${record.id}-score`} api={api} record={record} busy={change.busy} run={change.run} />}
            {/* The board's list may hold a summary of each request: the form edits the full record, once read. */}
            {canEdit && props.extras && <RequestEditForm key={`${record.id}-edit`} api={api} record={record} mayEditFields={mayEditFields} busy={change.busy} serverErrors={serverErrors} run={change.run} />}
          </div>
        </section>
      ) : (
        <Caption1 as="p" block>You can see this request; your role does not change it.</Caption1>
      )}
      <section className={styles.section} aria-labelledby={`score-${record.id}`}>
        <h3 id={`score-${record.id}`} className={styles.heading}>
          Score
        </h3>
        <ScoreBreakdown score={record.score} />
      </section>
      <section className={styles.section} aria-labelledby={`route-${record.id}`}>
        <h3 id={`route-${record.id}`} className={styles.heading}>
          Decision route
        </h3>
        {/* The route is worked out by the API for one version: after a save it is read again, and
            until then the route of the version before is not shown as if it were this one's. */}
        {props.extras && props.extras.record.etag === record.etag ? (
          <DecisionRouteSummary route={props.extras.record.decisionRoute} />
        ) : (
          <Caption1 as="p" block>
            {props.extrasError !== undefined ? 'The decision route could not be worked out; see below.' : 'Working out the decision route…'}
          </Caption1>
        )}
      </section>
      <section className={styles.section} aria-labelledby={`fields-${record.id}`}>
        <h3 id={`fields-${record.id}`} className={styles.heading}>
          The request
        </h3>
        <RequestFields record={record} themes={props.themes} />
      </section>
      <OverlapsPanel api={api} requestId={record.id} mayNote={!FINISHED_STAGES.includes(record.stage) && (mayEditFields || record.requester.id === me.id)} />
      {props.extrasError !== undefined && <LoadFailure error={props.extrasError} what="the risks and history" onRetry={() => void props.reload()} />}
      {props.extras && (
        <>
          <section className={styles.section} aria-labelledby={`risks-${record.id}`}>
            <h3 id={`risks-${record.id}`} className={styles.heading}>
              Risks
            </h3>
            {props.extras.risks.length === 0 ? (
              <Body1 as="p" block>No risks recorded against this request.</Body1>
            ) : (
              <ul className={styles.list}>
                {props.extras.risks.map((risk) => (
                  <li key={risk.id}>
                    <strong>{`${RISK_LEVEL_LABELS[risk.level]} (${risk.likelihood} likelihood × ${risk.impact} impact = ${risk.score})`}</strong>: {risk.title}. Owner {risk.owner}. Mitigation: {risk.mitigation}
                    {risk.status === 'closed' ? ' (closed)' : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby={`decisions-${record.id}`}>
            <h3 id={`decisions-${record.id}`} className={styles.heading}>
              Decisions
            </h3>
            {props.extras.decisions.length === 0 ? (
              <Body1 as="p" block>No decisions yet.</Body1>
            ) : (
              <ul className={styles.list}>
                {props.extras.decisions.map((decision) => (
                  <li key={decision.id}>
                    <strong>{describeDecisionTaken(decision, { steeringGroup: props.extras!.record.decisionRoute.steeringGroup, meeting: props.extras!.meetings.find((meeting) => meeting.id === decision.meetingId) })}</strong>: {decision.reason}{' '}
                    <Caption1>(recorded by {decision.recordedBy.name}, {formatDateTime(decision.recordedAt)})</Caption1>
                    {decision.conditions ? ` Conditions: ${decision.conditions}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby={`history-${record.id}`}>
            <h3 id={`history-${record.id}`} className={styles.heading}>
              History
            </h3>
            <ol className={styles.list}>
              {props.extras.history.map((event) => (
                <li key={event.id}>
                  {formatDateTime(event.at)}, {event.actor.name}: {event.summary}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
