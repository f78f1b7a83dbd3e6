import fc from 'fast-check';
import { addDays } from '../constitution/calendar-days';
import { checkBodyMeetingDate } from './record-body-decision';

const day = fc.integer({ min: 0, max: 4 * 365 }).map((offset) => addDays('2025-01-01', offset));

describe('the date of a member body’s decision on a recommendation', () => {
  it('is refused before the recommendation and after today, in words naming the body and the day', () => {
    expect(checkBodyMeetingDate('2019-01-01', '2026-12-02', '2026-12-20', 'Cabinet')).toBe(
      'Cabinet cannot have decided before the recommendation was made on 2 December 2026: give the date of the meeting that took the decision.',
    );
    expect(checkBodyMeetingDate('2026-12-21', '2026-12-02', '2026-12-20', 'Cabinet')).toBe('That meeting has not happened yet: record the decision after it is taken.');
    expect(checkBodyMeetingDate('2026-12-02', '2026-12-02', '2026-12-20', 'Cabinet')).toBeUndefined();
    expect(checkBodyMeetingDate('2026-12-20', '2026-12-02', '2026-12-20', 'Cabinet')).toBeUndefined();
  });

  it('is accepted exactly when it falls between the recommendation and today, listed meeting or extraordinary (property)', () => {
    fc.assert(
      fc.property(day, day, day, (meeting, recommended, today) => {
        const accepted = checkBodyMeetingDate(meeting, recommended, today, 'Cabinet') === undefined;
        expect(accepted).toBe(recommended <= meeting && meeting <= today);
      }),
    );
  });
});
