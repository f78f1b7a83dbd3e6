import { Button, Field, makeStyles, Select, Textarea } from '@fluentui/react-components';
import type { OfferedMove } from '@entrance-hall/shared/browser/board/available-request-actions';
import { STAGE_LABELS, type Stage } from '@entrance-hall/shared/domain/requests/stage';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { RequestRecord } from '../api/api-types';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '640px' } });

/** Moves a request to one of the stages it may go to next (never approve, defer or reject: those are decisions). */
export function MoveStageForm(props: { api: ApiClient; record: RequestRecord; moves: OfferedMove[]; busy: boolean; run: (change: (etag: string) => Promise<RequestRecord>, savedMessage: string) => Promise<boolean> }) {
  const styles = useStyles();
  const [to, setTo] = useState<Stage>(props.moves[0]!.to);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const move = props.moves.find((entry) => entry.to === to) ?? props.moves[0]!;
  const missingReason = touched && move.needsReason && reason.trim() === '';
  const submit = async () => {
    setTouched(true);
    if (move.needsReason && reason.trim() === '') return;
    const ok = await props.run(
      (etag) => props.api.call('moveRequestStage', { params: { id: props.record.id }, body: { to: move.to, ...(reason.trim() ? { reason: reason.trim() } : {}) }, etag }),
      `Moved to ${STAGE_LABELS[move.to]}.`,
    );
    if (ok) {
      setReason('');
      setTouched(false);
    }
  };
  return (
    <form
      className={styles.form}
      aria-label={`Move ${props.record.id} to another stage`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label="Move to">
        <Select value={move.to} onChange={(_event, data) => setTo(data.value as Stage)}>
          {props.moves.map((entry) => (
            <option key={entry.to} value={entry.to}>
              {STAGE_LABELS[entry.to]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={move.needsReason ? 'Reason' : 'Reason (optional)'} required={move.needsReason} validationMessage={missingReason ? `Give a reason for moving to ${STAGE_LABELS[move.to]}.` : undefined}>
        <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} maxLength={4000} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" disabled={props.busy}>
          {props.busy ? 'Moving…' : `Move to ${STAGE_LABELS[move.to]}`}
        </Button>
      </div>
    </form>
  );
}
