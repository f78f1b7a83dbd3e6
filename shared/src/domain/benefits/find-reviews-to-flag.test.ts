import fc from 'fast-check';
import type { BenefitReview } from './benefit';
import { findReviewsToFlag, overdueFrom } from './find-reviews-to-flag';

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const owner = { id: 'priya.shah', name: 'Priya Shah' };
function review(id: string, dueOn: string, extra: Partial<BenefitReview> = {}): BenefitReview {
  return { id, organisationId: 'ashcombe', requestId: 'EH-2026-0001', requestTitle: 'Garden waste online', benefitId: id.split('.')[0]!, benefitDescription: 'Paper renewals ended', owner, label: '6-month review', dueOn, ...extra };
}

const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const recorded = { amount: 100, financialYear: '2026/27', recordedBy: owner, recordedAt: '2026-06-01T10:00:00.000Z' };

describe('which benefits reviews ICT is told are overdue', () => {
  it('is overdue from the 29th day after it fell due, across month ends and leap years', () => {
    expect(overdueFrom('2026-06-01')).toBe('2026-06-30');
    expect(overdueFrom('2027-01-31')).toBe('2027-03-01');
    expect(overdueFrom('2028-01-31')).toBe('2028-02-29');
    expect(overdueFrom('2026-12-10')).toBe('2027-01-08');
    const due = review('B1.m6', '2027-01-31');
    expect(findReviewsToFlag([due], '2027-02-28')).toEqual([]);
    expect(findReviewsToFlag([due], '2027-03-01')).toEqual([due]);
  });

  it('a review is flagged exactly when it has no figures, was not flagged before, and is more than 28 days past due (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), fc.boolean(), fc.boolean(), (dueOn, late, hasFigures, flaggedBefore) => {
        const today = addDays(dueOn, late);
        const candidate = review('B1.m6', dueOn, { ...(hasFigures ? { actual: recorded } : {}), ...(flaggedBefore ? { overdueFlaggedAt: `${dueOn}T08:00:00.000Z` } : {}) });
        const flagged = findReviewsToFlag([candidate], today).length === 1;
        expect(flagged).toBe(!hasFigures && !flaggedBefore && late > 28);
        expect(today >= overdueFrom(dueOn)).toBe(late > 28);
        expect(daysBetween(dueOn, overdueFrom(dueOn))).toBe(29);
      }),
    );
  });

  it('once flagged, a review is never flagged again on that day or any later one; unflagged, it stays owed until recorded (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.boolean()), { minLength: 1, maxLength: 12 }), day, fc.integer({ min: 0, max: 800 }), (plans, today, laterBy) => {
        const reviews = plans.map(([dueOn, hasFigures], index) => review(`B${index}.m6`, dueOn, hasFigures ? { actual: recorded } : {}));
        const first = findReviewsToFlag(reviews, today);
        const later = addDays(today, laterBy);
        // Not told: still owed on any later day.
        for (const owed of first) expect(findReviewsToFlag([owed], later)).toEqual([owed]);
        // Told (stored as flagged): never again, however many sweeps or restarts.
        const afterFlagging = reviews.map((candidate) => (first.includes(candidate) ? { ...candidate, overdueFlaggedAt: `${today}T09:00:00.000Z` } : candidate));
        expect(findReviewsToFlag(afterFlagging, today)).toEqual([]);
        const again = findReviewsToFlag(afterFlagging, later);
        expect(again.every((candidate) => !candidate.overdueFlaggedAt && candidate.dueOn > addDays(today, -29))).toBe(true);
      }),
    );
  });

  it('lists the earliest due first', () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (dues) => {
        const listed = findReviewsToFlag(dues.map((dueOn, index) => review(`B${index}.m6`, dueOn)), '2062-01-01');
        expect(listed).toHaveLength(dues.length);
        expect(listed.map((candidate) => candidate.dueOn)).toEqual([...dues].sort());
      }),
    );
  });
});
