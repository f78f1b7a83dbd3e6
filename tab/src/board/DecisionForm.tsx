import { Button, Field, makeStyles, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { DECISION_OUTCOMES, OUTCOME_LABELS, type DecisionOutcome } from '@entrance-hall/shared/decisions/decision';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Decision, RequestRecord } from '../api/api-types';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '640px' } });

/** Words on the outcome choices: what the steering group decides, not the stage it leads to. */
const OUTCOME_CHOICES: Record<DecisionOutcome, string> = {
  approve: 'Approve',
  defer: 'Defer',
  reject: 'Reject',
  more_information: 'Ask for more information',
};

/** The steering group's decision: outcome, reason (required) and conditions, recorded against the version shown. */
export function DecisionForm(props: {
  api: ApiClient;
  record: RequestRecord;
  meetingId?: string;
  busy: boolean;
  run: (change: (etag: string) => Promise<RequestRecord>, savedMessage: string) => Promise<boolean>;
  onDecided?: (decision: Decision) => void;
  large?: boolean;
}) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [conditions, setConditions] = useState('');
  const [touched, setTouched] = useState(false);
  const missingOutcome = touched && outcome === '';
  const missingReason = touched && reason.trim() === '';
  const submit = async () => {
    setTouched(true);
    if (outcome === '' || reason.trim() === '') return;
    const chosen = outcome;
    let decided: Decision | undefined;
    const ok = await props.run(async (etag) => {
      const result = await props.api.post<{ decision: Decision; request: RequestRecord }>(
        `/api/v1/requests/${encodeURIComponent(props.record.id)}/decisions`,
        { outcome: chosen, reason: reason.trim(), ...(conditions.trim() ? { conditions: conditions.trim() } : {}), ...(props.meetingId ? { meetingId: props.meetingId } : {}) },
        etag,
      );
      decided = result.decision;
      return result.request;
    }, `Decision recorded: ${OUTCOME_LABELS[chosen]}.`);
    if (ok) {
      setOutcome('');
      setReason('');
      setConditions('');
      setTouched(false);
      if (decided) props.onDecided?.(decided);
    }
  };
  const size = props.large ? 'large' : 'medium';
  return (
    <form
      className={styles.form}
      aria-label={`Record a decision on ${props.record.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label="Decision" required validationMessage={missingOutcome ? 'Choose the decision.' : undefined} size={size}>
        <RadioGroup value={outcome} onChange={(_event, data) => setOutcome(data.value as DecisionOutcome)} layout="horizontal">
          {DECISION_OUTCOMES.map((choice) => (
            <Radio key={choice} value={choice} label={OUTCOME_CHOICES[choice]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Reason for the decision" required validationMessage={missingReason ? 'Give the reason for the decision: it goes in the minutes and to the requester.' : undefined} size={size}>
        <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} maxLength={4000} resize="vertical" />
      </Field>
      <Field label="Conditions (optional)" size={size}>
        <Textarea value={conditions} onChange={(_event, data) => setConditions(data.value)} maxLength={4000} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={props.busy} size={size}>
          {props.busy ? 'Recording…' : 'Record decision'}
        </Button>
      </div>
    </form>
  );
}
