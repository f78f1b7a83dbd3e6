/**
 * UK councils run April to March. "2025/26" is the financial year from 1 April 2025 to
 * 31 March 2026; quarters are Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar.
 */
export const FINANCIAL_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

export function financialYearOf(date: string | Date, startMonth = 4): string {
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const startYear = month >= startMonth ? year : year - 1;
  return formatFinancialYear(startYear);
}

export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function isFinancialYear(value: string): boolean {
  const match = FINANCIAL_YEAR_PATTERN.exec(value);
  if (!match) return false;
  return (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** A quarter of a financial year, with an id safe for storage keys: `2026-27-Q1`. */
export interface FinancialQuarter {
  id: string;
  financialYear: string;
  quarter: 1 | 2 | 3 | 4;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function quarterOf(date: string, startMonth = 4): FinancialQuarter {
  const value = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const monthsIn = (value.getUTCMonth() + 1 - startMonth + 12) % 12;
  const quarter = (Math.floor(monthsIn / 3) + 1) as 1 | 2 | 3 | 4;
  const fy = financialYearOf(value, startMonth);
  return buildQuarter(Number(fy.slice(0, 4)), quarter, startMonth);
}

export function buildQuarter(startYear: number, quarter: 1 | 2 | 3 | 4, startMonth = 4): FinancialQuarter {
  const firstMonthIndex = startMonth - 1 + (quarter - 1) * 3; // months since Jan of startYear
  const start = new Date(Date.UTC(startYear, firstMonthIndex, 1));
  const end = new Date(Date.UTC(startYear, firstMonthIndex + 3, 0));
  const financialYear = formatFinancialYear(startYear);
  const id = `${startYear}-${financialYear.slice(5)}-Q${quarter}`;
  const range = `${MONTHS[start.getUTCMonth()]}–${MONTHS[end.getUTCMonth()]} ${end.getUTCFullYear()}`;
  return {
    id,
    financialYear,
    quarter,
    start: start.toISOString().slice(0, 10),
    end: end.toISOString().slice(0, 10),
    label: `${financialYear} Q${quarter} (${range})`,
  };
}

export function parseQuarterId(id: string, startMonth = 4): FinancialQuarter | undefined {
  const match = /^(\d{4})-(\d{2})-Q([1-4])$/.exec(id);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  if ((startYear + 1) % 100 !== Number(match[2])) return undefined;
  return buildQuarter(startYear, Number(match[3]) as 1 | 2 | 3 | 4, startMonth);
}
