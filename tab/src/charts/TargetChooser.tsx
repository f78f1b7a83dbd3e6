import { Field, Select } from '@fluentui/react-components';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { StrategyTarget } from '@entrance-hall/shared/domain/strategy/strategy-target';
import { fieldState } from '../common/form-draft';

/** The choice of which target a form acts on ("T3 Servers on unsupported operating systems"). */
export function TargetChooser({ label, targets, value, errors, onChange }: { label: string; targets: readonly StrategyTarget[]; value: string; errors: readonly FieldError[]; onChange: (targetId: string) => void }) {
  return (
    <Field label={label} required {...fieldState(errors, 'targetId')}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {`${target.id} ${target.measure}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
