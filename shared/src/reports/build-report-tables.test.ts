import { buildActionPlanTable, buildAuditActionsTable, buildDecisionsTable, buildPipelineTable, buildPortfolioTable, buildRiskTable } from './build-report-tables';
import { buildActionFixture, buildDecisionFixture, buildFrame, buildMeetingFixture, buildRequestFixture, buildRiskFixture, buildStrategyFixture } from './testing/report-fixtures';
import type { ProjectRequest } from '../requests/project-request';

const strategy = buildStrategyFixture();
const column = (table: { columns: { label: string }[]; rows: { text: string }[][] }, label: string) => {
  const index = table.columns.findIndex((candidate) => candidate.label === label);
  expect(index).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index]!.text);
};

describe('captions say every choice that narrowed the table, with honest counts', () => {
  it('pipeline: stages, theme and top N of how many, by score', () => {
    const requests = Array.from({ length: 14 }, (_, index) => buildRequestFixture(index, { stage: 'submitted' }));
    const table = buildPipelineTable(buildFrame({ stage: ['submitted'], theme: 'workforce', top: 10 }), requests, 'Workforce');
    expect(table.title).toBe('Pipeline: submitted only, theme Workforce, top 10 of 14 by score');
    expect(table.rows).toHaveLength(10);
    expect(table.caption).toBe('Pipeline: submitted only, theme Workforce, top 10 of 14 by score – data as at 22 November 2026, 10:15');
  });

  it('risks: "all 7" when the limit shows everything, never "top 10" over fewer rows', () => {
    const risks = Array.from({ length: 7 }, (_, index) => buildRiskFixture(index));
    expect(buildRiskTable(buildFrame({ top: 10 }), risks).title).toBe('Risk register: all 7 open risks by score');
    expect(buildRiskTable(buildFrame({ top: 5 }), risks).title).toBe('Risk register: top 5 of 7 open risks by score');
  });

  it('action plan: theme and statuses ("key outcomes achieved" is complete only)', () => {
    const actions = Array.from({ length: 5 }, (_, index) => buildActionFixture(index));
    const table = buildActionPlanTable(buildFrame({ year: '2026/27', theme: 't1', status: ['complete'] }), strategy, actions);
    expect(table.title).toBe('ICT action plan 2026/27: theme Modern workforce, complete only, 1 action');
    expect(table.rows.map((row) => row[0]!.text)).toEqual(['A1.4']);
  });
});

describe('progress tables a committee can read', () => {
  it('action plan: owner, due with the revised date, status in words and the progress commentary', () => {
    const table = buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, [
      buildActionFixture(1, { status: 'at_risk', revisedDueDate: '2027-06-30', progressNote: 'Supplier delayed delivery to June.' }),
      buildActionFixture(2, { progressNote: '' }),
    ]);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Ref', 'Action', 'Owner', 'Due', 'Status (RAG)', 'Progress']);
    expect(column(table, 'Due')).toEqual(['31 March 2027\nRevised: 30 June 2027', '31 March 2027']);
    expect(column(table, 'Progress')).toEqual(['Supplier delayed delivery to June.', 'No update given']);
    expect(column(table, 'Status (RAG)')[0]).toBe('Amber – at risk');
    expect(table.description).toContain('status (red, amber or green)');
  });

  it('audit actions: the audit and its assurance, priority and progress', () => {
    const table = buildAuditActionsTable(buildFrame({ year: '2026/27' }), [
      buildActionFixture(0, { reference: 'IA1', title: 'Review leavers', priority: 'high', source: { kind: 'internal_audit', auditTitle: 'Payroll', assurance: 'partial' } }),
    ]);
    expect(column(table, 'Action and audit')).toEqual(['Review leavers\nPayroll (Partial assurance)']);
    expect(column(table, 'Priority')).toEqual(['High']);
    expect(table.title).toBe('Agreed audit actions 2026/27: all 1 action');
  });

  it('risks: reference, owner, current and target score', () => {
    const table = buildRiskTable(buildFrame({}), [buildRiskFixture(1, { reference: 'ICT-R03', likelihood: 4, impact: 4, target: { likelihood: 2, impact: 3 } }), buildRiskFixture(2)]);
    expect(column(table, 'Ref')).toEqual(['ICT-R03', 'None']);
    expect(column(table, 'Current score')).toEqual(['High (16)', 'Medium (12)']);
    expect(column(table, 'Target score')).toEqual(['Medium (6)', 'Not set']);
  });

  it('decisions log by meeting: the meeting and its date, and who decided', () => {
    const meeting = buildMeetingFixture({ id: 'm1', title: 'ICT Steering Group', forum: 'ICT Steering Group', startsAt: '2026-10-14T14:00:00.000Z' });
    const table = buildDecisionsTable(buildFrame({ meeting: 'm1' }), [buildDecisionFixture({ meetingId: 'm1', recordedAt: '2026-10-16T09:00:00.000Z' }), buildDecisionFixture({ id: 'd2', meetingId: undefined, requestId: 'EH-2026-0002' })], [meeting]);
    expect(table.title).toBe('Decisions log: ICT Steering Group, 14 October 2026, 2 decisions');
    expect(column(table, 'Meeting')).toEqual(['ICT Steering Group\n14 October 2026', 'Outside a meeting\n14 October 2026']);
    expect(column(table, 'Decided by')).toEqual(['ICT Steering Group', 'Helen Morris']);
  });
});

describe('portfolio totals a finance officer would sign', () => {
  const requests = [
    buildRequestFixture(0, { stage: 'submitted', capitalCost: 10_000, revenueCost: 1_000, ictEffortDays: 10 }),
    buildRequestFixture(1, { stage: 'approved', capitalCost: 50_000, revenueCost: 5_000, ictEffortDays: 40 }),
    buildRequestFixture(2, { stage: 'rejected', capitalCost: 222_000, revenueCost: 9_000, ictEffortDays: 99 }),
    buildRequestFixture(3, { stage: 'withdrawn', capitalCost: 1_000_000, revenueCost: 0, ictEffortDays: 1 }),
    // Not estimated yet: absent, not 0.
    { ...buildRequestFixture(4, { stage: 'submitted' }), capitalCost: undefined, revenueCost: undefined, ictEffortDays: undefined } as unknown as ProjectRequest,
  ];

  it('keeps capital and revenue apart, leaves closed, rejected and withdrawn out of the total, and says what was not estimated', () => {
    const table = buildPortfolioTable(buildFrame({}), requests);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Stage', 'Requests', 'Capital', 'Revenue a year', 'ICT days']);
    expect(table.columns.slice(1).every((candidate) => candidate.numeric)).toBe(true);
    const rows = Object.fromEntries(table.rows.map((row) => [row[0]!.text, row.slice(1).map((cell) => cell.text)]));
    expect(rows.Submitted).toEqual(['2', '£10,000 (1 not estimated)', '£1,000 (1 not estimated)', '10 (1 not estimated)']);
    expect(rows.Rejected).toEqual(['1', '£222,000', '£9,000', '99']);
    expect(rows['Total (excluding closed, rejected and withdrawn)']).toEqual(['3', '£60,000 (1 not estimated)', '£6,000 (1 not estimated)', '50 (1 not estimated)']);
  });

  it('pipeline: an absent estimate reads "Not known", never £0', () => {
    const table = buildPipelineTable(buildFrame({ stage: ['submitted'] }), [requests[4]!]);
    expect(column(table, 'Capital')).toEqual(['Not known']);
    expect(column(table, 'ICT days')).toEqual(['Not known']);
    expect(column(table, 'Needed by')).toEqual(['31 January 2027']);
  });
});
