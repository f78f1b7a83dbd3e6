import { bankHolidaysInEnglandAndWales, easterSunday, isWorkingDay } from './bank-holidays';

describe('bank holidays in England and Wales', () => {
  // As published on gov.uk/bank-holidays.
  const published: Record<number, string[]> = {
    2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
    2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
    2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
    2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  };

  it.each(Object.keys(published).map(Number))('match the published list for %i, substitute days included', (year) => {
    expect(bankHolidaysInEnglandAndWales(year)).toEqual(published[year]);
  });

  it('finds Easter Sunday', () => {
    expect([2025, 2026, 2027, 2028, 2038].map(easterSunday)).toEqual(['2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2038-04-25']);
  });

  it('counts weekdays that are not bank holidays as working days', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2026-12-29')).toBe(true);
  });
});
