import type { ReportTable } from './report-table';
import { formatChoicesQuery } from './table-tag';

/**
 * What the document showed at the last insert or refresh: each row's identity (e.g. the action's
 * reference) and its status. Small enough to keep in the document's add-in settings.
 */
export interface TableSnapshot {
  title: string;
  /** The choices as the API's query, so a table whose tag is only a fingerprint can still be fetched again. */
  query: string;
  dataAsAt: string;
  rows: [identity: string, status: string][];
}

/** What a refresh changed in one table, by row identity. */
export interface TableChanges {
  added: string[];
  removed: string[];
  statusChanged: { row: string; from: string; to: string }[];
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The snapshot of a table as it is about to be put in the document. */
export function snapshotTable(table: Pick<ReportTable, 'title' | 'choices' | 'dataAsAt' | 'rows' | 'identityColumns' | 'statusColumn'>): TableSnapshot {
  return {
    title: table.title,
    query: formatChoicesQuery(table.choices),
    dataAsAt: table.dataAsAt,
    rows: table.rows.map((row) => [
      table.identityColumns.map((column) => normalise(row[column]?.text ?? '')).join(' · '),
      table.statusColumn === undefined ? '' : normalise(row[table.statusColumn]?.text ?? ''),
    ]),
  };
}

/** Compares the last snapshot with the fresh table: rows added, rows removed, rows whose status changed. */
export function summariseTableChanges(previous: TableSnapshot, next: TableSnapshot): TableChanges {
  const before = new Map(previous.rows);
  const after = new Map(next.rows);
  const changes: TableChanges = { added: [], removed: [], statusChanged: [] };
  for (const [row, status] of after) {
    const was = before.get(row);
    if (was === undefined) changes.added.push(row);
    else if (was !== status) changes.statusChanged.push({ row, from: was, to: status });
  }
  for (const row of before.keys()) if (!after.has(row)) changes.removed.push(row);
  return changes;
}

export function hasChanges(changes: TableChanges): boolean {
  return changes.added.length + changes.removed.length + changes.statusChanged.length > 0;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "1 row added (A9.9); 1 status changed: A1.3 from Amber – at risk to Red – off track" — or "No changes". */
export function describeTableChanges(changes: TableChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`${plural(changes.added.length, 'row', 'rows')} added (${changes.added.join(', ')})`);
  if (changes.removed.length > 0) parts.push(`${plural(changes.removed.length, 'row', 'rows')} removed (${changes.removed.join(', ')})`);
  if (changes.statusChanged.length > 0) {
    parts.push(`${plural(changes.statusChanged.length, 'status', 'statuses')} changed: ${changes.statusChanged.map((change) => `${change.row} from ${change.from} to ${change.to}`).join('; ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'No changes';
}
