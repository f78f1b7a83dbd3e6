import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { StrategyTarget, TargetUnit } from '@entrance-hall/shared/domain/strategy/strategy-target';
import { checkStrategyTargetRules, strategyTargetFieldsSchema, TARGET_UNITS } from '@entrance-hall/shared/domain/strategy/update-strategy-target';
import { useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { StrategyRecord } from '../api/api-types';
import { changedFields, fieldState, numberOrText, optional, schemaErrors } from '../common/form-draft';
import { FormNoticeBar } from '../common/FormNoticeBar';
import { RecordForm } from '../common/RecordForm';
import { useFormStyles } from '../common/form-styles';
import { useFormSubmit } from '../common/use-form-submit';
import { TargetChooser } from './TargetChooser';
import { measured, statusInWords, targetConflictNotice, today } from './target-text';

/** The fields of a target's definition, as an administrator changes them (the measurement is ICT's form). */
const DEFINITION_FIELDS = ['measure', 'unit', 'baseline', 'baselineDate', 'target', 'targetDate', 'owner'] as const;
type DefinitionField = (typeof DEFINITION_FIELDS)[number];
type DefinitionDraft = { targetId: string } & Record<DefinitionField, string>;

const toDraft = (target: StrategyTarget | undefined): DefinitionDraft => ({
  targetId: target?.id ?? '',
  measure: target?.measure ?? '',
  unit: target?.unit ?? 'count',
  baseline: target ? String(target.baseline) : '',
  baselineDate: target?.baselineDate ?? '',
  target: target ? String(target.target) : '',
  targetDate: target?.targetDate ?? '',
  owner: target?.owner ?? '',
});

/** The draft as the target's fields: figures read as numbers where they are, anything else kept as typed for the schema to name. */
const fromDraft = (draft: DefinitionDraft) => ({
  measure: draft.measure,
  unit: draft.unit as TargetUnit,
  baseline: optional(draft.baseline, numberOrText) as number,
  baselineDate: optional(draft.baselineDate, String) as string,
  target: optional(draft.target, numberOrText) as number,
  targetDate: optional(draft.targetDate, String) as string,
  owner: optional(draft.owner, String),
});

/** The domain's checks on the target as it would be: each field's schema, then the rules across fields. */
function checkDefinition(before: StrategyTarget, draft: DefinitionDraft): FieldError[] {
  const after = { ...before, ...fromDraft(draft) };
  if (after.owner === undefined) delete after.owner;
  const found = schemaErrors(strategyTargetFieldsSchema, after);
  return found.length > 0 ? found : checkStrategyTargetRules(after, today());
}

/**
 * Changes a target's definition (administrators): measure, unit, baseline and its date, target and
 * its date, owner. Built as the measurement form is: the domain's checks run first and a refused
 * field is said at the field with nothing sent; only the changed fields go, as a merge patch with
 * If-Match on the strategy version on screen; a 412 keeps the typing and says what changed.
 */
export function TargetDefinitionForm({ api, strategy, onSaved }: { api: ApiClient; strategy: StrategyRecord; onSaved: (saved: StrategyRecord) => void }) {
  const styles = useFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const targets = strategy.targets ?? [];
  const [draft, setDraft] = useState<DefinitionDraft>(() => toDraft(targets[0]));
  const { errors, notice, saving, submit, clear } = useFormSubmit(formRef);
  const chosen = targets.find((target) => target.id === draft.targetId);
  const update = (change: Partial<DefinitionDraft>) => setDraft((current) => ({ ...current, ...change }));
  const patch = (before: StrategyTarget) => changedFields(before, { ...before, ...fromDraft(draft) }, DEFINITION_FIELDS);

  const save = () =>
    submit({
      check: () => (chosen ? checkDefinition(chosen, draft) : [{ field: 'targetId', message: 'Choose the target to change.' }]),
      send: async () => {
        if (!chosen) return undefined;
        const body = patch(chosen);
        if (Object.keys(body).length === 0) return 'Nothing was changed, so nothing was saved.';
        const saved = await api.call('updateStrategyTarget', { params: { id: draft.targetId }, body, etag: strategy.etag });
        onSaved(saved);
        const after = saved.targets?.find((target) => target.id === draft.targetId);
        if (!after) return 'Saved.';
        setDraft(toDraft(after));
        return `${after.id} ${after.measure} saved: ${measured(after.baseline, after.baselineDate, after)} to ${measured(after.target, after.targetDate, after)}. Status: ${statusInWords(after)}.`;
      },
      onConflict: (current) =>
        targetConflictNotice(current, draft.targetId, onSaved, {
          what: 'change',
          describe: (target) => `now aims for ${measured(target.target, target.targetDate, target)} from ${measured(target.baseline, target.baselineDate, target)}`,
          again: 'save again',
        }),
    });

  const text = (field: Exclude<DefinitionField, 'unit'>, label: string, props: { type?: 'date'; inputMode?: 'decimal' } = {}, required = true) => (
    <Field label={label} required={required} {...fieldState(errors, field)}>
      <Input {...props} value={draft[field]} onChange={(_event, data) => update({ [field]: data.value })} />
    </Field>
  );

  return (
    <RecordForm formRef={formRef} labelledBy="target-definition-form-heading" onSubmit={() => void save()}>
      <h4 id="target-definition-form-heading" className={styles.heading}>
        Change a target’s definition
      </h4>
      <FormNoticeBar notice={notice} />
      <div className={styles.row}>
        <TargetChooser
          label="Target to change"
          targets={targets}
          value={draft.targetId}
          errors={errors}
          onChange={(targetId) => {
            clear();
            setDraft(toDraft(targets.find((target) => target.id === targetId)));
          }}
        />
        {text('measure', 'Measure')}
        <Field label="Unit" required {...fieldState(errors, 'unit')}>
          <Select value={draft.unit} onChange={(_event, data) => update({ unit: data.value })}>
            {Object.entries(TARGET_UNITS).map(([unit, label]) => (
              <option key={unit} value={unit}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {text('baseline', 'Baseline figure', { inputMode: 'decimal' })}
        {text('target', 'Target figure', { inputMode: 'decimal' })}
        {text('baselineDate', 'Baseline date', { type: 'date' })}
        {text('targetDate', 'Target date', { type: 'date' })}
        {text('owner', 'Owner', {}, false)}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the definition'}
        </Button>
      </div>
    </RecordForm>
  );
}
