import fc from 'fast-check';
import { formatFinancialYear } from '../actions/financial-year';
import type { BenefitReview, CashableBenefit, MeasureBenefit } from './benefit';
import { assessBenefit, reviewState, summariseSavingsByYear, type YearOfSavings } from './assess-benefit';

const owner = { id: 'priya.shah', name: 'Priya Shah' };
const saving = (overrides: Partial<CashableBenefit> = {}): CashableBenefit => ({
  kind: 'cashable', description: 'Fewer print contracts', owner, reviewDate: '2027-09-30', amountPerYear: 40_000, fromYear: '2025/26', ...overrides,
});
const measure = (overrides: Partial<MeasureBenefit> = {}): MeasureBenefit => ({
  kind: 'measure', description: 'Average call wait', owner, reviewDate: '2027-09-30', unit: 'minutes', baseline: 12, target: 4, ...overrides,
});
let sequence = 0;
const review = (actual: Partial<NonNullable<BenefitReview['actual']>> | undefined, dueOn = '2026-03-01'): BenefitReview => ({
  id: `B${(sequence += 1)}.m6`, organisationId: 'ashcombe', requestId: 'EH-2025-0001', requestTitle: 'Print', benefitId: 'B1', benefitDescription: 'x', owner,
  label: '6-month review', dueOn,
  ...(actual ? { actual: { recordedBy: owner, recordedAt: `2026-0${(sequence % 9) + 1}-01T00:00:00Z`, ...actual } } : {}),
});

describe('planned against realised', () => {
  it('a saving with nothing recorded is not yet known, never £0 realised', () => {
    const result = assessBenefit(saving(), [review(undefined)], '2026/27');
    expect(result.rag).toBe('not_known');
    expect(result.summary).toMatch(/^Not yet known/);
    expect(result.realisedToDate).toBeUndefined();
    expect(result.years!.map((year) => [year.financialYear, year.planned, year.realised])).toEqual([
      ['2025/26', 40_000, undefined],
      ['2026/27', 40_000, undefined],
    ]);
  });

  it('compares a saving only over the years with a figure: on plan, below plan, well below plan', () => {
    expect(assessBenefit(saving(), [review({ amount: 40_000, financialYear: '2025/26' })], '2027/28')).toMatchObject({ rag: 'green', plannedToDate: 40_000, realisedToDate: 40_000 });
    expect(assessBenefit(saving(), [review({ amount: 30_000, financialYear: '2025/26' })], '2027/28').rag).toBe('amber');
    expect(assessBenefit(saving(), [review({ amount: 29_999, financialYear: '2025/26' })], '2027/28').summary).toBe('Red: Well below plan.');
  });

  it('a recorded £0 is a known shortfall, not unknown', () => {
    const result = assessBenefit(saving(), [review({ amount: 0, financialYear: '2025/26' })], '2025/26');
    expect(result).toMatchObject({ rag: 'red', realisedToDate: 0 });
    expect(result.years![0]).toMatchObject({ realised: 0, known: 1 });
  });

  it('the latest figure recorded for a year replaces an earlier one', () => {
    const first = review({ amount: 10_000, financialYear: '2025/26', recordedAt: '2026-01-01T00:00:00Z' });
    const later = review({ amount: 45_000, financialYear: '2025/26', recordedAt: '2026-06-01T00:00:00Z' });
    expect(assessBenefit(saving(), [later, first], '2025/26').realisedToDate).toBe(45_000);
  });

  it('a measure is judged by its latest value, whichever way the target lies', () => {
    expect(assessBenefit(measure(), [], '2026/27')).toEqual({ rag: 'not_known', summary: 'Not yet known: nothing measured yet.' });
    expect(assessBenefit(measure(), [review({ value: 4 })], '2026/27')).toMatchObject({ rag: 'green', progress: 1 });
    expect(assessBenefit(measure(), [review({ value: 8 })], '2026/27')).toMatchObject({ rag: 'amber', progress: 0.5 });
    expect(assessBenefit(measure(), [review({ value: 13 })], '2026/27').summary).toBe('Red: Short of target.');
    expect(assessBenefit(measure({ baseline: 60, target: 90, unit: '%' }), [review({ value: 95 })], '2026/27').rag).toBe('green');
  });

  it('a measure: moving the value towards the target never makes the RAG worse (property)', () => {
    const order = { red: 0, amber: 1, green: 2, not_known: -1 };
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 100 }), (baseline, target, value, step) => {
        fc.pre(baseline !== target);
        const benefit = measure({ baseline, target });
        const closer = value + Math.sign(target - baseline) * step;
        const before = assessBenefit(benefit, [review({ value })], '2026/27').rag;
        const after = assessBenefit(benefit, [review({ value: closer })], '2026/27').rag;
        expect(order[after]).toBeGreaterThanOrEqual(order[before]);
      }),
    );
  });

  it('the portfolio sums plans and recorded figures by year; a year with nothing recorded stays unknown (property)', () => {
    const yearArb = fc.integer({ min: 2024, max: 2028 }).map(formatFinancialYear);
    const entry = fc.record({
      amountPerYear: fc.integer({ min: 0, max: 1_000_000 }),
      fromYear: yearArb,
      recorded: fc.array(fc.record({ year: yearArb, amount: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const assessed = entries.map((item) =>
          assessBenefit(
            saving({ amountPerYear: item.amountPerYear, fromYear: item.fromYear }),
            item.recorded.map((figure, index) => review({ amount: figure.amount, financialYear: figure.year, recordedAt: `2026-01-0${index + 1}T00:00:00Z` })),
            '2028/29',
          ),
        );
        const totals = summariseSavingsByYear(assessed);
        for (const total of totals) {
          const plans = entries.filter((item) => item.fromYear <= total.financialYear).reduce((sum, item) => sum + item.amountPerYear, 0);
          expect(total.planned).toBe(plans);
          const latest = entries.flatMap((item) => {
            const forYear = item.recorded.filter((figure) => figure.year === total.financialYear);
            return forYear.length > 0 ? [forYear[forYear.length - 1]!.amount] : [];
          });
          expect(total.known).toBe(latest.length);
          if (latest.length === 0) expect(total.realised).toBeUndefined();
          else expect(total.realised).toBe(latest.reduce((sum, amount) => sum + amount, 0));
        }
      }),
    );
  });

  it('the portfolio keeps years sorted and each year once', () => {
    const years: YearOfSavings[][] = [
      [{ financialYear: '2026/27', planned: 5, known: 0, expected: 1 }],
      [{ financialYear: '2025/26', planned: 7, realised: 3, known: 1, expected: 1 }, { financialYear: '2026/27', planned: 7, known: 0, expected: 1 }],
    ];
    expect(summariseSavingsByYear(years.map((list) => ({ years: list })))).toEqual([
      { financialYear: '2025/26', planned: 7, realised: 3, known: 1, expected: 1 },
      { financialYear: '2026/27', planned: 12, known: 0, expected: 2 },
    ]);
  });
});

describe('review state', () => {
  it('is due on its date, overdue after 28 days, recorded once figures are in', () => {
    expect(reviewState({ dueOn: '2026-06-01' }, '2026-05-31')).toBe('not_due');
    expect(reviewState({ dueOn: '2026-06-01' }, '2026-06-01')).toBe('due');
    expect(reviewState({ dueOn: '2026-06-01' }, '2026-06-29')).toBe('due');
    expect(reviewState({ dueOn: '2026-06-01' }, '2026-06-30')).toBe('overdue');
    expect(reviewState({ dueOn: '2026-06-01', actual: { value: 1, recordedBy: owner, recordedAt: '2026-07-01T00:00:00Z' } }, '2027-01-01')).toBe('recorded');
  });
});
