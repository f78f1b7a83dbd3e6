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

function BudgetTable({ idPrefix, draft, set, messageFor }: EditorProps) {
  const styles = useStyles();
  const focus = useFocusAfterRender();
  const rows = draft.budgetProfile;
  const id = (index: number, column: string) => `${idPrefix}-budget-${index}-${column}`;
  const change = (index: number, column: keyof BudgetRowDraft, value: string) => set('budgetProfile', rows.map((row, at) => (at === index ? { ...row, [column]: value } : row)));
  const totals = budgetTotals(rows);
  const groupMessage = messageFor('budgetProfile');
  const addId = `${idPrefix}-budget-add`;
  return (
    <fieldset className={styles.group} data-testid="budget-profile-editor">
      <legend className={styles.legend}>Budget by financial year</legend>
      <GroupMessage id={`${idPrefix}-budget-error`} message={groupMessage} />
      {rows.length === 0 ? (
        <Caption1 as="p" block>
          Not profiled by year yet.
        </Caption1>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">Financial year</th>
              <th className={styles.head} scope="col">Capital (£)</th>
              <th className={styles.head} scope="col">Revenue (£)</th>
              <th className={styles.head} scope="col">
                <span className={styles.hidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className={styles.cell}>
                  <CellInput id={id(index, 'year')} label={`Financial year, row ${index + 1}`} width="110px" value={row.year} message={messageFor(`budgetProfile.${index}.year`) ?? messageFor(`budgetProfile.${index}`)} onChange={(value) => change(index, 'year', value)} />
                </td>
                <td className={styles.cell}>
                  <CellInput id={id(index, 'capital')} label={`Capital (£), row ${index + 1}`} width="140px" numeric value={row.capital} message={messageFor(`budgetProfile.${index}.capital`)} onChange={(value) => change(index, 'capital', value)} />
                </td>
                <td className={styles.cell}>
                  <CellInput id={id(index, 'revenue')} label={`Revenue (£), row ${index + 1}`} width="140px" numeric value={row.revenue} message={messageFor(`budgetProfile.${index}.revenue`)} onChange={(value) => change(index, 'revenue', value)} />
                </td>
                <td className={styles.cell}>
                  <Button
                    appearance="subtle"
                    aria-label={`Remove budget row ${index + 1}${row.year.trim() ? ` (${row.year.trim()})` : ''}`}
                    onClick={() => {
                      set('budgetProfile', rows.filter((_row, at) => at !== index));
                      focus(rows.length > 1 ? id(Math.max(0, index - 1), 'year') : addId);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th className={styles.head} scope="row">Total</th>
              <td className={styles.number} data-testid="budget-total-capital">{formatPounds(totals.capital)}</td>
              <td className={styles.number} data-testid="budget-total-revenue">{formatPounds(totals.revenue)}</td>
              <td className={styles.cell} />
            </tr>
          </tfoot>
        </table>
      )}
      {rows.length > 0 && (
        <Caption1 as="p" block className={styles.total}>
          {`${formatPounds(totals.total)} over the years, capital and revenue together.`}
        </Caption1>
      )}
      <Button
        id={addId}
        disabled={rows.length >= MAX_BUDGET_YEARS}
        onClick={() => {
          set('budgetProfile', [...rows, { year: '', capital: '', revenue: '' }]);
          focus(id(rows.length, 'year'));
        }}
      >
        Add a financial year
      </Button>
    </fieldset>
  );
}

function SharesTable({ idPrefix, draft, set, messageFor }: EditorProps) {
  const styles = useStyles();
  const focus = useFocusAfterRender();
  const rows = draft.partnerShares;
  const id = (index: number, column: string) => `${idPrefix}-share-${index}-${column}`;
  const change = (index: number, column: keyof ShareRowDraft, value: string) => set('partnerShares', rows.map((row, at) => (at === index ? { ...row, [column]: value } : row)));
  const running = describeShareTotal(rows);
  // After a save was stopped, the domain's (or the API's) words for the whole list; before, the live total.
  const groupMessage = messageFor('partnerShares');
  const totalId = `${idPrefix}-share-total`;
  const addId = `${idPrefix}-share-add`;
  const totalText = groupMessage ?? (running ? (running.problem ?? `Total ${running.total}%: the shares add up to 100%.`) : rows.length > 0 ? 'The total shows once every share is a percentage.' : '');
  const totalInError = groupMessage !== undefined;
  return (
    <fieldset className={styles.group} data-testid="partner-shares-editor">
      <legend className={styles.legend}>Partner shares (for a shared service; they must total 100%)</legend>
      {rows.length === 0 ? (
        <Caption1 as="p" block>
          Not shared out between partners.
        </Caption1>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">Partner council</th>
              <th className={styles.head} scope="col">Share (%)</th>
              <th className={styles.head} scope="col">
                <span className={styles.hidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className={styles.cell}>
                  <CellInput id={id(index, 'council')} label={`Partner council, row ${index + 1}`} width="240px" value={row.council} message={messageFor(`partnerShares.${index}.council`) ?? messageFor(`partnerShares.${index}`)} onChange={(value) => change(index, 'council', value)} />
                </td>
                <td className={styles.cell}>
                  <CellInput id={id(index, 'percent')} label={`Share (%), row ${index + 1}`} width="100px" numeric value={row.percent} message={messageFor(`partnerShares.${index}.percent`)} describedBy={totalInError ? totalId : undefined} invalid={totalInError} onChange={(value) => change(index, 'percent', value)} />
                </td>
                <td className={styles.cell}>
                  <Button
                    appearance="subtle"
                    aria-label={`Remove partner row ${index + 1}${row.council.trim() ? ` (${row.council.trim()})` : ''}`}
                    onClick={() => {
                      set('partnerShares', rows.filter((_row, at) => at !== index));
                      focus(rows.length > 1 ? id(Math.max(0, index - 1), 'council') : addId);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Text id={totalId} role="status" aria-live="polite" className={totalInError || running?.problem ? styles.totalProblem : styles.total} data-testid="share-total">
        {totalText}
      </Text>
      <Button
        id={addId}
        disabled={rows.length >= MAX_PARTNER_SHARES}
        onClick={() => {
          set('partnerShares', [...rows, { council: '', percent: '' }]);
          focus(id(rows.length, 'council'));
        }}
      >
        Add a partner
      </Button>
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
