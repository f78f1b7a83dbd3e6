// office-addin-mock 4 requires office-addin-manifest, whose main entry pulls ESM-only packages;
// the mock needs only its OfficeApp enum (see PLATFORM.md). Mapped here so the test runs under any jest config.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { OfficeMockObject } from 'office-addin-mock';
import { ragForStatus } from '@entrance-hall/shared/domain/actions/rag';
import { buildActionPlanTable, buildPipelineTable, buildRiskTable } from '@entrance-hall/shared/domain/reports/build-report-tables';
import type { ReportTable } from '@entrance-hall/shared/domain/reports/report-table';
import { snapshotTable, visibleTableText } from '@entrance-hall/shared/domain/reports/summarise-table-changes';
import { buildTableTag } from '@entrance-hall/shared/domain/reports/table-tag';
import { TABLE_STYLE_ID } from '@entrance-hall/shared/domain/reports/render-table-ooxml';
import { escapeXmlLatin1 } from '@entrance-hall/shared/domain/reports/xml-escape';
import { addSinceLastReport } from '@entrance-hall/shared/domain/reports/since-last-report';
import { buildActionFixture, buildFrame, buildRiskFixture, buildStrategyFixture } from '../../../shared/testing/reports/report-fixtures';
import { createTableSnapshotStore, type DocumentSettings } from './table-snapshots';
import { insertReportSkeleton, insertReportTable, markReportPublished, refreshReportTables, relinkReportTable, type RefreshProgress, type RefreshQuestions } from './word-tables';
import { buildRequestFixture } from '../../../shared/testing/reports/report-fixtures';

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
  /** What Word reports as the control's text: undefined until something is known to be in it. */
  text?: string;
  insertOoxml: jest.Mock;
  getRange: jest.Mock;
}

const control = (tag: string, title = '', text?: string): FakeControl => {
  const after = { insertOoxml: jest.fn() };
  return { tag, title, ...(text !== undefined ? { text } : {}), insertOoxml: jest.fn(), getRange: jest.fn(() => after) };
};

/** Word's text for a table as Entrance Hall put it there: cells separated by tabs and paragraph marks. */
const wordText = (table: ReportTable) => visibleTableText(table).replace(/ /g, '\t').concat('\r');

/** Where the cursor is: on a plain paragraph, inside a content control, or inside a table cell. */
type Cursor = { control?: { tag: string; title: string }; inTable?: boolean };

/** Word as office-addin-mock models it: the document's content controls, selection and change tracking. */
function mockWord(controls: FakeControl[], changeTrackingMode = 'Off', cursor: Cursor = {}) {
  const selection = {
    insertOoxml: jest.fn(),
    parentContentControlOrNullObject: { isNullObject: !cursor.control, tag: cursor.control?.tag ?? '', title: cursor.control?.title ?? '', load: jest.fn() },
    parentTableOrNullObject: { isNullObject: !cursor.inTable, load: jest.fn() },
  };
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
    // One sync to see where the cursor is, one to insert.
    const [ooxml, location] = selection.insertOoxml.mock.calls[0]!;
    expect(location).toBe('Replace');
    expect(ooxml).toContain(`<w:tag w:val="${planTag}"/>`);
    expect(ooxml.match(/<w:sdt>/g)).toHaveLength(1);
    expect(ooxml).toContain(escapeXmlLatin1('Amber – at risk'));
    expect(ooxml).toContain(`w:fill="${ragForStatus('at_risk').fill}"`);
    // The table names its style, and the package carries the styles part defining it (Word adds it unless the document has it).
    expect(ooxml).toContain(`<w:tblStyle w:val="${TABLE_STYLE_ID}"/>`);
    expect(ooxml).toContain('Target="styles.xml"');
    expect(ooxml.match(new RegExp(`w:styleId="${TABLE_STYLE_ID}"`, 'g'))).toHaveLength(1);
    expect(sync).toHaveBeenCalledTimes(2);
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
      expect(ooxml).toContain(escapeXmlLatin1('Red – off track'));
      expect(ooxml).toContain('A1.5');
      expect(ooxml).toContain(`<w:tblStyle w:val="${TABLE_STYLE_ID}"/>`);
      expect(ooxml).toContain(`w:styleId="${TABLE_STYLE_ID}"`);
    }
    expect(risksControl.insertOoxml.mock.calls[0]![0]).toContain('Risk register: all 3 open risks by score');
    expect(someoneElses.insertOoxml).not.toHaveBeenCalled();
    expect(sync).toHaveBeenCalledTimes(2);

    expect(summary.trackChangesOn).toBe(false);
    expect(summary.failed).toEqual([]);
    expect(summary.missing).toEqual([]);
    const planResult = summary.refreshed.find((table) => table.tag === planTag)!;
    expect(planResult.copies).toBe(2);
    expect(planResult.changes).toEqual({ added: ['A1.5'], removed: [], changed: [{ row: 'A1.2', columns: [], status: { from: 'Green – on track', to: 'Red – off track', column: 'Status (RAG)' } }] });
    expect(planResult.since).toBe('last refresh');
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
    expect(summary.missing).toEqual([{ tag: planTag, title: 'ICT action plan 2026/27: 1 action' }]);
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

describe('what changed since the last committee, cell by cell', () => {
  const requests = [0, 1, 2].map((index) => buildRequestFixture(index));
  const pipeline = (rows: typeof requests) => buildPipelineTable(buildFrame({ stage: ['ready_for_decision'] }), rows);
  const pipelineTag = buildTableTag('pipeline', { stage: ['ready_for_decision'] });

  it('reports a cost change, a title change, a row added and a row removed — not "No changes"', async () => {
    const before = pipeline(requests);
    const after = pipeline([{ ...requests[0]!, capitalCost: (requests[0]!.capitalCost ?? 0) + 222_000 }, { ...requests[1]!, title: 'Customer portal replacement' }, buildRequestFixture(7)]);
    mockWord([control(pipelineTag, '', wordText(before))]);
    const settings = fakeSettings({ 'entranceHall.tables': { [pipelineTag]: snapshotTable(before) } });
    const summary = await refreshReportTables({ loadTable: async () => after, snapshots: createTableSnapshotStore(settings), detectTrackChanges: false });
    expect(summary.refreshed[0]!.changes).toEqual({
      added: ['EH-2026-0008'],
      removed: ['EH-2026-0003'],
      changed: [
        { row: 'EH-2026-0001', columns: ['Capital'] },
        { row: 'EH-2026-0002', columns: ['Request'] },
      ],
    });
  });

  it('measures from the published report once the author marks it published, and progress tables show the direction of travel', async () => {
    const published = plan(['at_risk', 'on_track']);
    const planControl = control(planTag, '', wordText(published));
    mockWord([planControl]);
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshotTable(published) } });
    const store = createTableSnapshotStore(settings);
    const baseline = await markReportPublished(store, '2026-10-01T09:00:00.000Z');
    expect(settings.saved['entranceHall.published']).toEqual({ publishedAt: '2026-10-01T09:00:00.000Z', tables: { [planTag]: snapshotTable(published) } });
    expect(baseline.tables[planTag]).toEqual(snapshotTable(published));

    // A refresh in between (nothing changed) does not move the baseline.
    const same = await refreshReportTables({ loadTable: async () => published, snapshots: store, detectTrackChanges: false });
    expect(same.refreshed[0]!.since).toBe('published');
    expect(same.publishedAt).toBe('2026-10-01T09:00:00.000Z');

    const now = plan(['on_track', 'off_track', 'not_started']);
    const refreshedText = planControl.insertOoxml.mock.calls.at(-1)![0] as string;
    planControl.text = wordText(addSinceLastReport(published, snapshotTable(published)));
    expect(refreshedText).toContain(escapeXmlLatin1('→ No change'));
    const summary = await refreshReportTables({ loadTable: async () => now, snapshots: store, detectTrackChanges: false });
    expect(summary.refreshed[0]!.since).toBe('published');
    expect(summary.refreshed[0]!.changes).toEqual({
      added: ['A1.4'],
      removed: [],
      changed: [
        { row: 'A1.2', columns: [], status: { from: 'Amber – at risk', to: 'Green – on track', column: 'Status (RAG)' } },
        { row: 'A1.3', columns: [], status: { from: 'Green – on track', to: 'Red – off track', column: 'Status (RAG)' } },
      ],
    });
    const ooxml = planControl.insertOoxml.mock.calls.at(-1)![0] as string;
    expect(ooxml).toContain('Since last report');
    expect(ooxml).toContain(escapeXmlLatin1('↑ Improved from Amber'));
    expect(ooxml).toContain(escapeXmlLatin1('↓ Worsened from Green'));
    expect(ooxml).toContain('New since last report');
  });
});

describe('safe in Word', () => {
  it('refuses to insert inside another Entrance Hall table, and inside any table cell', async () => {
    const table = plan(['on_track']);
    const settings = fakeSettings();
    const inOurs = mockWord([], 'Off', { control: { tag: risksTag, title: 'Entrance Hall: Risk register' } });
    await expect(insertReportTable(table, createTableSnapshotStore(settings))).rejects.toThrow('The cursor is inside the Entrance Hall table “Risk register”');
    expect(inOurs.selection.insertOoxml).not.toHaveBeenCalled();
    const inCell = mockWord([], 'Off', { inTable: true });
    await expect(insertReportTable(table, createTableSnapshotStore(settings))).rejects.toThrow('The cursor is inside a table.');
    expect(inCell.selection.insertOoxml).not.toHaveBeenCalled();
    expect(settings.saves).toBe(0);
  });

  it('asks before refreshing a table the author edited: keep, overwrite, or insert the fresh one below', async () => {
    const before = plan(['on_track']);
    const risksBefore = risks;
    const edited = control(planTag, 'Entrance Hall: ICT action plan', wordText(before).replace('Green', 'Green (see para 4.2)'));
    const editedRisks = control(risksTag, '', `${wordText(risksBefore)}extra`);
    mockWord([edited, editedRisks]);
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshotTable(before), [risksTag]: snapshotTable(risksBefore) } });
    const asked: RefreshQuestions[] = [];
    const summary = await refreshReportTables({
      loadTable: async (table) => (table.key === 'action-plan' ? plan(['at_risk']) : risks),
      snapshots: createTableSnapshotStore(settings),
      detectTrackChanges: true,
      confirm: async (questions) => {
        asked.push(questions);
        return { proceed: true, edited: { [planTag]: 'keep', [risksTag]: 'insert-below' } };
      },
    });
    expect(asked).toEqual([{ edited: [{ tag: planTag, title: 'ICT action plan 2026/27: 1 action' }, { tag: risksTag, title: 'Risk register: all 3 open risks by score' }], trackChangesOn: false }]);
    // Kept: untouched, and its snapshot stays as before so it is asked about again next time.
    expect(edited.insertOoxml).not.toHaveBeenCalled();
    expect(settings.saved['entranceHall.tables']).toMatchObject({ [planTag]: snapshotTable(before) });
    // Insert below: the fresh table (in its own control) goes after the edited copy, which is no longer refreshed.
    expect(editedRisks.insertOoxml).not.toHaveBeenCalled();
    const after = editedRisks.getRange.mock.results[0]!.value.insertOoxml as jest.Mock;
    expect(after.mock.calls[0]![1]).toBe('After');
    expect(after.mock.calls[0]![0]).toContain(`<w:tag w:val="${risksTag}"/>`);
    expect(editedRisks.tag).toBe('');
    expect(summary.refreshed.map((table) => table.edited)).toEqual(['keep', 'insert-below']);
  });

  it('without an answer, keeps edited tables as they are', async () => {
    const before = plan(['on_track']);
    const edited = control(planTag, '', 'Something else entirely');
    mockWord([edited]);
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshotTable(before) } });
    await refreshReportTables({ loadTable: async () => before, snapshots: createTableSnapshotStore(settings), detectTrackChanges: false });
    expect(edited.insertOoxml).not.toHaveBeenCalled();
  });

  it('with Track Changes on, asks first; can stop, or pause tracking for the refresh and restore it', async () => {
    const planControl = control(planTag);
    const { word, sync } = mockWord([planControl], 'TrackAll');
    const settings = fakeSettings();
    const cancelled = await refreshReportTables({ loadTable: async () => plan(['on_track']), snapshots: createTableSnapshotStore(settings), detectTrackChanges: true, confirm: async () => ({ proceed: false }) });
    expect(cancelled.cancelled).toBe(true);
    expect(planControl.insertOoxml).not.toHaveBeenCalled();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(settings.saves).toBe(0);

    const modes: string[] = [];
    let mode = 'TrackAll';
    Object.defineProperty(word.context.document, 'changeTrackingMode', { get: () => mode, set: (value: string) => { modes.push(value); mode = value; }, configurable: true });
    planControl.insertOoxml.mockImplementation(() => modes.push(`replace while ${mode}`));
    const asked: RefreshQuestions[] = [];
    const summary = await refreshReportTables({
      loadTable: async () => plan(['on_track']),
      snapshots: createTableSnapshotStore(settings),
      detectTrackChanges: true,
      confirm: async (questions) => {
        asked.push(questions);
        return { proceed: true, pauseTracking: true };
      },
    });
    expect(asked).toEqual([{ edited: [], trackChangesOn: true }]);
    expect(modes).toEqual(['Off', 'replace while Off', 'TrackAll']);
    expect(summary.trackingPaused).toBe(true);
  });

  it('finds a table whose content control was removed by its caption and links it again', async () => {
    const table = plan(['on_track']);
    const snapshot = snapshotTable(table);
    const inserted = { tag: '', title: '' };
    const keyParagraph = { isNullObject: false, text: 'Key: Grey – not started', load: jest.fn(), getRange: jest.fn(() => 'key-range') };
    const wordTable = { isNullObject: false, load: jest.fn(), getParagraphAfterOrNullObject: () => keyParagraph, getRange: jest.fn(() => 'table-range') };
    const expandTo = jest.fn(() => ({ insertContentControl: () => inserted }));
    const captionParagraph = { getNextOrNullObject: () => ({ parentTableOrNullObject: wordTable }), getRange: () => ({ expandTo }) };
    const found = { items: [{ paragraphs: { getFirst: () => captionParagraph }, parentContentControlOrNullObject: { isNullObject: true, load: jest.fn() } }], load: jest.fn() };
    const search = jest.fn(() => found);
    const word = new OfficeMockObject({ context: { document: { body: { search } } }, run: async function (this: any, callback: (context: any) => Promise<unknown>) { return callback(this.context); } }) as any;
    (globalThis as any).Word = word;
    const settings = fakeSettings({ 'entranceHall.tables': { [planTag]: snapshot } });

    expect(await relinkReportTable(planTag, createTableSnapshotStore(settings))).toBe('relinked');
    expect(search).toHaveBeenCalledWith(table.caption, { matchCase: true });
    expect(expandTo).toHaveBeenCalledWith('key-range');
    expect(inserted).toEqual({ tag: planTag, title: 'Entrance Hall: ICT action plan 2026/27: 1 action' });

    found.items = [];
    expect(await relinkReportTable(planTag, createTableSnapshotStore(settings))).toBe('not-found');
  });
});

describe('insertReportSkeleton', () => {
  it('inserts the report at the cursor with its live tables, and remembers each table for refresh', async () => {
    const { selection, sync } = mockWord([]);
    const settings = fakeSettings();
    const table = plan(['on_track', 'at_risk']);
    await insertReportSkeleton({ organisationName: 'Ashcombe Borough Council', tables: { 'action-plan': table, risks } }, createTableSnapshotStore(settings));
    expect(selection.insertOoxml).toHaveBeenCalledTimes(1);
    const [ooxml, location] = selection.insertOoxml.mock.calls[0]!;
    expect(location).toBe('Replace');
    expect(ooxml).toContain('2. Recommendations');
    expect(ooxml).toContain(`<w:tag w:val="${planTag}"/>`);
    expect(ooxml).toContain(`<w:tag w:val="${risksTag}"/>`);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(settings.saved['entranceHall.tables']).toEqual({ [planTag]: snapshotTable(table), [risksTag]: snapshotTable(risks) });
  });

  it('refuses inside a table, like a single table', async () => {
    const { selection } = mockWord([], 'Off', { inTable: true });
    await expect(insertReportSkeleton({ organisationName: 'Ashcombe', tables: { risks } }, createTableSnapshotStore(fakeSettings()))).rejects.toThrow('The cursor is inside a table.');
    expect(selection.insertOoxml).not.toHaveBeenCalled();
  });
});
