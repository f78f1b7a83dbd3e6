import { renderTableContentOoxml, renderTableOoxml } from '@entrance-hall/shared/reports/render-table-ooxml';
import type { ReportTable, ReportTableKey } from '@entrance-hall/shared/reports/report-table';
import { snapshotTable, summariseTableChanges, type TableChanges } from '@entrance-hall/shared/reports/summarise-table-changes';
import { buildTableTag, parseTableTag, TABLE_TAG_PREFIX } from '@entrance-hall/shared/reports/table-tag';
import type { TableSnapshotStore } from './table-snapshots';

/*
 * The only module that calls Word.run. The task pane gets these functions and never touches
 * `Word` itself, so the UI can be tested outside Office and this module against office-addin-mock.
 */

/** Puts the table, wrapped whole in its one content control, at the cursor (replacing any selection). */
export async function insertReportTable(table: ReportTable, snapshots: TableSnapshotStore): Promise<void> {
  await Word.run(async (context) => {
    context.document.getSelection().insertOoxml(renderTableOoxml(table), 'Replace');
    await context.sync();
  });
  await snapshots.write({ ...snapshots.read(), [buildTableTag(table.key, table.choices)]: snapshotTable(table) });
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
  /** Undefined when there was no earlier snapshot to compare with. */
  changes?: TableChanges;
}

export interface RefreshSummary {
  refreshed: RefreshedTable[];
  /** Tables whose control is there but could not be refreshed (damaged tag, table gone from the catalogue, no permission…). */
  failed: { tag: string; title: string; reason: string }[];
  /** Tables inserted earlier whose content control is no longer in the document. */
  missing: { tag: string; title: string }[];
  /** True when Track Changes is on (the replacements show as tracked changes); undefined when Word cannot say. */
  trackChangesOn?: boolean;
}

export interface RefreshOptions {
  /** Fetches one table again by its key and the API query of its choices. Throws an Error whose message is for the author. */
  loadTable: (table: { key: ReportTableKey; query: string }) => Promise<ReportTable>;
  snapshots: TableSnapshotStore;
  /** WordApi 1.4 is available, so `changeTrackingMode` can be read. */
  detectTrackChanges: boolean;
  onProgress?: (progress: RefreshProgress) => void;
}

/**
 * Finds every Entrance Hall table in the document, fetches each distinct one once, and replaces
 * the content of each control, all in ONE Word.run with two syncs (read, then write) — never a
 * sync per table, so long documents stay quick and the change lands as one step.
 */
export async function refreshReportTables({ loadTable, snapshots, detectTrackChanges, onProgress }: RefreshOptions): Promise<RefreshSummary> {
  const progress = (phase: RefreshProgress['phase'], done: number, total: number) => onProgress?.({ phase, done, total });
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
    const result: RefreshSummary = { refreshed: [], failed: [], missing: [] };
    if (detectTrackChanges) result.trackChangesOn = context.document.changeTrackingMode !== 'Off';

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

    progress('replacing', 0, ours.length);
    const next = { ...previous };
    for (const item of loaded) {
      const copies = byTag.get(item.tag)!;
      // The control's title is Word's alias, "Entrance Hall: <table>"; authors may have cleared it.
      const title = previous[item.tag]?.title || (copies[0]?.title ?? '').replace(/^Entrance Hall: /, '') || item.tag;
      if (!('table' in item) || !item.table) {
        result.failed.push({ tag: item.tag, title, reason: item.error ?? 'Unknown problem.' });
        continue;
      }
      const ooxml = renderTableContentOoxml(item.table);
      for (const control of copies) control.insertOoxml(ooxml, 'Replace');
      const snapshot = snapshotTable(item.table);
      result.refreshed.push({ tag: item.tag, title: item.table.title, copies: copies.length, ...(previous[item.tag] ? { changes: summariseTableChanges(previous[item.tag]!, snapshot) } : {}) });
      next[item.tag] = snapshot;
    }
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
  progress('saving', 0, 1);
  await snapshots.write(summary.next);
  return summary.result;
}
