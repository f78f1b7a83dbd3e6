import { financialYearOf, isFinancialYear, parseQuarterId, quarterOf } from './financial-year';

describe('UK council financial years', () => {
  it('runs April to March', () => {
    expect(financialYearOf('2026-04-01')).toBe('2026/27');
    expect(financialYearOf('2027-03-31')).toBe('2026/27');
    expect(financialYearOf('2026-03-31')).toBe('2025/26');
    expect(financialYearOf('2099-12-01')).toBe('2099/00');
  });

  it('names quarters with their months', () => {
    expect(quarterOf('2026-11-22')).toMatchObject({ id: '2026-27-Q3', start: '2026-10-01', end: '2026-12-31', label: '2026/27 Q3 (Oct–Dec 2026)' });
    expect(quarterOf('2027-02-01')).toMatchObject({ id: '2026-27-Q4', label: '2026/27 Q4 (Jan–Mar 2027)' });
  });

  it('reads quarter ids back and refuses malformed ones', () => {
    expect(parseQuarterId('2027-28-Q1')?.start).toBe('2027-04-01');
    expect(parseQuarterId('2027-29-Q1')).toBeUndefined();
    expect(isFinancialYear('2025/26')).toBe(true);
    expect(isFinancialYear('2025/27')).toBe(false);
  });
});
