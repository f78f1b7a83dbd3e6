import { financialYearOf } from '../actions/financial-year';
import type { CashableBenefit } from './benefit';

/**
 * The financial years a saving's actual figure may be recorded for on `today`: from the saving's
 * first year to the financial year `today` falls in. A year that has not started has no actual yet
 * (a figure for it is a forecast, and would close a review and be summed as realised); a year
 * before the saving starts had nothing planned to realise. `undefined` when no year is open yet.
 */
export function actualFinancialYears(benefit: Pick<CashableBenefit, 'fromYear'>, today: string): { first: string; last: string } | undefined {
  const last = financialYearOf(today);
  return benefit.fromYear > last ? undefined : { first: benefit.fromYear, last };
}

/** Why `financialYear` is refused for this saving on `today`, in words; undefined when it is allowed. */
export function checkActualFinancialYear(benefit: Pick<CashableBenefit, 'fromYear'>, financialYear: string, today: string): string | undefined {
  const range = actualFinancialYears(benefit, today);
  if (!range) {
    return `No saving can be recorded yet: it starts in ${benefit.fromYear}, and figures are recorded only for financial years that have started (this is ${financialYearOf(today)}).`;
  }
  if (financialYear >= range.first && financialYear <= range.last) return undefined;
  const allowed = range.first === range.last ? `only ${range.first} (the saving’s first year, which is this financial year)` : `${range.first} (the saving’s first year) to ${range.last} (this financial year)`;
  return `Financial year must be ${allowed}: ${financialYear} ${financialYear > range.last ? 'has not started yet' : 'is before the saving starts'}.`;
}
