import { Button, Field, Input } from '@fluentui/react-components';
import { estateTargetFieldsSchema, type EstateTarget, type EstateTargetFields } from '@entrance-hall/shared/domain/estate/summarise-estate';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import type { WithEtag } from '../api/api-types';
import { fieldState, numberOrText, schemaErrors } from '../common/form-draft';
import { FormNoticeBar } from '../common/FormNoticeBar';
import { RecordForm } from '../common/RecordForm';
import { useFormStyles } from '../common/form-styles';
import { useFormSubmit } from '../common/use-form-submit';
import { formatDate } from '../common/format';

type TargetRecord = WithEtag<EstateTarget>;

interface TargetDraft {
  baselineCount: string;
  baselineDate: string;
  targetCount: string;
  targetDate: string;
  source: string;
}

const EMPTY: TargetDraft = { baselineCount: '', baselineDate: '', targetCount: '', targetDate: '', source: '' };

const toDraft = (target: EstateTarget): TargetDraft => ({
  baselineCount: String(target.baselineCount),
  baselineDate: target.baselineDate,
  targetCount: String(target.targetCount),
  targetDate: target.targetDate,
  source: target.source,
});

/** The body the draft stands for; a count typed in words is sent as typed for the schema to name (hence the one cast). */
const fromDraft = (draft: TargetDraft): EstateTargetFields =>
  ({
    baselineCount: numberOrText(draft.baselineCount),
    baselineDate: draft.baselineDate,
    targetCount: numberOrText(draft.targetCount),
    targetDate: draft.targetDate,
    source: draft.source,
  }) as EstateTargetFields;

/**
 * Sets the rationalisation target: the baseline count and its date, the target count and the date
 * it is due, and the strategy that set it. The first target is created; after that the version on
 * screen is sent (If-Match) so two people never overwrite each other unawares.
 */
export function EstateTargetForm({ api, onSaved, onCancel }: { api: ApiClient; onSaved: (message: string) => void; onCancel: () => void }) {
  const styles = useFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [current, setCurrent] = useState<TargetRecord | undefined>();
  const [draft, setDraft] = useState<TargetDraft | undefined>();
  const { errors, notice, saving, submit, setNotice } = useFormSubmit(formRef);

  useEffect(() => {
    const controller = new AbortController();
    api
      .call('getEstateTarget', { signal: controller.signal })
      .then((target) => {
        setCurrent(target);
        setDraft(toDraft(target));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiProblem && error.status === 404)) setNotice({ intent: 'error', title: 'The current target could not be read.', detail: 'You can still set one; if one exists, saving will say so.' });
        setDraft(EMPTY);
      });
    return () => controller.abort();
  }, [api, setNotice]);
  const focused = useRef(false);
  useEffect(() => {
    if (!draft || focused.current) return;
    focused.current = true;
    headingRef.current?.focus();
  }, [draft]);

  if (!draft) return null;
  const update = (change: Partial<TargetDraft>) => setDraft({ ...draft, ...change });
  const save = () =>
    submit({
      check: () => schemaErrors(estateTargetFieldsSchema, fromDraft(draft)),
      send: async () => {
        const saved = await api.call('setEstateTarget', { body: fromDraft(draft), ...(current ? { etag: current.etag } : {}) });
        setCurrent(saved);
        onSaved(`Target set: ${saved.targetCount} by ${formatDate(saved.targetDate)}, from ${saved.baselineCount} on ${formatDate(saved.baselineDate)}.`);
        return undefined;
      },
      onConflict: (theirs) => {
        if (theirs) setCurrent(theirs as TargetRecord);
        const record = theirs as TargetRecord | undefined;
        return {
          intent: 'warning',
          title: 'Someone else set the target after you opened this form, so nothing of yours was saved.',
          detail: `${record ? `Theirs: ${record.targetCount} by ${formatDate(record.targetDate)}, from ${record.baselineCount} on ${formatDate(record.baselineDate)} (${record.source}). ` : ''}Your typing is kept: save again to replace theirs with yours, or cancel.`,
        };
      },
    });

  return (
    <RecordForm formRef={formRef} labelledBy="estate-target-form-heading" onSubmit={() => void save()}>
      <h3 id="estate-target-form-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        Set the rationalisation target
      </h3>
      <FormNoticeBar notice={notice} />
      <div className={styles.row}>
        <Field label="Baseline count (applications)" required {...fieldState(errors, 'baselineCount')}>
          <Input inputMode="numeric" value={draft.baselineCount} onChange={(_event, data) => update({ baselineCount: data.value })} />
        </Field>
        <Field label="Baseline date" required {...fieldState(errors, 'baselineDate')}>
          <Input type="date" value={draft.baselineDate} onChange={(_event, data) => update({ baselineDate: data.value })} />
        </Field>
        <Field label="Target count (applications)" required {...fieldState(errors, 'targetCount')}>
          <Input inputMode="numeric" value={draft.targetCount} onChange={(_event, data) => update({ targetCount: data.value })} />
        </Field>
        <Field label="Target date (by when)" required {...fieldState(errors, 'targetDate')}>
          <Input type="date" value={draft.targetDate} onChange={(_event, data) => update({ targetDate: data.value })} />
        </Field>
      </div>
      <Field label="Source (the strategy that sets the target)" required {...fieldState(errors, 'source')}>
        <Input value={draft.source} onChange={(_event, data) => update({ source: data.value })} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the target'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </RecordForm>
  );
}
