import fc from 'fast-check';
import { buildProfilePatch, budgetTotals, describeShareTotal, profileDraftOf, PROFILE_KEYS, type ProfileDraft, type ProfileKey } from './build-profile-patch';

type ProfileRecord = Parameters<typeof buildProfilePatch>[0];

const yearArbitrary = fc.integer({ min: 2020, max: 2040 }).map((start) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`);
const recordArbitrary: fc.Arbitrary<ProfileRecord> = fc.record(
  {
    budgetProfile: fc.uniqueArray(fc.record({ year: yearArbitrary, capital: fc.nat(5_000_000), revenue: fc.nat(500_000) }), { selector: (row) => row.year, minLength: 1, maxLength: 5 }),
    partnerShares: fc.constantFrom([{ council: 'Northshire County', percent: 100 }], [{ council: 'Eastvale District', percent: 60 }, { council: 'Westmoor Borough', percent: 40 }]),
    wardsAffected: fc.nat(30),
    forwardPlanNoticeOn: fc.date({ min: new Date('2026-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  },
  { requiredKeys: [] },
);
const text = fc.string({ maxLength: 12 });
const draftArbitrary: fc.Arbitrary<ProfileDraft> = fc.record({
  budgetProfile: fc.array(fc.record({ year: fc.oneof(yearArbitrary, text), capital: fc.oneof(fc.nat().map(String), text), revenue: fc.oneof(fc.nat().map(String), text) }), { maxLength: 4 }),
  partnerShares: fc.array(fc.record({ council: text, percent: fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), text) }), { maxLength: 4 }),
  wardsAffected: fc.oneof(fc.nat(300).map(String), text),
  forwardPlanNoticeOn: fc.oneof(fc.constant(''), fc.constant('2027-02-30'), fc.constant('2026-12-01'), text),
});
const touchedArbitrary = fc.subarray([...PROFILE_KEYS]);

function editsOf(draft: ProfileDraft, keys: readonly ProfileKey[]): Partial<ProfileDraft> {
  return Object.fromEntries(keys.map((key) => [key, draft[key]])) as Partial<ProfileDraft>;
}

describe('buildProfilePatch', () => {
  it('never sends a field the person did not touch, whatever they typed elsewhere', () => {
    fc.assert(
      fc.property(recordArbitrary, draftArbitrary, touchedArbitrary, (record, draft, touched) => {
        const { patch, problems } = buildProfilePatch(record, editsOf(draft, touched));
        for (const key of Object.keys(patch)) expect(touched).toContain(key);
        for (const path of Object.keys(problems)) expect(touched).toContain(path.split('.')[0]);
      }),
    );
  });

  it('sends nothing, and finds nothing wrong, when every touched field reads as the record does', () => {
    fc.assert(
      fc.property(recordArbitrary, touchedArbitrary, (record, touched) => {
        expect(buildProfilePatch(record, editsOf(profileDraftOf(record), touched))).toEqual({ patch: {}, problems: {} });
      }),
    );
  });

  it('refuses shares that do not add up to 100% in the domain words, with the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), (percents) => {
        fc.pre(percents.reduce((sum, percent) => sum + percent, 0) !== 100);
        const total = percents.reduce((sum, percent) => sum + percent, 0);
        const partnerShares = percents.map((percent, index) => ({ council: `Council ${index + 1}`, percent: String(percent) }));
        const { problems } = buildProfilePatch({}, { partnerShares });
        expect(problems.partnerShares).toBe(`Partner shares must add up to 100%; these add up to ${total}%.`);
        expect(describeShareTotal(partnerShares)).toEqual({ total, problem: problems.partnerShares });
      }),
    );
  });

  it('reads figures as people type them, drops blank rows and clears an emptied list or box with null', () => {
    const record: ProfileRecord = { budgetProfile: [{ year: '2026/27', capital: 10, revenue: 1 }], wardsAffected: 3, forwardPlanNoticeOn: '2026-12-01' };
    const { patch, problems } = buildProfilePatch(record, {
      budgetProfile: [
        { year: '2027/28', capital: '£50,000', revenue: '3,000' },
        { year: ' ', capital: '', revenue: '' },
      ],
      partnerShares: [
        { council: 'Eastvale District', percent: '62.5%' },
        { council: 'Westmoor Borough', percent: '37.5' },
      ],
      wardsAffected: '',
      forwardPlanNoticeOn: '',
    });
    expect(problems).toEqual({});
    expect(patch).toEqual({
      budgetProfile: [{ year: '2027/28', capital: 50000, revenue: 3000 }],
      partnerShares: [
        { council: 'Eastvale District', percent: 62.5 },
        { council: 'Westmoor Borough', percent: 37.5 },
      ],
      wardsAffected: null,
      forwardPlanNoticeOn: null,
    });
    expect(buildProfilePatch(record, { budgetProfile: [] }).patch).toEqual({ budgetProfile: null });
  });

  it("names each bad cell by the API's field path, in the domain's words", () => {
    const { patch, problems } = buildProfilePatch(
      {},
      {
        budgetProfile: [
          { year: '2026/28', capital: '12.5k', revenue: '' },
          { year: '2027/28', capital: '1.5', revenue: '-1' },
          { year: '2027/28', capital: '0', revenue: '0' },
        ],
        wardsAffected: 'two',
        forwardPlanNoticeOn: '2027-02-30',
      },
    );
    expect(Object.keys(patch).sort()).toEqual(['budgetProfile', 'forwardPlanNoticeOn', 'wardsAffected']);
    expect(problems).toEqual({
      'budgetProfile.0.year': 'Year must be a financial year such as 2026/27.',
      'budgetProfile.0.capital': 'Capital must be an amount in pounds.',
      'budgetProfile.0.revenue': 'Revenue must be an amount in pounds.',
      'budgetProfile.1.capital': 'Capital must be in whole pounds.',
      'budgetProfile.1.revenue': 'Revenue cannot be negative.',
      wardsAffected: 'Wards significantly affected must be a number.',
      forwardPlanNoticeOn: 'Forward plan notice published is not a real date.',
    });
  });
});

describe('budgetTotals', () => {
  it('adds the rows that read as figures', () => {
    expect(
      budgetTotals([
        { year: '2026/27', capital: '50,000', revenue: '3000' },
        { year: '2027/28', capital: '', revenue: '2,500' },
      ]),
    ).toEqual({ capital: 50000, revenue: 5500, total: 55500 });
  });
});
