import { DOMParser } from '@xmldom/xmldom';
import { buildPipelineTable } from '../reports/build-report-tables';
import { renderReportSkeletonXml } from '../reports/render-report-skeleton';
import { buildFrame, buildRequestFixture } from '../../../testing/reports/report-fixtures';
import { buildForwardPlanTable } from '../reports/build-forward-plan-table';
import { describeCoverRoute } from './describe-cover-route';

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
      keyDecision: 'Yes: EH-2026-0002, forward plan notice published 4 Nov 2026; EH-2026-0003, forward plan notice not yet published; needed by 30 Nov 2026',
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
    expect(rows).toContain('Key decision | Yes: EH-2026-0002, forward plan notice published 4 Nov 2026; EH-2026-0003, forward plan notice not yet published; needed by 30 Nov 2026');
    expect(rows).toContain('Decision maker | Cabinet. Key decisions: Cabinet (EH-2026-0002); Digital Group (EH-2026-0003)');
    expect(xml).toContain('Appendix C – Forward plan of key decisions');
  });
});
