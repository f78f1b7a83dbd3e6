import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ragForStatus } from '@entrance-hall/shared/domain/actions/rag';
import { targetStatus, type StrategyTarget } from '@entrance-hall/shared/domain/strategy/strategy-target';
import { checkStrategyTargetRules, TARGET_UNITS, updateStrategyTargetSchema } from '@entrance-hall/shared/domain/strategy/update-strategy-target';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { StrategyRecord } from '../api/api-types';
import { fieldState, numberOrText, optional, schemaErrors } from '../common/form-draft';
import { FormNoticeBar } from '../common/FormNoticeBar';
import { RecordForm } from '../common/RecordForm';
import { useFormStyles } from '../common/form-styles';
import { useFormSubmit } from '../common/use-form-submit';
import { useChartStyles } from './chart-styles';
import { measured, statusInWords, targetConflictNotice, today } from './target-text';
import { TargetChooser } from './TargetChooser';
import { TargetDefinitionForm } from './TargetDefinitionForm';
import { TableHead } from './TableHead';

const useStyles = makeStyles({
  rag: { display: 'inline-block', padding: '2px 8px', borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
});

/** The strategy's measurable targets with their status in words (RAG), as the Word targets table shows them. */
function TargetsTable({ targets }: { targets: readonly StrategyTarget[] }) {
  const chart = useChartStyles();
  const styles = useStyles();
  return (
    <table className={chart.table}>
      <caption className={chart.caption}>Strategy targets</caption>
      <TableHead headings={['Ref', 'Measure', 'Baseline', 'Target', 'Current', 'Status']} />
      <tbody>
        {targets.map((target) => {
          const rag = ragForStatus(targetStatus(target));
          return (
            <tr key={target.id} data-target-id={target.id}>
              <td className={chart.cell}>{target.id}</td>
              <th scope="row" className={chart.cell}>
                {target.measure}
              </th>
              <td className={chart.cell}>{measured(target.baseline, target.baselineDate, target)}</td>
              <td className={chart.cell}>{measured(target.target, target.targetDate, target)}</td>
              <td className={chart.cell}>{measured(target.current, target.currentDate, target)}</td>
              <td className={chart.cell}>
                <span className={styles.rag} style={{ backgroundColor: `#${rag.fill}`, color: `#${rag.text}` }}>
                  {rag.label}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface MeasurementDraft {
  targetId: string;
  current: string;
  currentDate: string;
}

/**
 * Records a target's latest figure and the date it was measured (ICT and administrators), against
 * the strategy version on screen. The domain's checks run first, so a refused figure is said at its
 * field and nothing is sent; a 412 keeps the typing and says what the other person recorded.
 */
function MeasurementForm({ api, strategy, onSaved }: { api: ApiClient; strategy: StrategyRecord; onSaved: (saved: StrategyRecord) => void }) {
  const styles = useFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const targets = strategy.targets ?? [];
  const [draft, setDraft] = useState<MeasurementDraft>({ targetId: targets[0]?.id ?? '', current: '', currentDate: today() });
  const { errors, notice, saving, submit } = useFormSubmit(formRef);
  const chosen = targets.find((target) => target.id === draft.targetId);
  const body = () => ({ current: optional(draft.current, numberOrText), currentDate: optional(draft.currentDate, String) }) as { current: number; currentDate: string };
  const update = (change: Partial<MeasurementDraft>) => setDraft((current) => ({ ...current, ...change }));

  const save = () =>
    submit({
      check: () => {
        if (!chosen) return [{ field: 'targetId', message: 'Choose the target you measured.' }];
        const patch = body();
        const found = schemaErrors(updateStrategyTargetSchema, patch);
        return found.length > 0 ? found : checkStrategyTargetRules({ ...chosen, ...patch }, today());
      },
      send: async () => {
        const saved = await api.call('updateStrategyTarget', { params: { id: draft.targetId }, body: body(), etag: strategy.etag });
        onSaved(saved);
        const after = saved.targets?.find((target) => target.id === draft.targetId);
        return after ? `${after.id} ${after.measure}: ${measured(after.current, after.currentDate, after)} recorded. Status: ${statusInWords(after)}.` : 'Recorded.';
      },
      onConflict: (current) =>
        targetConflictNotice(current, draft.targetId, onSaved, { what: 'measurement', describe: (target) => `now reads ${measured(target.current, target.currentDate, target)}`, again: 'record it again' }),
    });

  return (
    <RecordForm formRef={formRef} labelledBy="measurement-form-heading" onSubmit={() => void save()}>
      <h4 id="measurement-form-heading" className={styles.heading}>
        Record a measurement
      </h4>
      <FormNoticeBar notice={notice} />
      <div className={styles.row}>
        <TargetChooser label="Target" targets={targets} value={draft.targetId} errors={errors} onChange={(targetId) => update({ targetId })} />
        <Field label={`Current figure${chosen ? ` (${TARGET_UNITS[chosen.unit].toLowerCase()})` : ''}`} required {...fieldState(errors, 'current')}>
          <Input inputMode="decimal" value={draft.current} onChange={(_event, data) => update({ current: data.value })} />
        </Field>
        <Field label="Date measured" required {...fieldState(errors, 'currentDate')}>
          <Input type="date" value={draft.currentDate} onChange={(_event, data) => update({ currentDate: data.value })} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Record the measurement'}
        </Button>
      </div>
    </RecordForm>
  );
}

/**
 * The strategy's targets, for ICT and administrators the form to record the latest figure, and for
 * administrators the form to change a target's definition.
 */
export function StrategyTargets({ api, strategy, mayMeasure, mayDefine, onSaved }: { api: ApiClient; strategy: StrategyRecord; mayMeasure: boolean; mayDefine: boolean; onSaved: () => void }) {
  const [latest, setLatest] = useState(strategy);
  useEffect(() => setLatest(strategy), [strategy]);
  const targets = latest.targets ?? [];
  if (targets.length === 0) return null;
  const saved = (record: StrategyRecord) => {
    setLatest(record);
    onSaved();
  };
  return (
    <section aria-labelledby="strategy-targets-heading">
      <h3 id="strategy-targets-heading">Measurable targets</h3>
      <TargetsTable targets={targets} />
      {mayMeasure && (
        <MeasurementForm
          api={api}
          strategy={latest}
          onSaved={saved}
        />
      )}
      {mayDefine && (
        <TargetDefinitionForm
          api={api}
          strategy={latest}
          onSaved={saved}
        />
      )}
    </section>
  );
}
