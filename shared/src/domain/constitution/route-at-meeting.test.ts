import fc from 'fast-check';
import { addDays } from './calendar-days';
import { defaultConstitutionSettings, type ConstitutionSettings } from './constitution-settings';
import { decideDecisionRoute } from './decision-route';
import { latestNoticeDate } from './forward-plan-dates';
import { routeAtMeeting } from './route-at-meeting';

const settings: ConstitutionSettings = {
  ...defaultConstitutionSettings('Digital Group'),
  delegation: [
    { decisionMaker: 'Head of ICT and Digital', kind: 'officer', upTo: 25_000 },
    { decisionMaker: 'Digital Group', kind: 'steering_group', upTo: 200_000 },
    { decisionMaker: 'Cabinet', kind: 'member_body' },
  ],
  keyDecision: { moneyThreshold: 100_000, wardsThreshold: 2 },
  forums: [
    { name: 'Digital Group', meetingDates: ['2026-12-09', '2027-01-13'] },
    { name: 'Cabinet', meetingDates: ['2026-12-16', '2027-01-20'] },
  ],
};
const december = { date: '2026-12-09', forum: 'Digital Group' };
const route = (capitalCost: number, extra = {}) => decideDecisionRoute({ capitalCost, revenueCost: 0, wardsAffected: 0, stage: 'ready_for_decision', ...extra }, settings, '2026-11-30');

describe('a request’s route at one meeting', () => {
  it('does not let the 9 December meeting take a key decision whose notice was needed by 10 November', () => {
    // 28 clear calendar days before Wednesday 9 December 2026 run from 11 November: publish by the 10th.
    expect(routeAtMeeting(route(150_000), december, settings, '2026-11-30')).toEqual({ action: 'notice_too_late', decisionMaker: 'Digital Group', keyDecision: 'key', noticeBy: '2026-11-10' });
    expect(routeAtMeeting(route(150_000, { forwardPlanNoticeOn: '2026-11-10' }), december, settings, '2026-11-30')).toMatchObject({ action: 'decides', noticePublishedOn: '2026-11-10' });
    // The same request at the January meeting: notice can still be given, by 15 December.
    expect(routeAtMeeting(route(150_000), { date: '2027-01-13', forum: 'Digital Group' }, settings, '2026-11-30')).toMatchObject({ action: 'notice_due', noticeBy: '2026-12-15' });
    expect(routeAtMeeting(route(150_000, { forwardPlanNoticeOn: '2026-12-01' }), { date: '2027-01-13', forum: 'Digital Group' }, settings, '2026-11-30').action).toBe('decides');
  });

  it('recommends above the forum’s authority, leaves an officer’s decision to the officer, and waits for a body already recommended to', () => {
    expect(routeAtMeeting(route(300_000, { forwardPlanNoticeOn: '2026-11-04' }), december, settings, '2026-11-30')).toEqual({
      action: 'recommends',
      decisionMaker: 'Cabinet',
      keyDecision: 'key',
      noticePublishedOn: '2026-11-04',
      bodyMeetingDate: '2026-12-16',
      noticeBy: '2026-11-17',
    });
    expect(routeAtMeeting(route(20_000), december, settings, '2026-11-30')).toMatchObject({ action: 'officer', decisionMaker: 'Head of ICT and Digital' });
    expect(routeAtMeeting(route(300_000, { awaitingDecision: { body: 'Cabinet', recommendationId: 'd', recommendedAt: '2026-11-20T10:00:00Z' } }), december, settings, '2026-11-30')).toMatchObject({ action: 'awaiting_body', decisionMaker: 'Cabinet' });
    expect(routeAtMeeting(decideDecisionRoute({ capitalCost: 150_000 }, settings, '2026-11-30'), december, settings, '2026-11-30').action).toBe('not_known');
  });

  it('lets a meeting decide a key decision only when its notice was published in time for that meeting’s date (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((offset) => addDays('2026-06-01', offset));
    fc.assert(
      fc.property(fc.integer({ min: 25_001, max: 200_000 }), fc.option(day, { nil: undefined }), day, (cost, published, meetingDate) => {
        const at = routeAtMeeting(route(cost, published ? { forwardPlanNoticeOn: published } : {}), { date: meetingDate, forum: 'Digital Group' }, settings, '2026-11-30');
        const key = cost >= 100_000;
        const noticeBy = latestNoticeDate(meetingDate, { clearDays: 28, count: 'calendar' });
        const inTime = published !== undefined && published <= noticeBy;
        const canStillBeGiven = published === undefined && noticeBy >= '2026-11-30';
        expect(at.action).toBe(!key || inTime ? 'decides' : canStillBeGiven ? 'notice_due' : 'notice_too_late');
      }),
    );
  });
});
