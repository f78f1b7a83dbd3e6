import { makeStyles, tokens } from '@fluentui/react-components';
import type { BudgetYear } from '@entrance-hall/shared/domain/requests/budget-profile';
import { formatPounds } from '../common/format';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse' },
  head: { textAlign: 'left', padding: '0 16px 2px 0', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  year: { textAlign: 'left', padding: '0 16px 2px 0', fontWeight: tokens.fontWeightRegular },
  number: { textAlign: 'right', padding: '0 16px 2px 0', fontVariantNumeric: 'tabular-nums' },
  total: { borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** A request's capital and revenue by financial year, read-only, with the totals. */
export function BudgetProfileTable({ years }: { years: readonly BudgetYear[] }) {
  const styles = useStyles();
  const capital = years.reduce((sum, year) => sum + year.capital, 0);
  const revenue = years.reduce((sum, year) => sum + year.revenue, 0);
  return (
    <table className={styles.table} data-testid="budget-profile">
      <thead>
        <tr>
          <th className={styles.head} scope="col">Year</th>
          <th className={styles.head} scope="col">Capital</th>
          <th className={styles.head} scope="col">Revenue</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year.year}>
            <th className={styles.year} scope="row">{year.year}</th>
            <td className={styles.number}>{formatPounds(year.capital)}</td>
            <td className={styles.number}>{formatPounds(year.revenue)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={styles.total}>
          <th className={styles.head} scope="row">Total</th>
          <td className={styles.number}>{formatPounds(capital)}</td>
          <td className={styles.number}>{formatPounds(revenue)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
