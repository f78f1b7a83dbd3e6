import fc from 'fast-check';
import { addDays } from './calendar-days';
import { isWorkingDay } from './bank-holidays';
import { countClearDays, earliestDecisionDate, latestNoticeDate } from './forward-plan-dates';

const working = { clearDays: 28, count: 'working' as const };
const dateIn2025To2028 = fc.integer({ min: 0, max: 4 * 365 }).map((offset) => addDays('2025-01-01', offset));
/** Meetings are held, and notices published, on working days. */
const workingDayIn2025To2028 = dateIn2025To2028.filter(isWorkingDay);

describe('forward plan notice dates', () => {
  const calendar = { clearDays: 28, count: 'calendar' as const };

  it('needs 28 clear calendar days before a meeting by law (reg. 9, 2012 Regulations), neither end counted', () => {
    // Thursday 21 January 2027: 28 clear days run from 24 December to 20 January, Christmas and New
    // Year included, so the notice must be out by Wednesday 23 December 2026.
    expect(latestNoticeDate('2027-01-21', calendar)).toBe('2026-12-23');
    expect(countClearDays('2026-12-23', '2027-01-21', 'calendar')).toBe(28);
    expect(countClearDays('2026-12-24', '2027-01-21', 'calendar')).toBe(27);
    expect(earliestDecisionDate('2026-12-23', calendar)).toBe('2027-01-21');
  });

  it('counts weekends and bank holidays as clear calendar days: only publication falls on a working day (property)', () => {
    fc.assert(
      fc.property(workingDayIn2025To2028, fc.integer({ min: 1, max: 60 }), (meeting, clearDays) => {
        let expected = addDays(meeting, -(clearDays + 1));
        while (!isWorkingDay(expected)) expected = addDays(expected, -1);
        expect(latestNoticeDate(meeting, { clearDays, count: 'calendar' })).toBe(expected);
      }),
    );
  });

  it('needs 28 clear working days before a meeting, neither end counted', () => {
    // Thursday 11 February 2027: the 28th clear working day back is Monday 4 January; New Year's
    // Day is a bank holiday, so the notice must be out on Thursday 31 December.
    expect(latestNoticeDate('2027-02-11', working)).toBe('2026-12-31');
    expect(countClearDays('2026-12-31', '2027-02-11', 'working')).toBe(28);
    expect(countClearDays('2027-01-04', '2027-02-11', 'working')).toBe(27);
  });

  it('skips Christmas, Boxing Day substitutes and New Year', () => {
    // Meeting Thursday 21 January 2027: clear days run back over 1 Jan and 25–28 Dec 2026.
    const noticeBy = latestNoticeDate('2027-01-21', working);
    expect(noticeBy).toBe('2026-12-08');
    expect(countClearDays(noticeBy, '2027-01-21', 'working')).toBe(28);
  });

  it('skips Easter when the meeting follows it', () => {
    // Meeting Tuesday 4 May 2027: neither the early May bank holiday (3 May) nor Good Friday and
    // Easter Monday (26 and 29 March) count, so the 28th clear day is Monday 22 March.
    const noticeBy = latestNoticeDate('2027-05-04', working);
    expect(noticeBy).toBe('2027-03-19');
    expect(countClearDays(noticeBy, '2027-05-04', 'working')).toBe(28);
    expect(isWorkingDay(noticeBy)).toBe(true);
  });

  it('publishes on a working day even when counting calendar days', () => {
    // 28 clear calendar days before Monday 1 March 2027 ends on Saturday 30 January: publish the Friday.
    expect(latestNoticeDate('2027-03-01', { clearDays: 28, count: 'calendar' })).toBe('2027-01-29');
  });

  it('gives the latest working day with exactly the clear days before the meeting (property)', () => {
    fc.assert(
      fc.property(workingDayIn2025To2028, fc.integer({ min: 1, max: 60 }), fc.constantFrom('working' as const, 'calendar' as const), (meeting, clearDays, count) => {
        const noticeBy = latestNoticeDate(meeting, { clearDays, count });
        expect(isWorkingDay(noticeBy)).toBe(true);
        expect(countClearDays(noticeBy, meeting, count)).toBeGreaterThanOrEqual(clearDays);
        let next = addDays(noticeBy, 1);
        while (!isWorkingDay(next)) next = addDays(next, 1);
        expect(countClearDays(next, meeting, count)).toBeLessThan(clearDays);
      }),
    );
  });

  it('gives the earliest working day a published notice allows a decision on (property)', () => {
    fc.assert(
      fc.property(workingDayIn2025To2028, fc.integer({ min: 0, max: 60 }), (published, clearDays) => {
        const earliest = earliestDecisionDate(published, { clearDays, count: 'working' });
        expect(isWorkingDay(earliest)).toBe(true);
        expect(countClearDays(published, earliest, 'working')).toBeGreaterThanOrEqual(clearDays);
        expect(latestNoticeDate(earliest, { clearDays, count: 'working' }) >= published).toBe(true);
      }),
    );
  });
});
