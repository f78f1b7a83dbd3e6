import { buildDecisionFixture, buildMeetingFixture } from '../../../testing/reports/report-fixtures';
import { decisionTaken, describeDecisionTaken } from './decision-taken';

const setting = { steeringGroup: 'Digital Group' };

describe('who took a decision, and when, in the words the request’s history uses', () => {
  it('a recommendation is the steering group’s to the body that decides, never the chair’s own', () => {
    const recommendation = buildDecisionFixture({ meetingId: undefined, recommendedTo: 'Cabinet', recordedAt: '2026-11-30T09:00:00.000Z' });
    expect(decisionTaken(recommendation, setting)).toMatchObject({ by: 'Digital Group', on: '2026-11-30', recommendation: true });
    expect(describeDecisionTaken(recommendation, setting)).toBe('Recommended to Cabinet for approval by Digital Group on 30 November 2026');
  });

  it('a member body’s decision is the body’s, on its meeting date, with its minute reference', () => {
    const cabinet = buildDecisionFixture({ meetingId: undefined, madeBy: { body: 'Cabinet', meetingDate: '2026-12-16', minuteReference: 'CAB/45' }, recordedAt: '2026-12-17T09:00:00.000Z' });
    expect(describeDecisionTaken(cabinet, setting)).toBe('Approved by Cabinet on 16 December 2026 (minute CAB/45)');
  });

  it('a decision at a meeting is dated by the meeting; one outside a meeting is the officer’s, the day it was recorded', () => {
    const meeting = buildMeetingFixture({ title: 'Digital Group – October 2026', forum: 'Digital Group', startsAt: '2026-10-14T14:00:00.000Z' });
    expect(describeDecisionTaken(buildDecisionFixture({ recordedAt: '2026-10-20T09:00:00.000Z' }), { ...setting, meeting })).toBe('Approved by Digital Group at Digital Group – October 2026 on 14 October 2026');
    expect(describeDecisionTaken(buildDecisionFixture({ meetingId: undefined, outcome: 'defer', recordedAt: '2026-10-20T09:00:00.000Z' }), setting)).toBe('Deferred by Helen Morris on 20 October 2026');
  });
});
