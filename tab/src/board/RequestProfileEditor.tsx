import { Button, Caption1, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { MAX_BUDGET_YEARS, MAX_PARTNER_SHARES } from '@entrance-hall/shared/domain/requests/budget-profile';
import { useEffect, useState, type ReactNode } from 'react';
import { isRealDate } from '@entrance-hall/shared/domain/validation/fields';
import { formatPounds } from '../common/format';
import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import { budgetTotals, describeShareTotal, type BudgetRowDraft, type ProfileDraft, type ProfileKey, type ShareRowDraft } from './build-profile-patch';

const useStyles = makeStyles({
  group: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '8px 12px 12px', margin: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0 4px' },
  table: { borderCollapse: 'collapse', width: '100%', marginBottom: '8px' },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 8px 4px 0', color: tokens.colorNeutralForeground2 },
  cell: { padding: '4px 8px 4px 0', verticalAlign: 'top' },
  // Totals sit under the figures typed above them (a Fluent input's text starts 12px in).
  number: { textAlign: 'left', padding: '4px 8px 4px 12px', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  error: { color: tokens.colorPaletteRedForeground1, display: 'block', marginTop: '2px', maxWidth: '220px' },
  total: { display: 'block', margin: '4px 0 8px' },
  totalProblem: { display: 'block', margin: '4px 0 8px', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  route: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: '8px' },
});

/** A text box in a table cell: named for its column and row, its problem read with it. */
function CellInput(props: { id: string; label: string; value: string; message?: string; describedBy?: string; invalid?: boolean; numeric?: boolean; width: string; onChange: (value: string) => void }) {
  const styles = useStyles();
  const errorId = `${props.id}-error`;
  const describedBy = [props.message ? errorId : undefined, props.describedBy].filter(Boolean).join(' ');
  return (
    <>
      <Input
        id={props.id}
        aria-label={props.label}
        value={props.value}
        inputMode={props.numeric ? 'decimal' : undefined}
        style={{ width: props.width }}
        aria-invalid={props.message || props.invalid ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(_event, data) => props.onChange(data.value)}
      />
      {props.message && (
        <Caption1 id={errorId} className={styles.error}>
          {props.message}
        </Caption1>
      )}
    </>
  );
}

/** Focuses the element with this id once it is on screen (a row just added, or the Add button after a removal). */
function useFocusAfterRender(): (id: string) => void {
  const [pending, setPending] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (pending === undefined) return;
    document.getElementById(pending)?.focus();
    setPending(undefined);
  }, [pending]);
  return setPending;
}

/**
 * The request's budget by financial year, the partners' shares, the wards it affects and its
 * forward-plan notice, as editable tables and boxes. Every problem shown is the domain's own,
 * under the field it is about (`messageFor` takes the API's field path).
 */
export function RequestProfileEditor(props: { idPrefix: string; draft: ProfileDraft; set: <K extends ProfileKey>(key: K, value: ProfileDraft[K]) => void; messageFor: (path: string) => string | undefined }) {
  return (
    <>
      <BudgetTable {...props} />
      <SharesTable {...props} />
      <RouteFacts {...props} />
    </>
  );
}

type EditorProps = Parameters<typeof RequestProfileEditor>[0];

interface RowsColumn<Row> {
  key: keyof Row & string;
  header: string;
  width: string;
  numeric?: boolean;
  /** Extra words read with every box of the column (e.g. the share total when it is wrong). */
  describedBy?: string;
  invalid?: boolean;
}

/**
 * A list edited as a table: one row of boxes per entry, each box named for its column and row and
 * showing the problem at `<list>.<row>.<column>`; "Remove" per row and an Add button, with the focus
 * kept where a keyboard user expects it.
 */
function RowsTable<Row extends Record<string, string>>(props: {
  list: 'budgetProfile' | 'partnerShares';
  idPrefix: string;
  rows: readonly Row[];
  columns: readonly RowsColumn<Row>[];
  blank: Row;
  maxRows: number;
  addLabel: string;
  emptyText: string;
  /** How a row is named on its Remove button: "Remove budget row 2 (2027/28)". */
  rowNoun: string;
  rowName: (row: Row) => string;
  onRows: (rows: Row[]) => void;
  messageFor: (path: string) => string | undefined;
  footer?: ReactNode;
  /** What is said about the whole list (a total), between the table and the Add button. */
  after?: ReactNode;
}) {
  const styles = useStyles();
  const focus = useFocusAfterRender();
  const { rows, list } = props;
  const id = (index: number, column: string) => `${props.idPrefix}-${list}-${index}-${column}`;
  const addId = `${props.idPrefix}-${list}-add`;
  const first = props.columns[0]!.key;
  const change = (index: number, column: keyof Row, value: string) => props.onRows(rows.map((row, at) => (at === index ? { ...row, [column]: value } : row)));
  return (
    <>
      {rows.length === 0 ? (
        <Caption1 as="p" block>
          {props.emptyText}
        </Caption1>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column.key} className={styles.head} scope="col">
                  {column.header}
                </th>
              ))}
              <th className={styles.head} scope="col">
                <span className={styles.hidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {props.columns.map((column) => (
                  <td key={column.key} className={styles.cell}>
                    <CellInput
                      id={id(index, column.key)}
                      label={`${column.header}, row ${index + 1}`}
                      width={column.width}
                      numeric={column.numeric}
                      value={row[column.key]}
                      message={props.messageFor(`${list}.${index}.${column.key}`) ?? (column.key === first ? props.messageFor(`${list}.${index}`) : undefined)}
                      describedBy={column.describedBy}
                      invalid={column.invalid}
                      onChange={(value) => change(index, column.key, value)}
                    />
                  </td>
                ))}
                <td className={styles.cell}>
                  <Button
                    appearance="subtle"
                    aria-label={`Remove ${props.rowNoun} ${index + 1}${props.rowName(row).trim() ? ` (${props.rowName(row).trim()})` : ''}`}
                    onClick={() => {
                      props.onRows(rows.filter((_row, at) => at !== index));
                      focus(rows.length > 1 ? id(Math.max(0, index - 1), first) : addId);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
          {props.footer}
        </table>
      )}
      {props.after}
      <Button
        id={addId}
        disabled={rows.length >= props.maxRows}
        onClick={() => {
          props.onRows([...rows, { ...props.blank }]);
          focus(id(rows.length, first));
        }}
      >
        {props.addLabel}
      </Button>
    </>
  );
}

const BUDGET_COLUMNS: readonly RowsColumn<BudgetRowDraft>[] = [
  { key: 'year', header: 'Financial year', width: '110px' },
  { key: 'capital', header: 'Capital (£)', width: '140px', numeric: true },
  { key: 'revenue', header: 'Revenue (£)', width: '140px', numeric: true },
];

function BudgetTable({ idPrefix, draft, set, messageFor }: EditorProps) {
  const styles = useStyles();
  const rows = draft.budgetProfile;
  const totals = budgetTotals(rows);
  return (
    <fieldset className={styles.group} data-testid="budget-profile-editor">
      <legend className={styles.legend}>Budget by financial year</legend>
      <GroupMessage id={`${idPrefix}-budget-error`} message={messageFor('budgetProfile')} />
      <RowsTable
        list="budgetProfile"
        idPrefix={idPrefix}
        rows={rows}
        columns={BUDGET_COLUMNS}
        blank={{ year: '', capital: '', revenue: '' }}
        maxRows={MAX_BUDGET_YEARS}
        addLabel="Add a financial year"
        emptyText="Not profiled by year yet."
        rowNoun="budget row"
        rowName={(row) => row.year}
        onRows={(next) => set('budgetProfile', next)}
        messageFor={messageFor}
        footer={
          <tfoot>
            <tr>
              <th className={styles.head} scope="row">
                Total
              </th>
              <td className={styles.number} data-testid="budget-total-capital">
                {formatPounds(totals.capital)}
              </td>
              <td className={styles.number} data-testid="budget-total-revenue">
                {formatPounds(totals.revenue)}
              </td>
              <td className={styles.cell} />
            </tr>
          </tfoot>
        }
        after={
          rows.length > 0 && (
            <Caption1 as="p" block className={styles.total}>
              {`${formatPounds(totals.total)} over the years, capital and revenue together.`}
            </Caption1>
          )
        }
      />
    </fieldset>
  );
}

function SharesTable({ idPrefix, draft, set, messageFor }: EditorProps) {
  const styles = useStyles();
  const rows = draft.partnerShares;
  const running = describeShareTotal(rows);
  // After a save was stopped, the domain's (or the API's) words for the whole list; before, the live total.
  const groupMessage = messageFor('partnerShares');
  const totalId = `${idPrefix}-share-total`;
  const totalText = groupMessage ?? (running ? (running.problem ?? `Total ${running.total}%: the shares add up to 100%.`) : rows.length > 0 ? 'The total shows once every share is a percentage.' : '');
  const totalInError = groupMessage !== undefined;
  const columns: RowsColumn<ShareRowDraft>[] = [
    { key: 'council', header: 'Partner council', width: '240px' },
    { key: 'percent', header: 'Share (%)', width: '100px', numeric: true, ...(totalInError ? { describedBy: totalId, invalid: true } : {}) },
  ];
  return (
    <fieldset className={styles.group} data-testid="partner-shares-editor">
      <legend className={styles.legend}>Partner shares (for a shared service; they must total 100%)</legend>
      <RowsTable
        list="partnerShares"
        idPrefix={idPrefix}
        rows={rows}
        columns={columns}
        blank={{ council: '', percent: '' }}
        maxRows={MAX_PARTNER_SHARES}
        addLabel="Add a partner"
        emptyText="Not shared out between partners."
        rowNoun="partner row"
        rowName={(row) => row.council}
        onRows={(next) => set('partnerShares', next)}
        messageFor={messageFor}
        after={
          <Text id={totalId} role="status" aria-live="polite" className={totalInError || running?.problem ? styles.totalProblem : styles.total} data-testid="share-total">
            {totalText}
          </Text>
        }
      />
    </fieldset>
  );
}

function RouteFacts({ draft, set, messageFor }: EditorProps) {
  const styles = useStyles();
  const fieldState = (path: string) => {
    const message = messageFor(path);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };
  const notice = draft.forwardPlanNoticeOn.trim();
  const noticeHint: ReactNode = /^\d{4}-\d{2}-\d{2}$/.test(notice) && isRealDate(notice) ? `Published ${formatLongDate(notice)}` : 'Leave blank until the notice is published.';
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Decision route facts (ICT at triage)</legend>
      <div className={styles.route}>
        <Field label="Wards significantly affected" hint="How many wards; leave blank if not assessed" {...fieldState('wardsAffected')}>
          <Input inputMode="numeric" value={draft.wardsAffected} onChange={(_event, data) => set('wardsAffected', data.value)} />
        </Field>
        <Field label="Forward plan notice published" hint={noticeHint} {...fieldState('forwardPlanNoticeOn')}>
          <Input type="date" value={draft.forwardPlanNoticeOn} onChange={(_event, data) => set('forwardPlanNoticeOn', data.value)} />
        </Field>
      </div>
    </fieldset>
  );
}

/** A problem with a whole list (too many rows, a year given twice), said once above it. */
function GroupMessage({ id, message }: { id: string; message: string | undefined }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <Text id={id} role="alert" className={styles.totalProblem}>
      {message}
    </Text>
  );
}
