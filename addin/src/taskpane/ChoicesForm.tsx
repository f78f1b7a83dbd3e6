import { Checkbox, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { CatalogueChoice, CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import type { ChoiceValues } from './choice-values';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  fieldset: { border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, marginBottom: '4px', fontWeight: 600 },
  control: { maxWidth: '100%', minWidth: 0 },
});

function ChoiceField({ choice, value, onChange, idPrefix }: { choice: CatalogueChoice; value: string | string[] | undefined; onChange: (value: string | string[]) => void; idPrefix: string }) {
  const styles = useStyles();
  const id = `${idPrefix}-${choice.name}`;
  switch (choice.kind) {
    case 'multiselect': {
      const selected = Array.isArray(value) ? value : [];
      return (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{choice.label}</legend>
          {(choice.options ?? []).map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={selected.includes(option.value)}
              onChange={(_, data) => onChange(data.checked ? [...selected, option.value] : selected.filter((item) => item !== option.value))}
            />
          ))}
        </fieldset>
      );
    }
    case 'select':
      return (
        <Field label={choice.label}>
          <Select className={styles.control} id={id} value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)}>
            {choice.default === undefined && <option value="">{choice.name === 'meeting' ? 'Any meeting' : 'All'}</option>}
            {(choice.options ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      );
    case 'date':
      return (
        <Field label={choice.label}>
          <Input className={styles.control} id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)} />
        </Field>
      );
    case 'boolean':
      return <Checkbox id={id} label={choice.label} checked={value === 'true'} onChange={(_, data) => onChange(data.checked ? 'true' : '')} />;
    case 'number':
      return (
        <Field label={choice.label} hint={`${choice.min ?? 1} to ${choice.max ?? 100}; ${choice.default === undefined ? 'leave empty for all' : `leave empty for the top ${choice.default}`}`}>
          <Input className={styles.control} id={id} type="number" min={choice.min} max={choice.max} value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(data.value)} />
        </Field>
      );
  }
}

/** The choices of one table, built from the catalogue: selects, stage checkboxes, dates, top N. */
export function ChoicesForm({ item, values, onChange }: { item: CatalogueItem; values: ChoiceValues; onChange: (values: ChoiceValues) => void }) {
  const styles = useStyles();
  if (item.choices.length === 0) return null;
  return (
    <div className={styles.form} role="group" aria-label={`Choices for ${item.title}`}>
      {item.choices.map((choice) => (
        <ChoiceField key={choice.name} idPrefix={item.key} choice={choice} value={values[choice.name]} onChange={(value) => onChange({ ...values, [choice.name]: value })} />
      ))}
    </div>
  );
}
