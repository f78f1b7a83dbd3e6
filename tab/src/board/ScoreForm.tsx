import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { CRITERION_LABELS, MAX_RATING, SCORING_CRITERIA, type Ratings } from '@entrance-hall/shared/domain/scoring/scoring-criteria';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { RequestRecord } from '../api/api-types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '640px' },
  ratings: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: '8px' },
});

const RATING_CHOICES = Array.from({ length: MAX_RATING + 1 }, (_, index) => index);

/** ICT sets or revises the score: each criterion 0–5, a rationale, and an override only with a reason. */
export function ScoreForm(props: { api: ApiClient; record: RequestRecord; busy: boolean; run: (change: (etag: string) => Promise<RequestRecord>, savedMessage: string) => Promise<boolean> }) {
  const styles = useStyles();
  const existing = props.record.score;
  const [ratings, setRatings] = useState<Ratings>(existing?.ratings ?? (Object.fromEntries(SCORING_CRITERIA.map((criterion) => [criterion, 0])) as Ratings));
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [overriding, setOverriding] = useState(existing?.override !== undefined);
  const [overrideTotal, setOverrideTotal] = useState(existing?.override ? String(existing.override.total) : '');
  const [overrideReason, setOverrideReason] = useState(existing?.override?.reason ?? '');
  const submit = () =>
    props.run(
      (etag) =>
        props.api.call('scoreRequest', {
          params: { id: props.record.id },
          body: {
            ratings,
            ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
            ...(overriding ? { override: { total: Number(overrideTotal), reason: overrideReason.trim() } } : {}),
          },
          etag,
        }),
      'Score saved.',
    );
  return (
    <form
      className={styles.form}
      aria-label={`Score ${props.record.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className={styles.ratings}>
        <legend>Ratings, 0 (weak) to 5 (strong)</legend>
        {SCORING_CRITERIA.map((criterion) => (
          <Field key={criterion} label={CRITERION_LABELS[criterion]}>
            <Select value={String(ratings[criterion])} onChange={(_event, data) => setRatings({ ...ratings, [criterion]: Number(data.value) })}>
              {RATING_CHOICES.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <Field label="Rationale (optional)">
        <Textarea value={rationale} onChange={(_event, data) => setRationale(data.value)} maxLength={2000} resize="vertical" />
      </Field>
      <Checkbox checked={overriding} onChange={(_event, data) => setOverriding(data.checked === true)} label="Override the calculated score" />
      {overriding && (
        <>
          <Field label="Override score (0 to 100)" required>
            <Input type="number" min={0} max={100} value={overrideTotal} onChange={(_event, data) => setOverrideTotal(data.value)} />
          </Field>
          <Field label="Why the override" required hint="At least 10 characters: the steering group sees it beside the score.">
            <Textarea value={overrideReason} onChange={(_event, data) => setOverrideReason(data.value)} maxLength={2000} resize="vertical" />
          </Field>
        </>
      )}
      <div>
        <Button type="submit" disabled={props.busy}>
          {props.busy ? 'Saving…' : 'Save score'}
        </Button>
      </div>
    </form>
  );
}
