import fc from 'fast-check';
import { financialYearOf, formatFinancialYear } from '../actions/financial-year';
import { actualFinancialYears, checkActualFinancialYear } from './actual-financial-years';

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const startYear = fc.integer({ min: 1995, max: 2095 });

describe('the financial years a saving’s actual figure may be recorded for', () => {
  it('from the saving’s first year to this financial year, said in words', () => {
    const saving = { fromYear: '2025/26' };
    expect(actualFinancialYears(saving, '2026-11-30')).toEqual({ first: '2025/26', last: '2026/27' });
    expect(checkActualFinancialYear(saving, '2026/27', '2026-11-30')).toBeUndefined();
    expect(checkActualFinancialYear(saving, '2025/26', '2026-11-30')).toBeUndefined();
    expect(checkActualFinancialYear(saving, '2030/31', '2026-11-30')).toBe(
      'Financial year must be 2025/26 (the saving’s first year) to 2026/27 (this financial year): 2030/31 has not started yet.',
    );
    expect(checkActualFinancialYear(saving, '2024/25', '2026-11-30')).toBe(
      'Financial year must be 2025/26 (the saving’s first year) to 2026/27 (this financial year): 2024/25 is before the saving starts.',
    );
  });

  it('turns over on 1 April, not 1 January', () => {
    const saving = { fromYear: '2025/26' };
    expect(checkActualFinancialYear(saving, '2027/28', '2028-03-31')).toBeUndefined();
    expect(checkActualFinancialYear(saving, '2027/28', '2027-03-31')).toMatch(/has not started yet/);
    expect(checkActualFinancialYear(saving, '2027/28', '2027-04-01')).toBeUndefined();
  });

  it('a saving that has not started has no year open yet', () => {
    expect(actualFinancialYears({ fromYear: '2027/28' }, '2026-11-30')).toBeUndefined();
    expect(checkActualFinancialYear({ fromYear: '2027/28' }, '2027/28', '2026-11-30')).toBe(
      'No saving can be recorded yet: it starts in 2027/28, and figures are recorded only for financial years that have started (this is 2026/27).',
    );
  });

  it('property: a year is allowed exactly when it is no earlier than the first year and has started', () => {
    fc.assert(
      fc.property(startYear, startYear, day, (from, year, today) => {
        const fromYear = formatFinancialYear(from);
        const financialYear = formatFinancialYear(year);
        const started = Number(financialYearOf(today).slice(0, 4)) >= year;
        const allowed = checkActualFinancialYear({ fromYear }, financialYear, today) === undefined;
        expect(allowed).toBe(year >= from && started);
        // A refusal always names the year refused or the year the saving starts.
        if (!allowed) expect(checkActualFinancialYear({ fromYear }, financialYear, today)).toMatch(new RegExp(`${financialYear.replace('/', '\\/')}|${fromYear.replace('/', '\\/')}`));
      }),
    );
  });
});
