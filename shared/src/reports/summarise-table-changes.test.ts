import { describeTableChanges, hasChanges, snapshotTable, summariseTableChanges } from './summarise-table-changes';
import { parseTableTag, buildTableTag } from './table-tag';
import { REPORT_TABLE_KEYS } from './report-table';
import { buildActionFixture, buildEveryFixtureTable, buildFrame, buildStrategyFixture } from './testing/report-fixtures';
import { buildActionPlanTable } from './build-report-tables';

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
      statusChanged: [{ row: 'A1.1', from: 'Green – on track', to: 'Red – off track' }],
    });
    expect(describeTableChanges(changes)).toBe('1 row added (A9.9); 1 row removed (A1.2); 1 status changed: A1.1 from Green – on track to Red – off track');
  });

  it('keeps only identity and status in the snapshot, identity from several columns where the table needs it', () => {
    expect(snapshotTable(before).rows[0]).toEqual(['A1.1', 'Green – on track']);
    const decisions = buildEveryFixtureTable().decisions;
    expect(snapshotTable(decisions).rows[0]).toEqual(['14 Oct 2026 · EH-2026-0001', 'Approved']);
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
