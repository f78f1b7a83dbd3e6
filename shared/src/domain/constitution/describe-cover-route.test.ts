import { DOMParser } from '@xmldom/xmldom';
import { buildPipelineTable } from '../reports/build-report-tables';
import { renderReportSkeletonXml } from '../reports/render-report-skeleton';
import { buildFrame, buildRequestFixture } from '../../../testing/reports/report-fixtures';
import { buildForwardPlanTable } from '../reports/build-forward-plan-table';
import fc from 'fast-check';
import { draftRecommendations } from '../reports/render-report-skeleton';
import { describeCoverRoute } from './describe-cover-route';
import type { MeetingAction, MeetingRoute } from './route-at-meeting';

const requests = [0, 1, 2].map((index) => buildRequestFixture(index, { stage: 'ready_for_decision' }));
const pipeline = buildPipelineTable(buildFrame({ stage: ['ready_for_decision'] }), requests);
const forwardPlan = buildForwardPlanTable(buildFrame(), [
  { requestId: 'EH-2026-0002', subject: 'Request 1', decisionMaker: 'Cabinet', decisionDate: '2026-12-16', noticeBy: '2026-11-04', noticePublishedOn: '2026-11-04', reasons: ['Whole-life cost of £235,000 is at or above the key decision threshold of £100,000.'] },
  { requestId: 'EH-2026-0003', subject: 'Request 2', decisionMaker: 'Digital Group', decisionDate: '2027-01-13', noticeBy: '2026-11-30', reasons: ['Significant effect on 3 wards (2 or more makes a key decision).'] },
  { requestId: 'EH-2026-0099', subject: 'Not in this report', decisionMaker: 'Cabinet', decisionDate: '2027-02-17', noticeBy: '2027-01-06', reasons: ['x'] },
]);

describe('the decision route on a committee report’s cover', () => {
  it('names the key decisions among the requests for decision, who takes them and their notice', () => {
    expect(describeCoverRoute(pipeline, forwardPlan)).toEqual({
      decisionMaker: 'Key decisions: Cabinet (EH-2026-0002); Digital Group (EH-2026-0003)',
      keyDecision: 'Yes: EH-2026-0002, forward plan notice published 4 November 2026; EH-2026-0003, forward plan notice not yet published; needed by 30 November 2026',
    });
  });

  it('says No when none of them is key, and claims nothing without the tables', () => {
    const none = buildForwardPlanTable(buildFrame(), []);
    expect(describeCoverRoute(pipeline, none)).toEqual({ keyDecision: 'No: none of the requests for decision is a key decision' });
    expect(describeCoverRoute(pipeline, undefined)).toEqual({});
  });

  it('fills the skeleton’s cover block and adds the forward plan as an appendix', () => {
    const xml = renderReportSkeletonXml({ organisationName: 'Ashcombe', meeting: { title: 'Cabinet', startsAt: '2026-12-16T18:00:00.000Z' }, tables: { pipeline, 'forward-plan': forwardPlan } });
    const document = new DOMParser().parseFromString(`<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${xml}</w:body>`, 'text/xml');
    const rows = Array.from(document.getElementsByTagName('w:tr')).map((row) => Array.from(row.getElementsByTagName('w:t')).map((t) => t.textContent).join(' | '));
    expect(rows).toContain('Key decision | Yes: EH-2026-0002, forward plan notice published 4 November 2026; EH-2026-0003, forward plan notice not yet published; needed by 30 November 2026');
    expect(rows).toContain('Decision maker | Cabinet. Key decisions: Cabinet (EH-2026-0002); Digital Group (EH-2026-0003)');
    expect(xml).toContain('Appendix C – Forward plan of key decisions');
  });

  describe('for a chosen meeting, routed at its date', () => {
    const routes: Record<string, MeetingRoute> = {
      'EH-2026-0001': { action: 'notice_too_late', decisionMaker: 'Digital Group', keyDecision: 'key', noticeBy: '2026-11-10' },
      'EH-2026-0002': { action: 'recommends', decisionMaker: 'Cabinet', keyDecision: 'key', noticePublishedOn: '2026-11-04', bodyMeetingDate: '2026-12-16', noticeBy: '2026-11-17' },
      'EH-2026-0003': { action: 'decides', decisionMaker: 'Digital Group', keyDecision: 'not_key' },
    };
    const meeting = { title: 'Digital Group – December 2026', startsAt: '2026-12-09T14:00:00.000Z', forum: 'Digital Group' };

    it('does not draft "approves" for a key decision the meeting may not take, and says by when notice was needed', () => {
      const [first, second, third] = draftRecommendations({ pipeline }, routes);
      expect(first).toMatch(/^notes that EH-2026-0001, .* is a key decision that cannot be taken at this meeting: forward plan notice was needed by 10 November 2026 and has not been published;$/);
      expect(second).toMatch(/^recommends to Cabinet that it approves EH-2026-0002, .*, or gives its reasons for not recommending it;$/);
      expect(third).toMatch(/^approves EH-2026-0003, /);
    });

    it('names the body, not the meeting, as decision maker, with each key decision’s notice for this meeting', () => {
      const xml = renderReportSkeletonXml({ organisationName: 'Ashcombe', meeting, routes, tables: { pipeline, 'forward-plan': forwardPlan } });
      const document = new DOMParser().parseFromString(`<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${xml}</w:body>`, 'text/xml');
      const rows = Array.from(document.getElementsByTagName('w:tr')).map((row) => Array.from(row.getElementsByTagName('w:t')).map((t) => t.textContent).join(' | '));
      expect(rows).toContain('Decision maker | Digital Group; Cabinet on its recommendation (EH-2026-0002)');
      expect(rows).toContain(
        'Key decision | Yes: EH-2026-0001 cannot be decided at this meeting: forward plan notice needed by 10 November 2026, not yet published; EH-2026-0002, to be decided by Cabinet on 16 December 2026: forward plan notice published 4 November 2026',
      );
      // The forward plan's own date for the next meeting (13 January) stays in its appendix, not on the cover.
      expect(rows.slice(0, 8).join('\n')).not.toContain('30 November 2026');
      expect(xml).not.toMatch(/approves EH-2026-0001/);
    });

    it('never drafts "approves" unless the meeting may take the decision (property)', () => {
      const actions: MeetingAction[] = ['decides', 'notice_due', 'notice_too_late', 'recommends', 'awaiting_body', 'officer', 'not_known', 'other_forum'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...actions), { minLength: 3, maxLength: 3 }), (chosen) => {
          const routed = Object.fromEntries(chosen.map((action, index) => [`EH-2026-000${index + 1}`, { action, decisionMaker: 'Cabinet', keyDecision: 'key', noticeBy: '2026-11-10' } as MeetingRoute]));
          draftRecommendations({ pipeline }, routed).forEach((text, index) => {
            expect(text.startsWith('approves ')).toBe(chosen[index] === 'decides' || chosen[index] === 'notice_due');
          });
        }),
      );
    });
  });
});
