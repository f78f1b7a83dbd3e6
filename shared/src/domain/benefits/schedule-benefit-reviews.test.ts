import fc from 'fast-check';
import { addMonths, scheduleBenefitReviews } from './schedule-benefit-reviews';
import type { BusinessCaseBenefits } from './benefit';

const owner = { id: 'priya.shah', name: 'Priya Shah' };

describe('post-implementation reviews', () => {
  it('adds calendar months and stays inside the month', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 12)).toBe('2027-10-31');
  });

  it('months added land in the right month, never past the day asked for (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 36 }), (date, months) => {
        const from = date.toISOString().slice(0, 10);
        const result = addMonths(from, months);
        const monthsApart = (Number(result.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(result.slice(5, 7)) - Number(from.slice(5, 7));
        expect(monthsApart).toBe(months);
        expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(from.slice(8)));
      }),
    );
  });

  it('schedules 6- and 12-month reviews for each benefit, and a final one on a later review date', () => {
    const benefits: BusinessCaseBenefits = {
      B1: { kind: 'cashable', description: 'Licences', owner, reviewDate: '2027-01-01', amountPerYear: 10_000, fromYear: '2026/27' },
      B2: { kind: 'measure', description: 'Wait', owner, reviewDate: '2028-03-31', unit: 'minutes', baseline: 10, target: 5 },
    };
    const reviews = scheduleBenefitReviews({ id: 'EH-2026-0001', organisationId: 'ashcombe', title: 'Phones', benefits }, '2026-04-30');
    expect(reviews.map((review) => [review.id, review.label, review.dueOn])).toEqual([
      ['B1.m6', '6-month review', '2026-10-30'],
      ['B2.m6', '6-month review', '2026-10-30'],
      ['B1.m12', '12-month review', '2027-04-30'],
      ['B2.m12', '12-month review', '2027-04-30'],
      ['B2.final', 'Final review', '2028-03-31'],
    ]);
    expect(reviews.every((review) => review.owner.id === 'priya.shah' && review.actual === undefined)).toBe(true);
  });

  it('schedules nothing for a request without benefits', () => {
    expect(scheduleBenefitReviews({ id: 'EH-2026-0001', organisationId: 'ashcombe', title: 'Phones' }, '2026-04-30')).toEqual([]);
  });
});
