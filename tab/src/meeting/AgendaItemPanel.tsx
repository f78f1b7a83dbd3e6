import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { availableRequestActions } from '@entrance-hall/shared/browser/board/available-request-actions';
import type { AgendaItem, AgendaItemStatus } from '@entrance-hall/shared/browser/board/build-meeting-agenda';
import { describeCapacityFit } from '@entrance-hall/shared/browser/board/describe-capacity-fit';
import { DECIDABLE_STAGES, describeDecision, isRescission, type Decision } from '@entrance-hall/shared/domain/decisions/decision';
import { STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import { useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { ChangeNoticeBar } from '../board/ChangeNoticeBar';
import { DecisionForm, EMPTY_DRAFT, isDraftStarted, type DecisionDraft, type DecisionMode } from '../board/DecisionForm';
import { useRecordChange } from '../board/use-record-change';
import { formatDate, formatDays, formatPounds } from '../common/format';
import type { MeetingLayout } from './MeetingView';
import type { MeetingFacts } from './use-meeting-feed';

const useStyles = makeStyles({
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '16px', alignItems: 'start' },
  wide: { gridTemplateColumns: 'minmax(0, 1fr) minmax(300px, 400px)' },
  decide: { minWidth: 0 },
  sticky: { position: 'sticky', top: '8px' },
  title: { margin: '0 0 8px 0' },
  facts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))', gap: '8px', margin: '0 0 12px 0' },
  factsNarrow: { gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 120px), 1fr))' },
  fact: { margin: 0, padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  wideFact: { gridColumn: '1 / -1' },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0 },
  parts: { margin: '4px 0 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase300 },
  text: { whiteSpace: 'pre-wrap', margin: '0 0 8px 0' },
  stageText: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px', marginTop: '8px' },
});

const RISK_WORDS = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const;

/** A number the bot may leave out ("Not known" at intake) shown as such, never as 0. */
function known(value: number | undefined, format: (value: number) => string): string {
  return value === undefined || value === null ? 'Not known' : format(value);
}

/** The facts the group decides on, in the order they weigh them. */
function listFacts(request: RequestRecord, facts: MeetingFacts | undefined): { term: string; value: string; wide?: boolean }[] {
  const capital = request.capitalCost as number | undefined;
  const revenue = request.revenueCost as number | undefined;
  const cost = capital === undefined || revenue === undefined ? undefined : capital + revenue;
  const risk = facts?.riskLevels.get(request.id);
  return [
    { term: 'Cost (capital + a year’s revenue)', value: known(cost, formatPounds) },
    { term: 'ICT effort', value: known(request.ictEffortDays as number | undefined, formatDays) },
    { term: 'Risk level', value: facts ? (risk ? RISK_WORDS[risk] : 'No open risks') : 'Loading…' },
    { term: 'Capacity', value: facts ? describeCapacityFit(request.id, facts.capacity) : 'Loading…' },
    { term: 'Statutory deadline', value: request.statutoryDeadline ? formatDate(request.statutoryDeadline) : 'None' },
    { term: 'Needed by', value: formatDate(request.neededBy) },
    { term: 'Themes', value: request.themeIds.map((id) => facts?.themeNames.get(id) ?? id).join(', '), wide: true },
    { term: 'Stage', value: STAGE_LABELS[request.stage] },
    { term: 'Service area', value: request.serviceArea },
  ];
}

interface PanelProps {
  api: ApiClient;
  me: Me;
  item: AgendaItem<RequestRecord>;
  status: AgendaItemStatus;
  facts: MeetingFacts | undefined;
  meetingId: string;
  layout: MeetingLayout;
  headingLevel: 'h2' | 'h3';
  draft: DecisionDraft;
  onDraftChange: (draft: DecisionDraft) => void;
  onChanged: () => void;
}

/** The request under discussion, big enough for the back of the room, and (for the chair) the decision. */
export function AgendaItemPanel(props: PanelProps) {
  const request = props.item.request;
  if (!request) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{`${props.item.requestId} is on the agenda but is no longer available.`}</MessageBarBody>
      </MessageBar>
    );
  }
  return <LoadedAgendaItem key={request.id} {...props} request={request} />;
}

function LoadedAgendaItem(props: PanelProps & { request: RequestRecord }) {
  const { request, item, layout } = props;
  const styles = useStyles();
  const change = useRecordChange(request, props.onChanged);
  const actions = availableRequestActions(props.me, request);
  const large = layout === 'stage';
  const score = request.score;
  return (
    <section aria-labelledby="agenda-item-title" data-testid="agenda-item" data-request-id={request.id} className={mergeClasses(styles.item, layout !== 'sidePanel' && styles.wide)}>
      <div>
        <Text as={props.headingLevel} block id="agenda-item-title" size={large ? 700 : layout === 'sidePanel' ? 400 : 600} weight="semibold" className={styles.title}>
          {`${item.position}. ${request.id} ${request.title}`}
        </Text>
        <dl className={mergeClasses(styles.facts, layout === 'sidePanel' && styles.factsNarrow)} data-testid="agenda-facts">
          <div className={mergeClasses(styles.fact, styles.wideFact)}>
            <dt className={styles.term}>Score</dt>
            <dd className={styles.value}>
              <Text size={large ? 600 : 400} weight="semibold">
                {score ? `${score.total} of 100${score.override ? ` (overridden from ${score.calculated})` : ''}` : 'Not scored'}
              </Text>
              {score && (
                <ul className={styles.parts} aria-label="Parts of the score">
                  {score.parts.map((part) => (
                    <li key={part.criterion}>{`${part.label}: ${part.rating} of 5 (${part.points} points)`}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {listFacts(request, props.facts).map((fact) => (
            <div key={fact.term} className={mergeClasses(styles.fact, fact.wide && styles.wideFact)}>
              <dt className={styles.term}>{fact.term}</dt>
              <dd className={styles.value}>
                <Text size={large ? 500 : 300} weight="semibold">
                  {fact.value}
                </Text>
              </dd>
            </div>
          ))}
        </dl>
        <p className={mergeClasses(styles.text, large && styles.stageText)}>
          <strong>The problem:</strong> {request.problem}
        </p>
        <p className={mergeClasses(styles.text, large && styles.stageText)}>
          <strong>Proposed outcome:</strong> {request.proposedOutcome}
        </p>
      </div>
      <div className={mergeClasses(styles.decide, layout !== 'sidePanel' && styles.sticky)} data-testid="agenda-decide">
        <ChangeNoticeBar notice={change.notice} />
        <DecisionArea {...props} change={change} canDecide={actions.canDecide} />
      </div>
    </section>
  );
}

/**
 * The decision side of the item. The chair's typing lives above this panel, so when another
 * decision lands while they type it is shown, the text stays, and they amend with it or discard
 * it deliberately.
 */
function DecisionArea(props: PanelProps & { request: RequestRecord; change: ReturnType<typeof useRecordChange>; canDecide: boolean }) {
  const { request, item, status, draft, change } = props;
  const styles = useStyles();
  const isChair = props.me.permissions.includes('decisions:record');
  const ownDecisions = useRef(new Set<string>());
  const [correcting, setCorrecting] = useState<'amend' | 'rescind' | undefined>(undefined);
  const standing: Decision | undefined = item.decision && !isRescission(item.decision) ? item.decision : undefined;
  const large = props.layout === 'stage';
  const form = (mode: DecisionMode, extra?: ReactNode) => (
    <DecisionForm
      api={props.api}
      record={request}
      mode={mode}
      busy={change.busy}
      run={change.run}
      large={large}
      draft={draft}
      onDraftChange={props.onDraftChange}
      onDecided={(decision) => {
        ownDecisions.current.add(decision.id);
        setCorrecting(undefined);
      }}
    >
      {extra}
    </DecisionForm>
  );
  const discard = (
    <Button
      onClick={() => {
        props.onDraftChange(EMPTY_DRAFT);
        setCorrecting(undefined);
      }}
    >
      {correcting ? 'Cancel' : 'Discard my text'}
    </Button>
  );

  if (standing) {
    const landedWhileTyping = isChair && isDraftStarted(draft) && !ownDecisions.current.has(standing.id) && !correcting;
    return (
      <>
        <MessageBar intent={landedWhileTyping ? 'warning' : 'success'} layout="multiline" data-testid="agenda-decision">
          <MessageBarBody>
            <MessageBarTitle>{landedWhileTyping ? `${standing.recordedBy.name} recorded a decision while you were typing: ${describeDecision(standing)}.` : `Decided: ${describeDecision(standing)}.`}</MessageBarTitle>{' '}
            {standing.reason}
            {standing.conditions ? ` Conditions: ${standing.conditions}` : ''} (recorded by {standing.recordedBy.name})
            {landedWhileTyping ? ' Your text is kept below: amend the decision with it, or discard it.' : ''}
          </MessageBarBody>
        </MessageBar>
        {landedWhileTyping && form({ kind: 'amend', decision: standing }, discard)}
        {isChair && !landedWhileTyping && !correcting && request.latestDecisionId === standing.id && (
          <div className={styles.buttons}>
            <Button onClick={() => setCorrecting('amend')}>Amend decision…</Button>
            <Button onClick={() => setCorrecting('rescind')}>Rescind decision…</Button>
          </div>
        )}
        {correcting && form({ kind: correcting, decision: standing }, discard)}
      </>
    );
  }
  if (props.canDecide) return form({ kind: 'record', meetingId: props.meetingId });
  return (
    <Caption1 as="p" block className={large ? styles.stageText : undefined}>
      {DECIDABLE_STAGES.includes(request.stage) ? (item.decision ? 'The decision was rescinded; waiting for the chair to decide again.' : 'Waiting for the chair to record the decision.') : `${status.label}.`}
    </Caption1>
  );
}
