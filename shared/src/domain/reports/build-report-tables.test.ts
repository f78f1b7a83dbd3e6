import {
  ASSURANCE_DEFINITIONS,
  buildActionPlanTable,
  buildAuditActionsTable,
  buildAuditSummaryTable,
  buildCommitteeTimetableTable,
  buildDecisionsTable,
  buildPipelineTable,
  buildPortfolioTable,
  buildRagSummaryTable,
  buildRiskTable,
} from './build-report-tables';
import { buildActionFixture, buildDecisionFixture, buildFrame, buildMeetingFixture, buildRequestFixture, buildRiskFixture, buildStrategyFixture } from '../../../testing/reports/report-fixtures';
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
      buildActionFixture(1, { status: 'at_risk', revisedDueDate: '2027-06-30', progressNote: 'Supplier delayed delivery to June.', priority: 'high' }),
      buildActionFixture(2, { progressNote: '', priority: undefined }),
    ]);
    expect(column(table, 'Priority')).toEqual(['High', 'Not set']);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Ref', 'Action', 'Priority', 'Owner', 'Due', 'Status (RAG)', 'Progress']);
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

  it('decisions log: a recommendation is the steering group’s to the body; the body’s decision is the body’s, with its meeting date and minute', () => {
    const recommendation = buildDecisionFixture({ id: 'd1', meetingId: undefined, recommendedTo: 'Cabinet', toStage: 'ready_for_decision', recordedAt: '2026-11-30T09:00:00.000Z' });
    const cabinet = buildDecisionFixture({ id: 'd2', meetingId: undefined, madeBy: { body: 'Cabinet', meetingDate: '2026-12-16', minuteReference: 'CAB/45' }, recordedAt: '2026-12-17T09:00:00.000Z' });
    const table = buildDecisionsTable(buildFrame({}), [recommendation, cabinet], [], 'Digital Group');
    expect(column(table, 'Meeting')).toEqual(['Outside a meeting\n30 November 2026', 'Cabinet\n16 December 2026\nMinute CAB/45']);
    expect(column(table, 'Decision')).toEqual(['Recommended to Cabinet for approval', 'Approved']);
    expect(column(table, 'Decided by')).toEqual(['Digital Group', 'Cabinet']);
  });

  it('decisions log: a period is matched against the date the row shows (the meeting’s), not when the decision was typed in', () => {
    const october = buildMeetingFixture({ id: 'm1', title: 'Digital Group – October 2026', startsAt: '2026-10-14T14:00:00.000Z' });
    const decisions = [
      buildDecisionFixture({ id: 'd1', meetingId: 'm1', recordedAt: '2025-03-01T09:00:00.000Z' }),
      buildDecisionFixture({ id: 'd2', meetingId: undefined, madeBy: { body: 'Cabinet', meetingDate: '2026-10-21', minuteReference: 'CAB/9' }, recordedAt: '2026-11-02T09:00:00.000Z' }),
      buildDecisionFixture({ id: 'd3', meetingId: undefined, recordedAt: '2026-09-30T23:30:00.000Z' }),
    ];
    const inOctober = buildDecisionsTable(buildFrame({ from: '2026-10-01', to: '2026-10-31' }), decisions, [october]);
    expect(column(inOctober, 'Meeting')).toEqual(['Digital Group – October 2026\n14 October 2026', 'Cabinet\n21 October 2026\nMinute CAB/9']);
    expect(inOctober.title).toBe('Decisions log: from 1 October 2026 to 31 October 2026, 2 decisions');
    expect(buildDecisionsTable(buildFrame({ from: '2025-01-01', to: '2025-12-31' }), decisions, [october]).rows).toEqual([]);
  });

  it('decisions log: a rescinded or amended decision says so, in the words the minutes use', () => {
    const table = buildDecisionsTable(buildFrame({}), [
      buildDecisionFixture({ id: 'd3', outcome: 'approve', corrects: { kind: 'rescinded', decisionId: 'd1', previousOutcome: 'approve' } }),
      buildDecisionFixture({ id: 'd4', outcome: 'defer', corrects: { kind: 'amended', decisionId: 'd2', previousOutcome: 'reject' } }),
    ], []);
    expect(column(table, 'Decision')).toEqual(['Rescinded (was Approved)', 'Amended to Deferred (was Rejected)']);
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

describe('summaries a committee reads at a glance', () => {
  it('RAG summary: one row per theme with each status counted under a heading in words, and a total row', () => {
    // Fixture actions alternate themes t1/t2 and cycle on track, at risk, off track, complete, not started.
    const actions = Array.from({ length: 7 }, (_, index) => buildActionFixture(index));
    const table = buildRagSummaryTable(buildFrame({ year: '2026/27' }), strategy, actions);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Theme', 'Green – on track', 'Amber – at risk', 'Red – off track', 'Blue – complete', 'Grey – not started', 'Total']);
    expect(table.columns.slice(1).every((candidate) => candidate.numeric)).toBe(true);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Modern workforce', '1', '1', '1', '0', '1', '4'],
      [strategy.themes[1]!.title, '1', '1', '0', '1', '0', '3'],
      ['Total', '2', '2', '1', '1', '1', '7'],
    ]);
    expect(table.rows[2]!.every((cell) => cell.bold)).toBe(true);
    expect(table.title).toBe('RAG summary by theme, ICT action plan 2026/27: 7 actions in 2 themes');
  });

  it('RAG summary: leaves out themes with no actions and says so in one row when the plan is empty', () => {
    const onlyFirst = buildRagSummaryTable(buildFrame({ year: '2026/27' }), strategy, [buildActionFixture(0)]);
    expect(onlyFirst.rows.map((row) => row[0]!.text)).toEqual(['Modern workforce', 'Total']);
    expect(onlyFirst.title).toBe('RAG summary by theme, ICT action plan 2026/27: 1 action in 1 theme');
    const empty = buildRagSummaryTable(buildFrame({ year: '2030/31' }), strategy, []);
    expect(empty.rows).toEqual([]);
    expect(empty.emptyText).toBe('The action plan has no actions for these choices.');
  });

  it('audit summary: one row per audit with its assurance in words, actions agreed by priority, implemented and outstanding; the definitions as its key', () => {
    const payroll = { kind: 'internal_audit' as const, auditTitle: 'Payroll', assurance: 'partial' as const };
    const backup = { kind: 'internal_audit' as const, auditTitle: 'Backup and recovery', assurance: 'high' as const };
    const table = buildAuditSummaryTable(buildFrame({ year: '2026/27' }), [
      buildActionFixture(1, { source: payroll, priority: 'high', status: 'complete' }),
      buildActionFixture(2, { source: payroll, priority: 'high', status: 'at_risk' }),
      buildActionFixture(3, { source: payroll, priority: 'low', status: 'complete' }),
      buildActionFixture(4, { source: backup, status: 'on_track' }),
      buildActionFixture(5, { source: { kind: 'strategy' } }),
    ]);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Audit and assurance level', 'High priority', 'Medium priority', 'Low priority', 'Agreed', 'Implemented', 'Outstanding']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Payroll\nPartial assurance', '2', '0', '1', '3', '2', '1'],
      ['Backup and recovery\nHigh assurance', '0', '0', '0', '1', '0', '1'],
      ['Total', '2', '0', '1', '4', '2', '2'],
    ]);
    expect(table.title).toBe('Internal audit summary 2026/27: 2 audits, 4 agreed actions');
    expect(table.legend!.map((item) => `${item.label}: ${item.definition}`)).toEqual([
      `High assurance: ${ASSURANCE_DEFINITIONS.high}`,
      `Satisfactory assurance: ${ASSURANCE_DEFINITIONS.satisfactory}`,
      `Partial assurance: ${ASSURANCE_DEFINITIONS.partial}`,
      `Minimal assurance: ${ASSURANCE_DEFINITIONS.minimal}`,
    ]);
    expect(table.description).toContain('1 agreed action has no priority and is counted only in the agreed total.');
  });

  it('audit summary: says so when no audit actions were agreed', () => {
    const table = buildAuditSummaryTable(buildFrame({ year: '2026/27' }), []);
    expect(table.rows).toEqual([]);
    expect(table.title).toBe('Internal audit summary 2026/27: 0 audits, 0 agreed actions');
  });

  it('committee timetable: the meetings from a date, soonest first, with the date in GOV.UK style and the status in words', () => {
    const meetings = [
      buildMeetingFixture({ id: 'm3', title: 'Cabinet – February 2027', forum: 'Cabinet', startsAt: '2027-02-10T18:00:00.000Z', status: 'planned' }),
      buildMeetingFixture({ id: 'm1', title: 'Digital Group – October 2026', startsAt: '2026-10-14T14:00:00.000Z', status: 'closed' }),
      buildMeetingFixture({ id: 'm2', title: 'Digital Group – December 2026', startsAt: '2026-12-09T14:00:00.000Z', status: 'in_progress' }),
    ];
    const table = buildCommitteeTimetableTable(buildFrame({ from: '2026-11-01' }), meetings);
    expect(table.columns.map((candidate) => candidate.label)).toEqual(['Meeting', 'Forum', 'Date', 'Status']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Digital Group – December 2026', 'Digital Group', '9 December 2026', 'In progress'],
      ['Cabinet – February 2027', 'Cabinet', '10 February 2027', 'Planned'],
    ]);
    expect(table.title).toBe('Committee timetable: from 1 November 2026, 2 meetings');
    expect(buildCommitteeTimetableTable(buildFrame({ from: '2026-01-01', to: '2026-12-31' }), meetings).rows.map((row) => row[3]!.text)).toEqual(['Held', 'In progress']);
    expect(buildCommitteeTimetableTable(buildFrame({ from: '2027-03-01' }), meetings).rows).toEqual([]);
  });

  it('committee timetable: the forums’ dates from the organisation settings with the meetings arranged, once each, in date order', () => {
    const meetings = [buildMeetingFixture({ id: 'm2', title: 'Digital Group – December 2026', forum: 'Digital Group', startsAt: '2026-12-09T14:00:00.000Z', status: 'planned' })];
    const forums = [
      { name: 'Digital Group', meetingDates: ['2026-11-11', '2026-12-09', '2027-01-13'] },
      { name: 'Cabinet', meetingDates: ['2026-11-18', '2026-12-16', '2027-01-20'] },
    ];
    const table = buildCommitteeTimetableTable(buildFrame({ from: '2026-11-30' }), meetings, forums);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Digital Group – December 2026', 'Digital Group', '9 December 2026', 'Planned'],
      ['Cabinet', 'Cabinet', '16 December 2026', 'Scheduled'],
      ['Digital Group', 'Digital Group', '13 January 2027', 'Scheduled'],
      ['Cabinet', 'Cabinet', '20 January 2027', 'Scheduled'],
    ]);
    expect(table.title).toBe('Committee timetable: from 30 November 2026, 4 meetings');
    expect(table.description).toContain('Scheduled dates come from the organisation’s meeting calendar');
  });
});
