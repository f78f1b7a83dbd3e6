import fc from 'fast-check';
import { benefitSchema, benefitsPatchSchema, mergeBenefitsPatch, recordActualSchema, type Benefit } from './benefit';

const owner = { id: 'priya.shah', name: 'Priya Shah' };
const saving: Benefit = { kind: 'cashable', description: 'Licences', owner, reviewDate: '2027-01-01', amountPerYear: 10_000, fromYear: '2026/27' };
const measure: Benefit = { kind: 'measure', description: 'Wait', owner, reviewDate: '2027-01-01', unit: 'minutes', baseline: 10, target: 5 };

const problems = (input: unknown) => {
  const result = benefitSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('benefits in the business case', () => {
  it('accepts a cashable saving and a measure', () => {
    expect(problems(saving)).toEqual([]);
    expect(problems(measure)).toEqual([]);
  });

  it('refuses negative money, a missing unit, a bad year and an unknown kind, saying which field', () => {
    expect(problems({ ...saving, amountPerYear: -1 })).toEqual(['amountPerYear: Saving per year cannot be negative.']);
    const { unit: _unit, ...noUnit } = measure as Extract<Benefit, { kind: 'measure' }>;
    expect(problems(noUnit)).toEqual(['unit: Unit is required.']);
    expect(problems({ ...measure, unit: '  ' })).toEqual(['unit: Unit is required.']);
    expect(problems({ ...saving, fromYear: '2026/28' })).toEqual(['fromYear: From year must be a financial year like 2026/27.']);
    expect(problems({ ...measure, target: 10 })).toEqual(['target: The target must differ from the baseline.']);
    expect(problems({ ...saving, kind: 'vibes' })[0]).toMatch(/cashable .* or measure/);
  });

  it('refuses an actual with negative money', () => {
    expect(recordActualSchema.safeParse({ amount: -5 }).success).toBe(false);
    expect(recordActualSchema.safeParse({ amount: 5, financialYear: '2026/27', comment: 'On plan' }).success).toBe(true);
  });

  it('a benefits patch replaces the benefits it names, removes those sent as null and keeps the rest (property)', () => {
    const ids = fc.constantFrom('B1', 'B2', 'B3', 'B4');
    fc.assert(
      fc.property(fc.dictionary(ids, fc.constantFrom(saving, measure)), fc.dictionary(ids, fc.constantFrom(saving, measure, null)), (current, patch) => {
        expect(benefitsPatchSchema.safeParse(patch).success).toBe(true);
        const next = mergeBenefitsPatch(current, patch) ?? {};
        for (const id of ['B1', 'B2', 'B3', 'B4']) {
          const expected = Object.hasOwn(patch, id) ? (patch[id] ?? undefined) : current[id];
          expect(next[id]).toEqual(expected);
        }
      }),
    );
    expect(mergeBenefitsPatch({ B1: saving }, null)).toBeNull();
    expect(mergeBenefitsPatch({ B1: saving }, { B1: null })).toBeNull();
  });
});
