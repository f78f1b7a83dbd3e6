import { describeTableChanges, hasChanges, normaliseCellText, snapshotTable, summariseTableChanges, visibleTableText, wasEditedInDocument } from './summarise-table-changes';
import { addSinceLastReport, describeDirectionOfTravel } from './since-last-report';
import { parseTableTag, buildTableTag } from './table-tag';
import { REPORT_TABLE_KEYS } from './report-table';
import { buildActionFixture, buildEveryFixtureTable, buildFrame, buildRequestFixture, buildStrategyFixture } from '../../../testing/reports/report-fixtures';
import { buildActionPlanTable, buildPipelineTable } from './build-report-tables';
import { buildForwardPlanTable } from './build-forward-plan-table';

const strategy = buildStrategyFixture();
const actions = [0, 1, 2].map((index) => buildActionFixture(index));
const before = buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, actions);

describe('summariseTableChanges', () => {
  it('reports no changes when nothing changed', () => {
    const changes = summariseTableChanges(snapshotTable(before), snapshotTable(before));
    expect(hasChanges(changes)).toBe(false);
    expect(describeTableChanges(changes)).toBe('No changes');
  });

  it('names rows added, removed and statuses changed by their reference', () => {
    const after = buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, [
      { ...actions[0]!, status: 'off_track' },
      actions[2]!,
      buildActionFixture(3, { reference: 'A9.9' }),
    ]);
    const changes = summariseTableChanges(snapshotTable(before), snapshotTable(after));
    expect(changes).toEqual({
      added: ['A9.9'],
      removed: ['A1.2'],
      changed: [{ row: 'A1.1', columns: [], status: { from: 'Green – on track', to: 'Red – off track', column: 'Status (RAG)' } }],
    });
    expect(describeTableChanges(changes)).toBe('1 row added (A9.9); 1 row removed (A1.2); 1 row changed — A1.1: status from Green – on track to Red – off track');
  });

  it('names the forward plan’s status column as the table heads it: "notice published", not "status"', () => {
    const entry = { requestId: 'EH-2026-0012', subject: 'Telephony', decisionMaker: 'Cabinet', decisionDate: '2026-12-16', noticeBy: '2026-11-04', reasons: ['Whole-life cost above the threshold.'] };
    const unpublished = buildForwardPlanTable(buildFrame(), [entry]);
    const published = buildForwardPlanTable(buildFrame(), [{ ...entry, noticePublishedOn: '2026-11-04' }]);
    expect(describeTableChanges(summariseTableChanges(snapshotTable(unpublished), snapshotTable(published)))).toBe(
      '1 row changed — EH-2026-0012: notice published from Not yet published; needed by 4 November 2026 to 4 November 2026',
    );
  });

  it('notices a cost rise, a new title and a moved date, cell by cell, though no status changed', () => {
    const requests = [0, 1, 2].map((index) => buildRequestFixture(index));
    const pipelineBefore = buildPipelineTable(buildFrame({ stage: ['ready_for_decision'] }), requests);
    const pipelineAfter = buildPipelineTable(buildFrame({ stage: ['ready_for_decision'] }), [
      { ...requests[0]!, capitalCost: (requests[0]!.capitalCost ?? 0) + 222_000 },
      { ...requests[1]!, title: 'Customer portal replacement', neededBy: '2027-10-31' },
      requests[2]!,
    ]);
    const changes = summariseTableChanges(snapshotTable(pipelineBefore), snapshotTable(pipelineAfter));
    expect(changes).toEqual({
      added: [],
      removed: [],
      changed: [
        { row: 'EH-2026-0001', columns: ['Capital'] },
        { row: 'EH-2026-0002', columns: ['Request', 'Needed by'] },
      ],
    });
    expect(describeTableChanges(changes)).toBe('2 rows changed — EH-2026-0001: capital changed; EH-2026-0002: request and needed by changed');
  });

  it('compares by column name, so a column added since (e.g. "Since last report") is not a change', () => {
    const previous = snapshotTable(before);
    const next = snapshotTable({ ...before, columns: [...before.columns, { label: 'Extra' }], rows: before.rows.map((row) => [...row, { text: 'x' }]) });
    expect(hasChanges(summariseTableChanges(previous, next))).toBe(false);
  });

  it('still compares status with snapshots kept before cells were fingerprinted', () => {
    const old = { ...snapshotTable(before), columns: undefined, rows: snapshotTable(before).rows.map(([identity, status]) => [identity, status] as [string, string]) };
    const after = buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, [{ ...actions[0]!, title: 'New title' }, actions[1]!, actions[2]!]);
    expect(summariseTableChanges(old, snapshotTable(after))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('keeps identity, status and a fingerprint of every cell in the snapshot, identity from several columns where the table needs it', () => {
    const [identity, status, cells] = snapshotTable(before).rows[0]!;
    expect([identity, status]).toEqual(['A1.1', 'Green – on track']);
    expect(cells!.split('.')).toHaveLength(before.columns.length);
    expect(cells).toMatch(/^[0-9a-f]{8}(\.[0-9a-f]{8})*$/);
    const decisions = buildEveryFixtureTable().decisions;
    expect(snapshotTable(decisions).rows[0]!.slice(0, 2)).toEqual([`${normaliseCellText(decisions.rows[0]![0]!.text)} · EH-2026-0001`, 'Approved']);
  });

  it('tells an author’s edit from the text Word reports, ignoring spaces and line breaks', () => {
    const snapshot = snapshotTable(before);
    const asWordReadsIt = visibleTableText(before).replace(/ /g, '\t\r');
    expect(wasEditedInDocument(snapshot, asWordReadsIt)).toBe(false);
    expect(wasEditedInDocument(snapshot, asWordReadsIt.replace('Green', 'Green (see note)'))).toBe(true);
    expect(wasEditedInDocument(undefined, 'anything')).toBe(false);
  });
});

describe('since last report', () => {
  it('adds the direction of travel after the status, in words with an arrow, from the published baseline', () => {
    const published = snapshotTable(buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, [
      { ...actions[0]!, status: 'at_risk' },
      { ...actions[1]!, status: 'on_track' },
      { ...actions[2]!, status: 'off_track' },
    ]));
    const now = buildActionPlanTable(buildFrame({ year: '2026/27' }), strategy, [
      { ...actions[0]!, status: 'on_track' },
      { ...actions[1]!, status: 'off_track' },
      { ...actions[2]!, status: 'off_track' },
      buildActionFixture(7, { reference: 'A9.9' }),
    ]);
    const shown = addSinceLastReport(now, published);
    const at = now.statusColumn! + 1;
    expect(shown.columns[at]!.label).toBe('Since last report');
    expect(shown.rows.map((row) => row[at]!.text)).toEqual(['↑ Improved from Amber', '↓ Worsened from Green', '→ No change', 'New since last report']);
    expect(shown.description).toContain('direction of travel');
    expect(addSinceLastReport(now, undefined)).toBe(now);
    const pipeline = buildEveryFixtureTable().pipeline;
    expect(addSinceLastReport(pipeline, published)).toBe(pipeline);
  });

  it('gives risks a direction from their score: lower is better', () => {
    expect(describeDirectionOfTravel('risks', 'High (20)', 'Medium (12)')).toBe('↑ Improved from High (20)');
    expect(describeDirectionOfTravel('risks', 'Medium (8)', 'Medium (12)')).toBe('↓ Worsened from Medium (8)');
    expect(describeDirectionOfTravel('action-plan', 'Grey – not started', 'Amber – at risk')).toBe('→ Changed from Grey');
  });
});

describe('table tags', () => {
  it('round-trips the table and its choices in short form, and ignores tags that are not ours', () => {
    const tag = buildTableTag('pipeline', { stage: ['ready_for_decision', 'deferred'], top: 5, theme: 'a&b' });
    expect(tag).toBe('eh1:pipeline?t=a%26b&s=rfd.def&n=5');
    expect(parseTableTag(tag)).toEqual({ key: 'pipeline', query: 'theme=a%26b&stage=ready_for_decision%2Cdeferred&top=5' });
    expect(buildTableTag('action-plan', { year: '2026/27' })).toBe('eh1:action-plan?y=2026/27');
    expect(parseTableTag('eh1:strategy')).toEqual({ key: 'strategy', query: '' });
    for (const foreign of ['eh1:not-a-table?y=1', 'eh1:pipeline?x=1', 'eh1:pipeline?s=zzz', 'eh1:pipeline?t=%E0%A4%A', 'someone-elses-control']) {
      expect(parseTableTag(foreign)).toBeUndefined();
    }
  });

  it('keeps every tag within Word’s 64 characters: choices too long become a fingerprint', () => {
    const meeting = '3f0c1b7e-9d0a-4c52-8e4b-6a9d2f1c7b55';
    expect(buildTableTag('decisions', { meeting })).toBe(`eh1:decisions?m=${meeting}`);
    const long = { theme: 'enabling-a-modern-and-flexible-workforce-for-everyone', stage: ['submitted', 'triage', 'ready_for_decision'] as const, top: 20 };
    const tag = buildTableTag('pipeline', { ...long, stage: [...long.stage] });
    expect(tag).toMatch(/^eh1:pipeline#[0-9a-f]{8}$/);
    expect(tag).toBe(buildTableTag('pipeline', { ...long, stage: [...long.stage] }));
    expect(tag).not.toBe(buildTableTag('pipeline', { ...long, stage: [...long.stage], top: 21 }));
    expect(parseTableTag(tag)).toEqual({ key: 'pipeline' });
    for (const key of REPORT_TABLE_KEYS) expect(buildTableTag(key, { ...long, stage: [...long.stage], year: '2026/27', meeting, from: '2026-01-01', to: '2026-12-31' }).length).toBeLessThanOrEqual(64);
  });
});
