import fc from 'fast-check';
import { budgetProfileSchema, partnerSharesSchema, totalShare } from './budget-profile';
import { updateRequestSchema } from './project-request';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) ?? [];

/** Whole-percent shares of 100 split among 1–6 councils (cut points on 1..99). */
const sharesOf100 = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 })
  .map((cuts) => [0, ...[...cuts].sort((a, b) => a - b), 100])
  .map((points) => points.slice(1).map((point, index) => ({ council: `Council ${index + 1}`, percent: point - points[index]! })));

describe('partner shares', () => {
  it('are accepted whenever they add up to 100%', () => {
    fc.assert(fc.property(sharesOf100, (shares) => expect(partnerSharesSchema.safeParse(shares).success).toBe(true)));
  });

  it('are refused, saying what they add up to, whenever they do not', () => {
    fc.assert(
      fc.property(sharesOf100, fc.integer({ min: -40, max: 40 }).filter((delta) => delta !== 0), (shares, delta) => {
        const last = shares[shares.length - 1]!;
        const changed = [...shares.slice(0, -1), { ...last, percent: last.percent + delta }];
        if (changed.some((share) => share.percent <= 0 || share.percent > 100)) return;
        const result = partnerSharesSchema.safeParse(changed);
        expect(result.success).toBe(false);
        expect(messages(result)).toContainEqual({ path: '', message: `Partner shares must add up to 100%; these add up to ${100 + delta}%.` });
      }),
    );
  });

  it('take two decimal places (33.33 + 66.67), refuse more, refuse 0% and a council named twice', () => {
    expect(partnerSharesSchema.safeParse([{ council: 'Fenwick', percent: 33.33 }, { council: 'Marsh Vale', percent: 66.67 }]).success).toBe(true);
    expect(totalShare([{ council: 'A', percent: 33.33 }, { council: 'B', percent: 33.33 }, { council: 'C', percent: 33.34 }])).toBe(100);
    expect(messages(partnerSharesSchema.safeParse([{ council: 'A', percent: 33.333 }, { council: 'B', percent: 66.667 }]))).toContainEqual({ path: '0.percent', message: 'Share can have at most two decimal places.' });
    expect(messages(partnerSharesSchema.safeParse([{ council: 'A', percent: 0 }, { council: 'B', percent: 100 }]))).toContainEqual({ path: '0.percent', message: 'Share must be more than 0%.' });
    expect(messages(partnerSharesSchema.safeParse([{ council: 'Fenwick', percent: 50 }, { council: 'fenwick', percent: 50 }]))).toContainEqual({
      path: '1.council',
      message: 'fenwick appears more than once; give each council one share.',
    });
  });
});

describe('a budget profile by financial year', () => {
  it('never takes negative money, pence, or a year twice; is kept in year order', () => {
    expect(messages(budgetProfileSchema.safeParse([{ year: '2026/27', capital: -1, revenue: 0 }]))).toContainEqual({ path: '0.capital', message: 'Capital cannot be negative.' });
    expect(messages(budgetProfileSchema.safeParse([{ year: '2026/27', capital: 0, revenue: 10.5 }]))).toContainEqual({ path: '0.revenue', message: 'Revenue must be in whole pounds.' });
    expect(messages(budgetProfileSchema.safeParse([{ year: '2026/28', capital: 0, revenue: 0 }]))).toContainEqual({ path: '0.year', message: 'Year must be a financial year such as 2026/27.' });
    expect(
      messages(
        budgetProfileSchema.safeParse([
          { year: '2026/27', capital: 1, revenue: 1 },
          { year: '2026/27', capital: 2, revenue: 2 },
        ]),
      ),
    ).toContainEqual({ path: '1.year', message: '2026/27 appears more than once; give each financial year once.' });
    const parsed = budgetProfileSchema.parse([
      { year: '2028/29', capital: 3, revenue: 0 },
      { year: '2026/27', capital: 1, revenue: 0 },
    ]);
    expect(parsed.map((entry) => entry.year)).toEqual(['2026/27', '2028/29']);
  });

  it('is part of a request merge patch: null clears it, and it is never part of intake', () => {
    expect(updateRequestSchema.safeParse({ budgetProfile: null, partnerShares: null }).success).toBe(true);
    expect(messages(updateRequestSchema.safeParse({ partnerShares: [{ council: 'A', percent: 90 }] }))).toContainEqual({ path: 'partnerShares', message: 'Partner shares must add up to 100%; these add up to 90%.' });
  });
});
