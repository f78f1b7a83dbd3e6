import { Field, Input, makeStyles, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { RequestFilter } from '@entrance-hall/shared/domain/requests/request-filter';
import { STAGES, STAGE_LABELS, type Stage } from '@entrance-hall/shared/domain/requests/stage';
import type { Theme } from '@entrance-hall/shared/domain/strategy/strategy';

export type BoardSort = 'score' | 'neededBy' | 'cost' | 'submittedAt';

/** The board's filter as the person set it; empty strings mean "any". */
export interface BoardFilterValues {
  theme: string;
  serviceArea: string;
  stage: '' | Stage;
  partner: string;
  text: string;
  sort: BoardSort;
}

export const EMPTY_FILTER: BoardFilterValues = { theme: '', serviceArea: '', stage: '', partner: '', text: '', sort: 'score' };

const SORT_LABELS: Record<BoardSort, string> = { score: 'Score, highest first', neededBy: 'Needed by, soonest first', cost: 'Cost, highest first', submittedAt: 'Submitted, newest first' };

/** The shared filter (request-filter.ts) the values stand for. */
export function toRequestFilter(values: BoardFilterValues): RequestFilter {
  return {
    ...(values.theme ? { theme: values.theme } : {}),
    ...(values.serviceArea ? { serviceArea: values.serviceArea } : {}),
    ...(values.stage ? { stage: values.stage } : {}),
    ...(values.partner ? { partner: values.partner } : {}),
    ...(values.text.trim() ? { text: values.text.trim() } : {}),
    sort: values.sort,
  };
}

/** How the board shows the filtered requests. */
export type BoardLayout = 'cards' | 'table';

// One row at 1366 px: every field shares the width and may shrink; narrower screens wrap.
const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end', marginBottom: '8px' },
  field: { flex: '1 1 120px', minWidth: 0 },
  search: { flex: '2 1 180px', minWidth: 0 },
  layout: { flex: '0 0 auto' },
  control: { minWidth: 0, width: '100%' },
});

/** Filter by theme, service area, stage, partner council and text; sort by score, date or cost; cards or a table. */
export function BoardFilters(props: {
  values: BoardFilterValues;
  onChange: (values: BoardFilterValues) => void;
  layout: BoardLayout;
  onLayoutChange: (layout: BoardLayout) => void;
  themes: readonly Theme[];
  serviceAreas: readonly string[];
  partners: readonly string[];
}) {
  const styles = useStyles();
  const { values, onChange } = props;
  const set = <K extends keyof BoardFilterValues>(key: K, value: BoardFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <form role="search" aria-label="Filter the requests" className={styles.bar} onSubmit={(event) => event.preventDefault()}>
      <Field label="Search requests" className={styles.search}>
        <Input className={styles.control} type="search" value={values.text} onChange={(_event, data) => set('text', data.value)} placeholder="Reference, title, problem…" />
      </Field>
      <Field label="Theme" className={styles.field}>
        <Select className={styles.control} value={values.theme} onChange={(_event, data) => set('theme', data.value)}>
          <option value="">All themes</option>
          {props.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Service area" className={styles.field}>
        <Select className={styles.control} value={values.serviceArea} onChange={(_event, data) => set('serviceArea', data.value)}>
          <option value="">All service areas</option>
          {props.serviceAreas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Stage" className={styles.field}>
        <Select className={styles.control} value={values.stage} onChange={(_event, data) => set('stage', data.value as BoardFilterValues['stage'])}>
          <option value="">All live stages</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </Select>
      </Field>
      {props.partners.length > 0 && (
        <Field label="Partner council" className={styles.field}>
          <Select className={styles.control} value={values.partner} onChange={(_event, data) => set('partner', data.value)}>
            <option value="">All</option>
            {props.partners.map((partner) => (
              <option key={partner} value={partner}>
                {partner}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Sort by" className={styles.field}>
        <Select className={styles.control} value={values.sort} onChange={(_event, data) => set('sort', data.value as BoardSort)}>
          {(Object.keys(SORT_LABELS) as BoardSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Show as" className={styles.layout}>
        <RadioGroup layout="horizontal" value={props.layout} onChange={(_event, data) => props.onLayoutChange(data.value as BoardLayout)}>
          <Radio value="cards" label="Cards" />
          <Radio value="table" label="Table" />
        </RadioGroup>
      </Field>
    </form>
  );
}
