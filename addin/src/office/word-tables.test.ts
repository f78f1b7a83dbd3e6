// office-addin-mock 4 requires office-addin-manifest, whose main entry pulls ESM-only packages;
// the mock needs only its OfficeApp enum (see PLATFORM.md). Mapped here so the test runs under any jest config.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { OfficeMockObject } from 'office-addin-mock';
import { ragForStatus } from '@entrance-hall/shared/actions/rag';
import { buildActionPlanTable, buildPipelineTable, buildRiskTable } from '@entrance-hall/shared/reports/build-report-tables';
import type { ReportTable } from '@entrance-hall/shared/reports/report-table';
import { snapshotTable } from '@entrance-hall/shared/reports/summarise-table-changes';
import { buildTableTag } from '@entrance-hall/shared/reports/table-tag';
import { buildActionFixture, buildFrame, buildRiskFixture, buildStrategyFixture } from '@entrance-hall/shared/reports/testing/report-fixtures';
import { createTableSnapshotStore, type DocumentSettings } from './table-snapshots';
import { insertReportTable, refreshReportTables, type RefreshProgress } from './word-tables';

/** A document's add-in settings, as Office keeps them (saved with the document). */
function fakeSettings(initial: Record<string, unknown> = {}): DocumentSettings & { saved: Record<string, unknown>; saves: number } {
  const values: Record<string, unknown> = { ...initial };
  const settings = {
    saved: {} as Record<string, unknown>,
    saves: 0,
    get: (name: string) => values[name],
    set: (name: string, value: unknown) => void (values[name] = value),
    saveAsync: (callback?: (result: { status: string }) => void) => {
      settings.saves += 1;
      settings.saved = JSON.parse(JSON.stringify(values));
      callback?.({ status: 'succeeded' });
    },
  };
  return settings;
}

interface FakeControl {
  tag: string;
  title: string;
  insertOoxml: jest.Mock;
}

const control = (tag: string, title = ''): FakeControl => ({ tag, title, insertOoxml: jest.fn() });

/** Word as office-addin-mock models it: the document's content controls, selection and change tracking. */
function mockWord(controls: FakeControl[], changeTrackingMode = 'Off') {
  const selection = { insertOoxml: jest.fn() };
  const word = new OfficeMockObject({
    context: {
      document: {
        contentControls: { items: controls },
        changeTrackingMode,
        getSelection: () => selection,
      },
    },
    run: async function (this: any, callback: (context: any) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as any;
  const sync = jest.spyOn(word.context, 'sync');
  (globalThis as any).Word = word;
  return { word, selection, sync };
}

const strategy = buildStrategyFixture();
const plan = (statuses: Parameters<typeof ragForStatus>[0][]) =>
  buildActionPlanTable(
    buildFrame({ year: '2026/27' }),
    strategy,
    statuses.map((status, index) => buildActionFixture(index + 1, { status })),
  );
const risks = buildRiskTable(buildFrame({ top: 3 }), [0, 1, 2].map((index) => buildRiskFixture(index + 1)));
const planTag = buildTableTag('action-plan', { year: '2026/27' });
const risksTag = buildTableTag('risks', { top: 3 });

afterEach(() => {
  delete (globalThis as any).Word;
});

describe('insertReportTable', () => {
  it('inserts the table in its tagged content control at the cursor in one sync, and remembers its rows', async () => {
    const { selection, sync } = mockWord([]);
    const settings = fakeSettings();
    const table = plan(['on_track', 'at_risk']);
    await insertReportTable(table, createTableSnapshotStore(settings));

    expect(selection.insertOoxml).toHaveBeenCalledTimes(1);
    const [ooxml, location] = selection.insertOoxml.mock.calls[0]!;
    expect(location).toBe('Replace');
    expect(ooxml).toContain(`<w:tag w:val="${planTag}"/>`);
    expect(ooxml.match(/<w:sdt>/g)).toHaveLength(1);
    expect(ooxml).toContain('Amber – at risk');
    expect(ooxml).toContain(`w:fill="${ragForStatus('at_risk').fill}"`);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(settings.saves).toBe(1);
    expect(settings.saved['entranceHall.tables']).toEqual({ [planTag]: snapshotTable(table) });
  });
});

describe('refreshReportTables', () => {
  it('finds every tagged table, replaces each in one Word.run with two syncs, and says what changed', async () => {
    const planControls = [control(planTag, 'Entrance Hall: ICT action plan 2026/27'), control(planTag)];
    const risksControl = control(risksTag);
    const someoneElses = control('legal-clause-7');
    const { sync } = mockWord([planControls[0]!, someoneElses, risksControl, planControls[1]!]);
    const before = plan(['on_track', 'at_risk', 'complete']);
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshotTable(before) } });
    const after = plan(['off_track', 'at_risk', 'complete', 'not_started']);
    const fetched: string[] = [];
    const progress: RefreshProgress[] = [];

    const summary = await refreshReportTables({
      loadTable: async (tag): Promise<ReportTable> => {
        fetched.push(`${tag.key}?${tag.query}`);
        return tag.key === 'action-plan' ? after : risks;
      },
      snapshots: createTableSnapshotStore(settings),
      detectTrackChanges: true,
      onProgress: (step) => progress.push(step),
    });

    // Each distinct table is fetched once, with the choices in its tag.
    expect(fetched.sort()).toEqual(['action-plan?year=2026%2F27', 'risks?top=3']);
    // Every copy is replaced with the fresh content (no second control inside), others' controls are untouched.
    for (const copy of planControls) {
      expect(copy.insertOoxml).toHaveBeenCalledTimes(1);
      const [ooxml, location] = copy.insertOoxml.mock.calls[0]!;
      expect(location).toBe('Replace');
      expect(ooxml).not.toContain('<w:sdt>');
      expect(ooxml).toContain('Red – off track');
      expect(ooxml).toContain('A1.5');
    }
    expect(risksControl.insertOoxml.mock.calls[0]![0]).toContain('Risk register – top 3 open risks');
    expect(someoneElses.insertOoxml).not.toHaveBeenCalled();
    expect(sync).toHaveBeenCalledTimes(2);

    expect(summary.trackChangesOn).toBe(false);
    expect(summary.failed).toEqual([]);
    expect(summary.missing).toEqual([]);
    const planResult = summary.refreshed.find((table) => table.tag === planTag)!;
    expect(planResult.copies).toBe(2);
    expect(planResult.changes).toEqual({ added: ['A1.5'], removed: [], statusChanged: [{ row: 'A1.2', from: 'Green – on track', to: 'Red – off track' }] });
    expect(summary.refreshed.find((table) => table.tag === risksTag)!.changes).toBeUndefined();
    // The new rows are remembered for the next refresh.
    expect(settings.saved['entranceHall.tables']).toEqual({ [planTag]: snapshotTable(after), [risksTag]: snapshotTable(risks) });
    expect(progress.map((step) => step.phase)).toEqual(['finding', 'fetching', 'fetching', 'fetching', 'replacing', 'replacing', 'saving']);
    expect(progress.at(-2)).toEqual({ phase: 'replacing', done: 3, total: 3 });
  });

  it('reports damaged, unavailable and deleted tables without stopping the others, and warns about Track Changes', async () => {
    const good = control(risksTag);
    const damaged = control('eh1:salaries?x=1', 'Entrance Hall: something');
    const gone = control(buildTableTag('decisions', { meeting: 'deleted-meeting' }));
    mockWord([good, damaged, gone], 'TrackAll');
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshotTable(plan(['on_track'])) } });

    const summary = await refreshReportTables({
      loadTable: async (tag) => {
        if (tag.key === 'decisions') throw new Error('That table or one of its choices no longer exists.');
        return risks;
      },
      snapshots: createTableSnapshotStore(settings),
      detectTrackChanges: true,
    });

    expect(good.insertOoxml).toHaveBeenCalledTimes(1);
    expect(damaged.insertOoxml).not.toHaveBeenCalled();
    expect(gone.insertOoxml).not.toHaveBeenCalled();
    expect(summary.refreshed.map((table) => table.tag)).toEqual([risksTag]);
    expect(summary.failed).toEqual([
      { tag: 'eh1:salaries?x=1', title: 'something', reason: expect.stringContaining('tag was changed or damaged') },
      { tag: gone.tag, title: gone.tag, reason: 'That table or one of its choices no longer exists.' },
    ]);
    expect(summary.missing).toEqual([{ tag: planTag, title: 'ICT action plan 2026/27' }]);
    expect(summary.trackChangesOn).toBe(true);
  });

  it('does not read the change tracking mode where Word cannot report it (before WordApi 1.4)', async () => {
    const { word } = mockWord([control(risksTag)]);
    const load = jest.spyOn(word.context.document, 'load');
    const summary = await refreshReportTables({ loadTable: async () => risks, snapshots: createTableSnapshotStore(undefined), detectTrackChanges: false });
    expect(load).not.toHaveBeenCalled();
    expect(summary.trackChangesOn).toBeUndefined();
    expect(summary.refreshed).toHaveLength(1);
  });

  it('fetches a table whose choices were too long for its tag with the choices kept in the document settings', async () => {
    const long = buildPipelineTable(buildFrame({ theme: 'enabling-a-modern-and-flexible-workforce-for-everyone', stage: ['submitted', 'triage'], top: 20 }), []);
    const tag = buildTableTag('pipeline', long.choices);
    expect(tag).toMatch(/#[0-9a-f]{8}$/);
    mockWord([control(tag)]);
    const settings = fakeSettings({ 'entranceHall.tables': { [tag]: snapshotTable(long) } });
    const asked: { key: string; query: string }[] = [];
    const summary = await refreshReportTables({
      loadTable: async (table) => {
        asked.push(table);
        return long;
      },
      snapshots: createTableSnapshotStore(settings),
      detectTrackChanges: false,
    });
    expect(asked).toEqual([{ key: 'pipeline', query: 'theme=enabling-a-modern-and-flexible-workforce-for-everyone&stage=submitted%2Ctriage&top=20' }]);
    expect(summary.refreshed.map((table) => table.tag)).toEqual([tag]);

    mockWord([control(tag)]);
    const lost = await refreshReportTables({ loadTable: async () => long, snapshots: createTableSnapshotStore(fakeSettings()), detectTrackChanges: false });
    expect(lost.failed[0]!.reason).toMatch(/choices were kept in this document’s settings, which are gone/);
  });
});
