import fc from 'fast-check';
import { constitutionSettingsSchema, defaultConstitutionSettings, type ConstitutionSettings } from './constitution-settings';
import { classifyKeyDecision, decideDecisionRoute, delegationLevelFor, findForwardPlanShortfall } from './decision-route';

const settings: ConstitutionSettings = {
  ...defaultConstitutionSettings('Corporate ICT Steering Group'),
  forums: [
    { name: 'Corporate ICT Steering Group', meetingDates: ['2026-12-10', '2027-01-14', '2027-02-11'] },
    { name: 'Cabinet', meetingDates: ['2026-12-16', '2027-01-20', '2027-02-17', '2027-03-17'] },
  ],
};
const withCost = (capitalCost: number, revenueCost = 0, extra = {}) => ({ capitalCost, revenueCost, wardsAffected: 0, ...extra });

describe('the scheme of delegation', () => {
  it('gives each limit to its own level, inclusive, and the next pound to the level above', () => {
    expect(delegationLevelFor(settings, 0).decisionMaker).toBe('Head of ICT');
    expect(delegationLevelFor(settings, 25_000).decisionMaker).toBe('Head of ICT');
    expect(delegationLevelFor(settings, 25_001).decisionMaker).toBe('Corporate ICT Steering Group');
    expect(delegationLevelFor(settings, 250_000).decisionMaker).toBe('Corporate ICT Steering Group');
    expect(delegationLevelFor(settings, 250_001).decisionMaker).toBe('Cabinet');
    expect(delegationLevelFor(settings, 1_000_000_000).decisionMaker).toBe('Cabinet');
  });

  it('counts five years of revenue in the whole-life cost by default', () => {
    expect(decideDecisionRoute(withCost(200_000, 10_000), settings, '2026-11-30').wholeLifeCost).toBe(250_000);
    expect(decideDecisionRoute(withCost(200_000, 10_001), settings, '2026-11-30').decisionMaker?.name).toBe('Cabinet');
  });

  it('routes to the lowest level whose limit covers the cost, never a higher one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (cost) => {
        const level = delegationLevelFor(settings, cost);
        expect(level.upTo === undefined || cost <= level.upTo).toBe(true);
        const index = settings.delegation.indexOf(level);
        if (index > 0) expect(cost).toBeGreaterThan(settings.delegation[index - 1]!.upTo!);
      }),
    );
  });

  it('makes the steering group recommend above its own authority', () => {
    const route = decideDecisionRoute(withCost(300_000), settings, '2026-11-30');
    expect(route).toMatchObject({ steeringGroupRole: 'recommends', decisionMaker: { name: 'Cabinet', kind: 'member_body' } });
    expect(route.summary).toBe('The Corporate ICT Steering Group will make a recommendation, and Cabinet will decide at its meeting on 20 January 2027. It is a key decision, so it must be on the forward plan first.');
  });

  it('does not guess while the cost is not known', () => {
    const route = decideDecisionRoute({ capitalCost: 100_000 }, settings, '2026-11-30');
    expect(route.wholeLifeCost).toBeUndefined();
    expect(route.decisionMaker).toBeUndefined();
    expect(route.steeringGroupRole).toBe('not_known');
    expect(route.keyDecision.status).toBe('not_known');
  });
});

describe('key decisions', () => {
  it('start at the money threshold and at the wards threshold', () => {
    expect(classifyKeyDecision(settings, 199_999, 1).status).toBe('not_key');
    expect(classifyKeyDecision(settings, 200_000, 1).status).toBe('key');
    expect(classifyKeyDecision(settings, 10_000, 2)).toEqual({ status: 'key', reasons: ['Significant effect on 2 wards (2 or more makes a key decision).'] });
  });

  it('are key when either test is met, whatever the other is (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), (cost, wards) => {
        const { status } = classifyKeyDecision(settings, cost, wards);
        const met = (cost !== undefined && cost >= 200_000) || (wards !== undefined && wards >= 2);
        expect(status === 'key').toBe(met);
        if (!met) expect(status).toBe(cost === undefined || wards === undefined ? 'not_known' : 'not_key');
      }),
    );
  });

  it('lists the meetings whose forward-plan deadline is still ahead and picks the first', () => {
    const route = decideDecisionRoute(withCost(220_000), settings, '2026-11-30');
    // 28 clear calendar days: neither the day of publication nor the day of the meeting counts.
    expect(route.meetings.map((meeting) => [meeting.date, meeting.noticeBy, meeting.noticeInTime])).toEqual([
      ['2026-12-10', '2026-11-11', false],
      ['2027-01-14', '2026-12-16', true],
      ['2027-02-11', '2027-01-13', true],
    ]);
    expect(route.targetMeeting?.date).toBe('2027-01-14');
    expect(route.forwardPlan).toMatchObject({ noticeClearDays: 28, count: 'calendar' });
  });

  it('counts working days, skipping bank holidays, only when the constitution says so', () => {
    const working: ConstitutionSettings = { ...settings, forwardPlan: { noticeClearDays: 28, count: 'working' } };
    const route = decideDecisionRoute(withCost(220_000), working, '2026-11-30');
    expect(route.meetings.map((meeting) => [meeting.date, meeting.noticeBy, meeting.noticeInTime])).toEqual([
      ['2026-12-10', '2026-10-30', false],
      ['2027-01-14', '2026-12-01', true],
      ['2027-02-11', '2026-12-31', true],
    ]);
  });

  it('warns on the agenda when the notice was published too late for the meeting', () => {
    const late = decideDecisionRoute(withCost(220_000, 0, { forwardPlanNoticeOn: '2026-12-17' }), settings, '2026-11-30');
    expect(findForwardPlanShortfall(late, '2027-01-14', settings)?.message).toBe(
      'Key decision: its forward plan notice (17 December 2026) is too late for 14 January 2027; it needed to be published by 16 December 2026.',
    );
    const inTime = decideDecisionRoute(withCost(220_000, 0, { forwardPlanNoticeOn: '2026-12-16' }), settings, '2026-11-30');
    expect(findForwardPlanShortfall(inTime, '2027-01-14', settings)).toBeUndefined();
    expect(findForwardPlanShortfall(decideDecisionRoute(withCost(50_000), settings, '2026-11-30'), '2026-12-10', settings)).toBeUndefined();
  });
});

describe('requests already decided', () => {
  const recommendation = { body: 'Cabinet', recommendationId: 'd1', recommendedAt: '2026-12-02T10:00:00.000Z' };

  it('say who decided and when, not who will', () => {
    const byGroup = decideDecisionRoute(withCost(300_000, 0, { stage: 'in_delivery', settledBy: { outcome: 'approve', on: '2026-08-09' } }), settings, '2026-11-30');
    expect(byGroup.summary).toBe('Approved by the Corporate ICT Steering Group on 9 August 2026.');
    expect(byGroup).toMatchObject({ decided: { outcome: 'approve', by: 'Corporate ICT Steering Group', on: '2026-08-09' }, meetings: [] });
    expect(byGroup.targetMeeting).toBeUndefined();
    expect(byGroup.forwardPlan).toBeUndefined();
    const byCabinet = decideDecisionRoute(
      withCost(300_000, 0, { stage: 'approved', settledBy: { outcome: 'approve', body: 'Cabinet', on: '2026-12-16', minuteReference: 'CAB/2026/41' } }),
      settings,
      '2026-12-17',
    );
    expect(byCabinet.summary).toBe('Approved by Cabinet at its meeting on 16 December 2026 (minute CAB/2026/41), on the Corporate ICT Steering Group\'s recommendation.');
    const rejected = decideDecisionRoute(withCost(30_000, 0, { stage: 'rejected', settledBy: { outcome: 'reject', on: '2026-10-14' } }), settings, '2026-11-30');
    expect(rejected.summary).toBe('Rejected by the Corporate ICT Steering Group on 14 October 2026.');
  });

  it('say so plainly when the deciding record is not in Entrance Hall, or the request was withdrawn', () => {
    expect(decideDecisionRoute(withCost(300_000, 0, { stage: 'closed' }), settings, '2026-11-30').summary).toBe('Approved; the decision is not on record in Entrance Hall.');
    expect(decideDecisionRoute(withCost(300_000, 0, { stage: 'withdrawn' }), settings, '2026-11-30').summary).toBe('Withdrawn: no decision is to be taken.');
  });

  it('say, while a body decides on a recommendation, when it was made and which body decides', () => {
    const route = decideDecisionRoute(withCost(300_000, 0, { stage: 'ready_for_decision', awaitingDecision: recommendation }), settings, '2026-12-03');
    expect(route.summary).toBe(
      'The Corporate ICT Steering Group recommended it for approval on 2 December 2026; Cabinet will decide at its meeting on 20 January 2027. It is a key decision, so it must be on the forward plan first.',
    );
  });

  it('never offer a meeting or a forward-plan date once settled, whatever the cost (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom('approved' as const, 'in_delivery' as const, 'closed' as const, 'rejected' as const, 'withdrawn' as const),
        fc.option(fc.constantFrom({ outcome: 'approve' as const, on: '2026-08-09' }, { outcome: 'reject' as const, on: '2026-08-09' }), { nil: undefined }),
        (cost, stage, settledBy) => {
          const route = decideDecisionRoute(withCost(cost, 0, { stage, ...(settledBy ? { settledBy } : {}) }), settings, '2026-11-30');
          expect(route.decided).toBeDefined();
          expect(route.meetings).toEqual([]);
          expect(route.targetMeeting).toBeUndefined();
          expect(route.forwardPlan).toBeUndefined();
          expect(route.summary).not.toMatch(/will (decide|make)/);
        },
      ),
    );
  });

  it('still work out the route for a request yet to be decided (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom('submitted' as const, 'triage' as const, 'ready_for_decision' as const, 'deferred' as const), (cost, stage) => {
        const route = decideDecisionRoute(withCost(cost, 0, { stage }), settings, '2026-11-30');
        expect(route.decided).toBeUndefined();
        expect(route.summary).toMatch(/will decide|can decide/);
      }),
    );
  });
});

describe('constitution settings', () => {
  it('accept the defaults', () => {
    expect(constitutionSettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('refuse limits that do not rise, a capped top level and an unknown forum, naming each field', () => {
    const result = constitutionSettingsSchema.safeParse({
      ...settings,
      delegation: [
        { decisionMaker: 'Head of ICT', kind: 'officer', upTo: 25_000 },
        { decisionMaker: 'Corporate ICT Steering Group', kind: 'steering_group', upTo: 20_000 },
        { decisionMaker: 'Policy Committee', kind: 'member_body', upTo: 1_000_000 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['delegation.1.upTo', "Corporate ICT Steering Group's limit must be higher than the level below it."],
      ['delegation.2.upTo', 'The top level (Policy Committee) has no limit: someone must be able to decide any request.'],
      ['delegation.2.decisionMaker', 'Policy Committee is not one of the forums: add it with its meeting dates.'],
    ]);
  });

  it('refuse a forward-plan notice of no days, saying the least it may be', () => {
    for (const noticeClearDays of [0, -3]) {
      const result = constitutionSettingsSchema.safeParse({ ...settings, forwardPlan: { noticeClearDays, count: 'calendar' } });
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['forwardPlan.noticeClearDays', 'Forward plan notice (clear days) must be at least 1.']]);
    }
    expect(constitutionSettingsSchema.safeParse({ ...settings, forwardPlan: { noticeClearDays: 1, count: 'calendar' } }).success).toBe(true);
  });

  it('count 28 clear calendar days by default, as the 2012 Regulations do', () => {
    expect(defaultConstitutionSettings('Digital Group').forwardPlan).toEqual({ noticeClearDays: 28, count: 'calendar' });
  });

  it('refuse negative money', () => {
    const result = constitutionSettingsSchema.safeParse({ ...settings, keyDecision: { moneyThreshold: -1, wardsThreshold: 2 } });
    expect(result.error?.issues[0]).toMatchObject({ path: ['keyDecision', 'moneyThreshold'], message: 'Key decision threshold cannot be negative.' });
  });

  it('say in words which part is missing, not the parser\'s', () => {
    const { keyDecision: _key, forwardPlan: _plan, ...rest } = settings;
    const result = constitutionSettingsSchema.safeParse(rest);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['keyDecision', 'Key decision tests are required (money threshold and wards).'],
      ['forwardPlan', 'The forward plan notice is required (clear days and how they are counted).'],
    ]);
  });
});
