import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { DECISION_OUTCOMES, OUTCOME_LABELS, type DecisionOutcome } from '@entrance-hall/shared/domain/decisions/decision';
import { LIMITS } from '@entrance-hall/shared/domain/validation/fields';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Decision, RequestRecord } from '../api/api-types';
import { formatNumber } from '../common/format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '640px', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  quote: { whiteSpace: 'pre-wrap', margin: '4px 0' },
  confirm: { border: `2px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '8px 12px' },
});

/** Words on the outcome choices: what the steering group decides, not the stage it leads to. */
const OUTCOME_CHOICES: Record<DecisionOutcome, string> = {
  approve: 'Approve',
  defer: 'Defer',
  reject: 'Reject',
  more_information: 'Ask for more information',
};

/** What the chair has typed so far; kept above the form so a decision landing elsewhere never wipes it. */
export interface DecisionDraft {
  outcome: DecisionOutcome | '';
  reason: string;
  conditions: string;
}

export const EMPTY_DRAFT: DecisionDraft = { outcome: '', reason: '', conditions: '' };

/** True when the chair has typed or chosen anything. */
export function isDraftStarted(draft: DecisionDraft): boolean {
  return draft.outcome !== '' || draft.reason.trim() !== '' || draft.conditions.trim() !== '';
}

/**
 * What the form does: record a new decision, amend the latest one (same fields) or rescind it
 * (a reason only). Each asks for confirmation naming the outcome before anything is sent.
 */
export type DecisionMode = { kind: 'record'; meetingId?: string } | { kind: 'amend' | 'rescind'; decision: Decision };

function describeSubmission(mode: DecisionMode, outcome: DecisionOutcome | ''): { button: string; question: string; confirm: string } {
  if (mode.kind === 'rescind') {
    return { button: 'Rescind decision', question: `Rescind the decision “${OUTCOME_LABELS[mode.decision.outcome]}”?`, confirm: 'Rescind it' };
  }
  const label = outcome === '' ? '' : OUTCOME_LABELS[outcome];
  if (mode.kind === 'amend') return { button: 'Amend decision', question: `Amend the decision to “${label}”?`, confirm: `Amend to ${label}` };
  return { button: 'Record decision', question: `Record the decision “${label}”?`, confirm: `Record: ${label}` };
}

/** A text limit shown as a counter while typing and as a Fluent message when passed; nothing is cut off. */
function limitMessage(label: string, text: string, limit: number): string | undefined {
  return text.length > limit ? `${label} must be ${formatNumber(limit)} characters or fewer (now ${formatNumber(text.length)}).` : undefined;
}

function counter(text: string, limit: number): string {
  return `${formatNumber(text.length)} of ${formatNumber(limit)} characters`;
}

/**
 * The steering group's decision: outcome, reason (required) and conditions, recorded against the
 * version shown, after a confirmation, in place, that names the outcome. The same form amends or rescinds
 * the latest decision. Pass `draft`/`onDraftChange` to keep the typing above the form.
 */
export function DecisionForm(props: {
  api: ApiClient;
  record: RequestRecord;
  meetingId?: string;
  mode?: DecisionMode;
  busy: boolean;
  run: (change: (etag: string) => Promise<RequestRecord>, savedMessage: string) => Promise<boolean>;
  onDecided?: (decision: Decision) => void;
  large?: boolean;
  /** Radio choices side by side (wide panels) or one under another (narrow ones). */
  horizontal?: boolean;
  draft?: DecisionDraft;
  onDraftChange?: (draft: DecisionDraft) => void;
  /** Extra buttons beside the submit button (e.g. "Discard my text"). */
  children?: ReactNode;
}) {
  const styles = useStyles();
  const [ownDraft, setOwnDraft] = useState<DecisionDraft>(EMPTY_DRAFT);
  const draft = props.draft ?? ownDraft;
  const [confirming, setConfirming] = useState(false);
  // Changing an answer withdraws the question: the confirmation always names what will be sent.
  const setDraft = (next: DecisionDraft) => {
    setConfirming(false);
    (props.onDraftChange ?? setOwnDraft)(next);
  };
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const mode: DecisionMode = props.mode ?? { kind: 'record', ...(props.meetingId ? { meetingId: props.meetingId } : {}) };
  const needsOutcome = mode.kind !== 'rescind';
  const [touched, setTouched] = useState(false);
  const missingOutcome = touched && needsOutcome && draft.outcome === '';
  const reasonProblem = limitMessage('The reason', draft.reason, LIMITS.longText) ?? (touched && draft.reason.trim() === '' ? 'Give the reason: it goes in the minutes and to the requester.' : undefined);
  const conditionsProblem = limitMessage('Conditions', draft.conditions, LIMITS.longText);
  const words = describeSubmission(mode, draft.outcome);
  const formId = `${mode.kind}-${props.record.id}`;

  const ask = () => {
    setTouched(true);
    if ((needsOutcome && draft.outcome === '') || draft.reason.trim() === '' || draft.reason.length > LIMITS.longText || draft.conditions.length > LIMITS.longText) return;
    setConfirming(true);
  };
  const submit = async () => {
    setConfirming(false);
    const outcome = draft.outcome;
    const reason = draft.reason.trim();
    const decision = outcome === '' ? undefined : { outcome, reason, ...(draft.conditions.trim() ? { conditions: draft.conditions.trim() } : {}) };
    let decided: Decision | undefined;
    const saved = mode.kind === 'rescind' ? 'Decision rescinded.' : mode.kind === 'amend' ? `Decision amended: ${outcome === '' ? '' : OUTCOME_LABELS[outcome]}.` : `Decision recorded: ${outcome === '' ? '' : OUTCOME_LABELS[outcome]}.`;
    const ok = await props.run(async (etag) => {
      const params = { id: props.record.id };
      let result;
      if (mode.kind === 'rescind') result = await props.api.call('rescindDecision', { params: { ...params, decisionId: mode.decision.id }, body: { reason }, etag });
      // ask() made sure an outcome was chosen wherever one is needed.
      else if (!decision) throw new Error('Choose an outcome first.');
      else if (mode.kind === 'record') result = await props.api.call('recordDecision', { params, body: { ...decision, ...(mode.meetingId ? { meetingId: mode.meetingId } : {}) }, etag });
      else result = await props.api.call('amendDecision', { params: { ...params, decisionId: mode.decision.id }, body: decision, etag });
      decided = result.decision;
      return result.request;
    }, saved);
    if (ok) {
      setDraft(EMPTY_DRAFT);
      setTouched(false);
      if (decided) props.onDecided?.(decided);
    }
  };
  const size = props.large ? 'large' : 'medium';
  return (
    <form
      className={styles.form}
      aria-label={`${words.button} on ${props.record.id}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        ask();
      }}
    >
      {needsOutcome && (
        <Field label={mode.kind === 'amend' ? 'New decision' : 'Decision'} required validationMessage={missingOutcome ? 'Choose the decision.' : undefined} size={size}>
          <RadioGroup value={draft.outcome} onChange={(_event, data) => setDraft({ ...draft, outcome: data.value as DecisionOutcome })} layout={props.horizontal ? 'horizontal' : 'vertical'}>
            {DECISION_OUTCOMES.map((choice) => (
              <Radio key={choice} value={choice} label={OUTCOME_CHOICES[choice]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field
        label={mode.kind === 'rescind' ? 'Reason for rescinding' : mode.kind === 'amend' ? 'Reason for the amendment' : 'Reason for the decision'}
        required
        validationMessage={reasonProblem}
        hint={counter(draft.reason, LIMITS.longText)}
        size={size}
      >
        <Textarea value={draft.reason} onChange={(_event, data) => setDraft({ ...draft, reason: data.value })} resize="vertical" rows={2} />
      </Field>
      {needsOutcome && (
        <Field label="Conditions (optional)" validationMessage={conditionsProblem} hint={counter(draft.conditions, LIMITS.longText)} size={size}>
          <Textarea value={draft.conditions} onChange={(_event, data) => setDraft({ ...draft, conditions: data.value })} resize="vertical" rows={1} />
        </Field>
      )}
      {confirming ? (
        // An inline question, not a modal: it survives the form changing under it (a decision landing).
        <div role="group" aria-labelledby={`${formId}-question`} className={styles.confirm} data-testid="decision-confirm">
          <Text as="p" block weight="semibold" id={`${formId}-question`} className={styles.quote}>
            {words.question}
          </Text>
          <p className={styles.quote}>{`${props.record.id} ${props.record.title}`}</p>
          <p className={styles.quote}>{`Reason: ${draft.reason.trim()}`}</p>
          {needsOutcome && draft.conditions.trim() && <p className={styles.quote}>{`Conditions: ${draft.conditions.trim()}`}</p>}
          <div className={styles.buttons}>
            <Button ref={confirmButton} appearance="primary" size={size} onClick={() => void submit()}>
              {words.confirm}
            </Button>
            <Button size={size} onClick={() => setConfirming(false)}>
              Go back
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={props.busy} size={size}>
            {props.busy ? 'Sending…' : words.button}
          </Button>
          {props.children}
        </div>
      )}
    </form>
  );
}
