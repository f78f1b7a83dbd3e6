import type { ReportTable } from './report-table';

/** What a refresh changed in one table, by row identity (e.g. the action's reference). */
export interface TableChanges {
  added: string[];
  removed: string[];
  statusChanged: { row: string; from: string; to: string }[];
}

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

function indexRows(rows: readonly (readonly string[])[], table: Pick<ReportTable, 'identityColumns' | 'statusColumn'>): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    const identity = table.identityColumns.map((column) => normalise(row[column] ?? '')).join(' · ');
    if (identity === '') continue;
    index.set(identity, table.statusColumn === undefined ? '' : normalise(row[table.statusColumn] ?? ''));
  }
  return index;
}

/** The cell texts of a table model, as Word would read them back from the document. */
export function tableRowTexts(table: Pick<ReportTable, 'rows'>): string[][] {
  return table.rows.map((row) => row.map((cell) => cell.text));
}

/**
 * Compares the rows a document showed (read back from Word, header row first) with the fresh
 * table: rows added, rows removed, and rows whose status column changed.
 */
export function summariseTableChanges(previousValues: readonly (readonly string[])[], next: Pick<ReportTable, 'rows' | 'identityColumns' | 'statusColumn' | 'emptyText'>): TableChanges {
  const previousRows = previousValues.slice(1).filter((row) => normalise(row[0] ?? '') !== normalise(next.emptyText));
  const before = indexRows(previousRows, next);
  const after = indexRows(tableRowTexts(next), next);
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

/** "2 rows added (A1.9, A2.1); 1 status changed: A1.3 from Amber – at risk to Red – off track" — or "No changes". */
export function describeTableChanges(changes: TableChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`${plural(changes.added.length, 'row', 'rows')} added (${changes.added.join(', ')})`);
  if (changes.removed.length > 0) parts.push(`${plural(changes.removed.length, 'row', 'rows')} removed (${changes.removed.join(', ')})`);
  if (changes.statusChanged.length > 0) {
    parts.push(`${plural(changes.statusChanged.length, 'status', 'statuses')} changed: ${changes.statusChanged.map((change) => `${change.row} from ${change.from} to ${change.to}`).join('; ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'No changes';
}
