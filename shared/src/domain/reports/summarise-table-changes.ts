import { fingerprintText } from './fingerprint-text';
import { labelInSentence, listInWords } from './label-in-sentence';
import type { ReportTable } from './report-table';
import { formatChoicesQuery } from './table-tag';

/**
 * One row as the document last showed it: its identity (e.g. the action's reference), its status
 * in words, and a fingerprint of every cell ("3f2a9c01.9b…", in the order of the snapshot's columns).
 * Snapshots from before cell fingerprints were kept have only identity and status.
 */
export type SnapshotRow = [identity: string, status: string, cells?: string];

/**
 * What the document showed at the last insert or refresh (or at publication, for the published
 * baseline): small enough to keep in the document's add-in settings.
 */
export interface TableSnapshot {
  title: string;
  /** The caption as shown, so a table whose content control was removed can be found again by it. */
  caption?: string;
  /** The choices as the API's query, so a table whose tag is only a fingerprint can still be fetched again. */
  query: string;
  dataAsAt: string;
  /** The column labels the cell fingerprints follow, and the label of the status column. */
  columns?: string[];
  statusColumn?: string;
  rows: SnapshotRow[];
  /** Fingerprint of all the table's text as put in the document (spaces ignored), to notice an author's edits. */
  text?: string;
}

/** One row whose cells differ: the columns that changed (besides status), and the status before and after when it changed. */
export interface RowChange {
  row: string;
  columns: string[];
  /** The status column's text before and after, and that column's heading ("Notice published"). */
  status?: { from: string; to: string; column?: string };
}

/** What changed in one table, by row identity. */
export interface TableChanges {
  added: string[];
  removed: string[];
  changed: RowChange[];
}

/** A cell's text on one line, spaces collapsed: how snapshots compare it. */
export const normaliseCellText = (value: string) => value.replace(/\s+/g, ' ').trim();
const normalise = normaliseCellText;

/** What identifies a row across refreshes: its identity columns' text, joined with " · ". */
export function rowIdentity(table: Pick<ReportTable, 'identityColumns'>, row: ReportTable['rows'][number]): string {
  return table.identityColumns.map((column) => normalise(row[column]?.text ?? '')).join(' · ');
}

/** The letters of a text without spaces, line breaks or control characters: what Word and we both agree a table says. */
export const compactText = (value: string) => value.replace(/[\s\p{Cc}\u00ad]+/gu, '');

/** Every piece of text the table puts in the document, in order: caption, headings, cells (or the empty note), key. */
export function visibleTableText(table: Pick<ReportTable, 'caption' | 'columns' | 'rows' | 'emptyText' | 'legend'>): string {
  const cells = table.rows.length > 0 ? table.rows.flatMap((row) => row.map((cell) => cell.text)) : [table.emptyText];
  const key = table.legend ? ['Key:', ...table.legend.map((item) => item.label)] : [];
  return [table.caption, ...table.columns.map((column) => column.label), ...cells, ...key].join(' ');
}

type SnapshotSource = Pick<ReportTable, 'title' | 'caption' | 'choices' | 'dataAsAt' | 'columns' | 'rows' | 'identityColumns' | 'statusColumn' | 'emptyText' | 'legend'>;

/**
 * The snapshot of a table as it is about to be put in the document. `shown` is what is actually
 * rendered when it differs (e.g. with a "since last report" column); its text is fingerprinted so a
 * later refresh can tell whether the author edited the table.
 */
export function snapshotTable(table: SnapshotSource, shown: SnapshotSource = table): TableSnapshot {
  return {
    title: table.title,
    caption: table.caption,
    query: formatChoicesQuery(table.choices),
    dataAsAt: table.dataAsAt,
    columns: table.columns.map((column) => column.label),
    ...(table.statusColumn !== undefined ? { statusColumn: table.columns[table.statusColumn]?.label ?? '' } : {}),
    rows: table.rows.map((row) => [
      rowIdentity(table, row),
      table.statusColumn === undefined ? '' : normalise(row[table.statusColumn]?.text ?? ''),
      row.map((cell) => fingerprintText(normalise(cell.text))).join('.'),
    ]),
    text: fingerprintText(compactText(visibleTableText(shown))),
  };
}

/** True when the text Word reports for the table's control is not what Entrance Hall last put there. */
export function wasEditedInDocument(snapshot: TableSnapshot | undefined, documentText: string | undefined): boolean {
  if (!snapshot?.text || documentText === undefined) return false;
  return fingerprintText(compactText(documentText)) !== snapshot.text;
}

/** Cell fingerprints by column label, so columns added or reordered since do not read as changes. */
function cellsByColumn(snapshot: TableSnapshot, row: SnapshotRow): Map<string, string> | undefined {
  if (!snapshot.columns || row[2] === undefined) return undefined;
  const cells = row[2].split('.');
  return new Map(snapshot.columns.map((label, index) => [label, cells[index] ?? '']));
}

/**
 * Compares an earlier snapshot with the fresh table, cell by cell: rows added, rows removed, and
 * for each changed row the columns whose text differs (with the status before and after).
 */
export function summariseTableChanges(previous: TableSnapshot, next: TableSnapshot): TableChanges {
  const before = new Map(previous.rows.map((row) => [row[0], row]));
  const after = new Map(next.rows.map((row) => [row[0], row]));
  const changes: TableChanges = { added: [], removed: [], changed: [] };
  for (const [identity, row] of after) {
    const was = before.get(identity);
    if (was === undefined) {
      changes.added.push(identity);
      continue;
    }
    const statusChanged = was[1] !== row[1];
    const oldCells = cellsByColumn(previous, was);
    const newCells = cellsByColumn(next, row);
    const columns =
      oldCells && newCells ? [...newCells].filter(([label, cell]) => label !== next.statusColumn && oldCells.has(label) && oldCells.get(label) !== cell).map(([label]) => label) : [];
    if (statusChanged || columns.length > 0) {
      changes.changed.push({ row: identity, columns, ...(statusChanged ? { status: { from: was[1], to: row[1], ...(next.statusColumn ? { column: next.statusColumn } : {}) } } : {}) });
    }
  }
  for (const identity of before.keys()) if (!after.has(identity)) changes.removed.push(identity);
  return changes;
}

export function hasChanges(changes: TableChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The status column as the summary names it: its heading without the bracketed key ("Status (RAG)" → "status", "Notice published" → "notice published"). */
const statusColumnInWords = (column: string | undefined) => labelInSentence((column ?? 'Status').replace(/\s*\(.*\)$/, '')) || 'status';

/** "A1.1: status from Green – on track to Red – off track; due changed" or "EH-2026-0001: cost and needed by changed". */
export function describeRowChange(change: RowChange): string {
  const others = change.columns.map(labelInSentence);
  const parts = [
    ...(change.status ? [`${statusColumnInWords(change.status.column)} from ${change.status.from || 'blank'} to ${change.status.to || 'blank'}`] : []),
    ...(others.length > 0 ? [`${listInWords(others)} changed`] : []),
  ];
  return `${change.row}: ${parts.join('; ')}`;
}

/**
 * "1 row added (A9.9); 1 row removed (A1.2); 2 rows changed — A1.1: status from Amber – at risk to
 * Red – off track; EH-2026-0001: cost and needed by changed" — or "No changes".
 */
export function describeTableChanges(changes: TableChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`${plural(changes.added.length, 'row', 'rows')} added (${changes.added.join(', ')})`);
  if (changes.removed.length > 0) parts.push(`${plural(changes.removed.length, 'row', 'rows')} removed (${changes.removed.join(', ')})`);
  if (changes.changed.length > 0) {
    parts.push(`${plural(changes.changed.length, 'row', 'rows')} changed — ${changes.changed.map((change) => describeRowChange(change)).join('; ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'No changes';
}
