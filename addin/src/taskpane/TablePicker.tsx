import { useState } from 'react';
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import type { ReportTable } from '@entrance-hall/shared/domain/reports/report-table';
import { usePaneAction } from './use-pane-action';
import { ChoicesForm } from './ChoicesForm';
import { choicesQuery, defaultChoiceValues, type ChoiceValues } from './choice-values';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px' },
  description: { color: tokens.colorNeutralForeground2, display: 'block', marginLeft: '32px', marginTop: '-6px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface TablePickerProps {
  catalogue: CatalogueItem[];
  /** Undefined when Word is not there to insert into; the reason is shown instead of the button. */
  insert?: (key: CatalogueItem['key'], query: string) => Promise<ReportTable>;
  download: (key: CatalogueItem['key'], query: string) => Promise<void>;
}

/** The catalogue of live tables: pick one, make its choices, insert it at the cursor (or download it). */
export function TablePicker({ catalogue, insert, download }: TablePickerProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<CatalogueItem>(catalogue[0]!);
  const [values, setValues] = useState<ChoiceValues>(() => defaultChoiceValues(catalogue[0]!));
  const { busy, outcome, setOutcome, perform } = usePaneAction<'insert' | 'download'>();

  const choose = (key: string) => {
    const item = catalogue.find((candidate) => candidate.key === key)!;
    setSelected(item);
    setValues(defaultChoiceValues(item));
    setOutcome(undefined);
  };
  const run = (kind: 'insert' | 'download') =>
    perform(kind, async () => {
      if (kind === 'insert' && insert) {
        const table = await insert(selected.key, choicesQuery(values));
        return `Inserted “${table.title}” with ${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}.`;
      }
      await download(selected.key, choicesQuery(values));
      return `Downloaded “${selected.title}” as a Word document.`;
    });

  return (
    <section className={styles.section} aria-labelledby="insert-heading">
      <h2 id="insert-heading">Insert a live table</h2>
      <RadioGroup aria-labelledby="insert-heading" value={selected.key} onChange={(_, data) => choose(data.value)}>
        {catalogue.map((item) => (
          <div key={item.key}>
            <Radio value={item.key} label={item.title} aria-describedby={`describe-${item.key}`} />
            <Caption1 id={`describe-${item.key}`} className={styles.description}>
              {item.description}
            </Caption1>
          </div>
        ))}
      </RadioGroup>
      <ChoicesForm item={selected} values={values} onChange={setValues} />
      <div className={styles.actions}>
        {insert ? (
          <Button appearance="primary" disabled={busy !== undefined} onClick={() => void run('insert')}>
            {busy === 'insert' ? <Spinner size="tiny" label="Inserting…" /> : 'Insert at cursor'}
          </Button>
        ) : (
          <Body1>Open this pane in Word to insert the table.</Body1>
        )}
        <Button appearance={insert ? 'secondary' : 'primary'} disabled={busy !== undefined} onClick={() => void run('download')}>
          {busy === 'download' ? <Spinner size="tiny" label="Preparing…" /> : 'Download as Word document'}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
