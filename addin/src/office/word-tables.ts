import { controlTitle, renderTableContentOoxml, renderTableOoxml } from '@entrance-hall/shared/domain/reports/render-table-ooxml';
import { renderReportSkeletonOoxml, type ReportSkeletonInput } from '@entrance-hall/shared/domain/reports/render-report-skeleton';
import type { ReportTable, ReportTableKey } from '@entrance-hall/shared/domain/reports/report-table';
import { addSinceLastReport } from '@entrance-hall/shared/domain/reports/since-last-report';
import { snapshotTable, summariseTableChanges, wasEditedInDocument, type TableChanges } from '@entrance-hall/shared/domain/reports/summarise-table-changes';
import { buildTableTag, parseTableTag, TABLE_TAG_PREFIX } from '@entrance-hall/shared/domain/reports/table-tag';
import type { PublishedBaseline, SnapshotsByTag, TableSnapshotStore } from './table-snapshots';

/*
 * The only module that calls Word.run. The task pane gets these functions and never touches
 * `Word` itself, so the UI can be tested outside Office and this module against office-addin-mock.
 */

/** A problem the author can fix in the document (e.g. move the cursor); its message is for them. */
export class DocumentPlacementError extends Error {
  override name = 'DocumentPlacementError';
}

/** The table as it goes into the document: with "Since last report" where a published baseline has it. */
function tableToShow(table: ReportTable, tag: string, published: PublishedBaseline | undefined): ReportTable {
  return addSinceLastReport(table, published?.tables[tag]);
}

/**
 * Puts content at the cursor (replacing any selection) in two syncs: where the cursor is, then the
 * insert. Refuses inside another table or content control: Word would nest them, and a refresh of
 * the outer table would destroy the inner one.
 */
async function insertAtCursor(ooxml: string): Promise<void> {
  await Word.run(async (context) => {
    const selection = context.document.getSelection();
    const control = selection.parentContentControlOrNullObject;
    const cell = selection.parentTableOrNullObject;
    control.load('isNullObject,tag,title');
    cell.load('isNullObject');
    await context.sync();
    if (!control.isNullObject) {
      const ours = typeof control.tag === 'string' && control.tag.startsWith(TABLE_TAG_PREFIX);
      throw new DocumentPlacementError(
        ours
          ? `The cursor is inside the Entrance Hall table “${control.title.replace(/^Entrance Hall: /, '')}”. Put the cursor on an empty line outside it, then insert again.`
          : 'The cursor is inside a content control. Put the cursor on an empty line outside it, then insert again.',
      );
    }
    if (!cell.isNullObject) throw new DocumentPlacementError('The cursor is inside a table. Put the cursor on an empty line outside the table, then insert again.');
    selection.insertOoxml(ooxml, 'Replace');
    await context.sync();
  });
}

/** Puts the table, wrapped whole in its one content control, at the cursor, and remembers its rows. */
export async function insertReportTable(table: ReportTable, snapshots: TableSnapshotStore): Promise<void> {
  const tag = buildTableTag(table.key, table.choices);
  const shown = tableToShow(table, tag, snapshots.readPublished());
  await insertAtCursor(renderTableOoxml(shown));
  await snapshots.write({ ...snapshots.read(), [tag]: snapshotTable(table, shown) });
}

/**
 * Inserts a committee report skeleton at the cursor, with its live tables in their sections; each
 * table is remembered like one inserted on its own, so Refresh all and "what changed" work on them.
 */
export async function insertReportSkeleton(input: ReportSkeletonInput, snapshots: TableSnapshotStore): Promise<void> {
  const published = snapshots.readPublished();
  const shownTables = Object.fromEntries(
    Object.entries(input.tables).map(([key, table]) => [key, tableToShow(table, buildTableTag(table.key, table.choices), published)]),
  ) as ReportSkeletonInput['tables'];
  await insertAtCursor(renderReportSkeletonOoxml({ ...input, tables: shownTables }));
  const next = { ...snapshots.read() };
  for (const [key, table] of Object.entries(input.tables)) next[buildTableTag(table.key, table.choices)] = snapshotTable(table, shownTables[key as keyof ReportSkeletonInput['tables']]);
  await snapshots.write(next);
}

export interface RefreshProgress {
  phase: 'finding' | 'fetching' | 'replacing' | 'saving';
  done: number;
  total: number;
}

export interface RefreshedTable {
  tag: string;
  title: string;
  /** How many copies of the table the document holds (the same tag can be inserted twice). */
  copies: number;
  /** Undefined when there was nothing earlier to compare with. */
  changes?: TableChanges;
  /** What the changes are measured from: the published report, or the last refresh. */
  since?: 'published' | 'last refresh';
  /** What was done with an author's edits: kept (not refreshed), overwritten, or the fresh table put below. */
  edited?: EditedTableChoice;
}

export interface RefreshSummary {
  refreshed: RefreshedTable[];
  /** Tables whose control is there but could not be refreshed (damaged tag, table gone from the catalogue, no permission…). */
  failed: { tag: string; title: string; reason: string }[];
  /** Tables inserted earlier whose content control is no longer in the document (deleted, or only the control removed). */
  missing: { tag: string; title: string }[];
  /** True when Track Changes is on; undefined when Word cannot say. */
  trackChangesOn?: boolean;
  /** Track Changes was paused for the refresh and then restored. */
  trackingPaused?: boolean;
  /** The author chose not to refresh: nothing in the document changed. */
  cancelled?: boolean;
  /** When the report was last marked as published, if ever. */
  publishedAt?: string;
}

export type EditedTableChoice = 'keep' | 'overwrite' | 'insert-below';

/** What the refresh asks the author before it changes anything. */
export interface RefreshQuestions {
  /** Tables whose text differs from what Entrance Hall last put there. */
  edited: { tag: string; title: string }[];
  trackChangesOn: boolean;
}

export interface RefreshAnswers {
  proceed: boolean;
  /** Turn Track Changes off for the replacements and back on afterwards. */
  pauseTracking?: boolean;
  /** Per edited table; a table not named is kept as the author left it. */
  edited?: Record<string, EditedTableChoice>;
}

export interface RefreshOptions {
  /** Fetches one table again by its key and the API query of its choices. Throws an Error whose message is for the author. */
  loadTable: (table: { key: ReportTableKey; query: string }) => Promise<ReportTable>;
  snapshots: TableSnapshotStore;
  /** WordApi 1.4 is available, so `changeTrackingMode` can be read. */
  detectTrackChanges: boolean;
  onProgress?: (progress: RefreshProgress) => void;
  /**
   * Asked once, after reading the document and before changing it, when a table was edited by the
   * author or Track Changes is on. Without it, edited tables are kept and tracking is left alone.
   */
  confirm?: (questions: RefreshQuestions) => Promise<RefreshAnswers>;
}

const titleOf = (previous: SnapshotsByTag, tag: string, control: Word.ContentControl | undefined) =>
  // The control's title is Word's alias, "Entrance Hall: <table>"; authors may have cleared it.
  previous[tag]?.title || (control?.title ?? '').replace(/^Entrance Hall: /, '') || tag;

/**
 * Finds every Entrance Hall table in the document, fetches each distinct one once, asks the author
 * about edited tables and Track Changes, and replaces the content of each control — all in ONE
 * Word.run with two syncs (read, then write), never a sync per table, so long documents stay quick
 * and the change lands as one step. Changes are measured from the published report where there is
 * one, otherwise from the last refresh.
 */
export async function refreshReportTables({ loadTable, snapshots, detectTrackChanges, onProgress, confirm }: RefreshOptions): Promise<RefreshSummary> {
  const progress = (phase: RefreshProgress['phase'], done: number, total: number) => onProgress?.({ phase, done, total });
  const published = snapshots.readPublished();
  const summary = await Word.run(async (context) => {
    progress('finding', 0, 0);
    const controls = context.document.contentControls;
    controls.load('items');
    if (detectTrackChanges) context.document.load('changeTrackingMode');
    await context.sync();

    const ours = controls.items.filter((control) => typeof control.tag === 'string' && control.tag.startsWith(TABLE_TAG_PREFIX));
    const byTag = new Map<string, Word.ContentControl[]>();
    for (const control of ours) byTag.set(control.tag, [...(byTag.get(control.tag) ?? []), control]);
    const previous = snapshots.read();
    const result: RefreshSummary = { refreshed: [], failed: [], missing: [], ...(published ? { publishedAt: published.publishedAt } : {}) };
    const trackingMode = detectTrackChanges ? context.document.changeTrackingMode : undefined;
    if (detectTrackChanges) result.trackChangesOn = trackingMode !== 'Off';

    const tags = [...byTag.keys()];
    let fetched = 0;
    progress('fetching', 0, tags.length);
    const loaded = await Promise.all(
      tags.map(async (tag) => {
        const parsed = parseTableTag(tag);
        try {
          if (!parsed) throw new Error('Its tag was changed or damaged, so Entrance Hall cannot tell which table it is. Delete it and insert the table again.');
          const query = parsed.query ?? previous[tag]?.query;
          if (query === undefined) throw new Error('Its choices were kept in this document’s settings, which are gone. Delete it and insert the table again.');
          return { tag, table: await loadTable({ key: parsed.key, query }) };
        } catch (error) {
          return { tag, error: error instanceof Error ? error.message : String(error) };
        } finally {
          fetched += 1;
          progress('fetching', fetched, tags.length);
        }
      }),
    );

    const edited = tags.filter((tag) => byTag.get(tag)!.some((control) => wasEditedInDocument(previous[tag], control.text)));
    const questions: RefreshQuestions = { edited: edited.map((tag) => ({ tag, title: titleOf(previous, tag, byTag.get(tag)![0]) })), trackChangesOn: result.trackChangesOn === true };
    const answers: RefreshAnswers =
      questions.edited.length > 0 || questions.trackChangesOn ? ((await confirm?.(questions)) ?? { proceed: true }) : { proceed: true };
    if (!answers.proceed) return { result: { ...result, cancelled: true }, next: previous };

    progress('replacing', 0, ours.length);
    const pause = answers.pauseTracking === true && result.trackChangesOn === true;
    // Office.js takes the enum's string values; "Off" is Word.ChangeTrackingMode.off.
    if (pause) context.document.changeTrackingMode = 'Off' as Word.ChangeTrackingMode;
    const next = { ...previous };
    for (const item of loaded) {
      const copies = byTag.get(item.tag)!;
      const title = titleOf(previous, item.tag, copies[0]);
      if (!('table' in item) || !item.table) {
        result.failed.push({ tag: item.tag, title, reason: item.error ?? 'Unknown problem.' });
        continue;
      }
      const choice = edited.includes(item.tag) ? (answers.edited?.[item.tag] ?? 'keep') : undefined;
      const baseline = published?.tables[item.tag];
      const earlier = baseline ?? previous[item.tag];
      const shown = tableToShow(item.table, item.tag, published);
      const snapshot = snapshotTable(item.table, shown);
      const changes = earlier ? summariseTableChanges(earlier, snapshot) : undefined;
      result.refreshed.push({
        tag: item.tag,
        title: item.table.title,
        copies: copies.length,
        ...(changes ? { changes, since: baseline ? ('published' as const) : ('last refresh' as const) } : {}),
        ...(choice ? { edited: choice } : {}),
      });
      if (choice === 'keep') continue;
      if (choice === 'insert-below') {
        // The edited copy stays as the author's own text (no longer ours); the fresh table goes below it.
        for (const control of copies) {
          control.getRange('Whole').insertOoxml(renderTableOoxml(shown), 'After');
          control.tag = '';
          control.title = 'Edited copy (no longer refreshed)';
        }
      } else {
        const ooxml = renderTableContentOoxml(shown);
        for (const control of copies) control.insertOoxml(ooxml, 'Replace');
      }
      next[item.tag] = snapshot;
    }
    if (pause) context.document.changeTrackingMode = trackingMode as Word.ChangeTrackingMode;
    if (pause) result.trackingPaused = true;
    await context.sync();
    progress('replacing', ours.length, ours.length);

    for (const [tag, snapshot] of Object.entries(previous)) {
      if (!byTag.has(tag)) {
        result.missing.push({ tag, title: snapshot.title });
        delete next[tag];
      }
    }
    return { result, next };
  });
  if (summary.result.cancelled) return summary.result;
  progress('saving', 0, 1);
  await snapshots.write(summary.next);
  return summary.result;
}

/**
 * Marks the report as published: the tables as they now stand become the baseline that the next
 * refresh's "what changed" and the progress tables' "Since last report" are measured from.
 */
export async function markReportPublished(snapshots: TableSnapshotStore, now = new Date().toISOString()): Promise<PublishedBaseline> {
  const baseline = { publishedAt: now, tables: snapshots.read() };
  await snapshots.writePublished(baseline);
  return baseline;
}

export type RelinkResult = 'relinked' | 'not-found';

/**
 * Finds a table whose content control was removed (the table itself left in place) by its caption
 * as last shown, and wraps caption, table and key in a new content control with the table's tag,
 * so the next refresh updates it again.
 */
export async function relinkReportTable(tag: string, snapshots: TableSnapshotStore): Promise<RelinkResult> {
  const snapshot = snapshots.read()[tag];
  if (!snapshot?.caption) return 'not-found';
  return Word.run(async (context) => {
    const found = context.document.body.search(snapshot.caption!.slice(0, 255), { matchCase: true });
    found.load('items');
    await context.sync();
    const caption = found.items[0];
    if (!caption) return 'not-found';
    const paragraph = caption.paragraphs.getFirst();
    const table = paragraph.getNextOrNullObject().parentTableOrNullObject;
    table.load('isNullObject');
    const key = table.getParagraphAfterOrNullObject();
    key.load('isNullObject,text');
    const inside = caption.parentContentControlOrNullObject;
    inside.load('isNullObject');
    await context.sync();
    if (table.isNullObject || !inside.isNullObject) return 'not-found';
    const end = !key.isNullObject && key.text.startsWith('Key:') ? key.getRange('Whole') : table.getRange('Whole');
    const control = paragraph.getRange('Whole').expandTo(end).insertContentControl();
    control.tag = tag;
    control.title = controlTitle(snapshot.title);
    await context.sync();
    return 'relinked';
  });
}
