import type { ReportTable, ReportTableKey } from './report-table';
import { normaliseCellText, rowIdentity, type TableSnapshot } from './summarise-table-changes';
import { formatLongDate } from '../formatting/format-values';

/** Ranks a status as shown in a table, higher is better; undefined when it cannot be ranked. */
type StatusRank = (status: string) => number | undefined;

/** RAG words: Red, then Amber and Grey (not started), Green, Blue (complete). */
const RAG_RANK: Record<string, number> = { red: 0, amber: 1, grey: 1, green: 2, blue: 3 };
const ragWord = (status: string) => status.split(' – ')[0]!.trim();
const rankRag: StatusRank = (status) => RAG_RANK[ragWord(status).toLowerCase()];

/** A risk's "High (20)": a lower score is better. */
const rankRisk: StatusRank = (status) => {
  const score = /\((\d+)\)\s*$/.exec(status)?.[1];
  return score === undefined ? undefined : -Number(score);
};

/** The progress tables, whose status has a direction of travel, and how each ranks and names its status. */
const PROGRESS_TABLES: Partial<Record<ReportTableKey, { rank: StatusRank; name: (status: string) => string }>> = {
  'action-plan': { rank: rankRag, name: ragWord },
  'audit-actions': { rank: rankRag, name: ragWord },
  risks: { rank: rankRisk, name: (status) => status },
};

export const SINCE_LAST_REPORT = 'Since last report';

export function hasDirectionOfTravel(key: ReportTableKey): boolean {
  return PROGRESS_TABLES[key] !== undefined;
}

/** "↑ Improved from Amber", "↓ Worsened from Green", "→ No change", "New since last report". */
export function describeDirectionOfTravel(key: ReportTableKey, before: string | undefined, now: string): string {
  const table = PROGRESS_TABLES[key];
  if (!table) return '';
  if (before === undefined) return 'New since last report';
  if (before === now) return '→ No change';
  const [was, is] = [table.rank(before), table.rank(now)];
  if (was === undefined || is === undefined || was === is) return `→ Changed from ${table.name(before)}`;
  return is > was ? `↑ Improved from ${table.name(before)}` : `↓ Worsened from ${table.name(before)}`;
}

/**
 * The table with a "Since last report" column after its status: the direction of travel of each
 * row since the published report (the baseline), in words with an arrow. Tables without a status
 * that has a direction, or without a baseline, come back unchanged.
 */
export function addSinceLastReport(table: ReportTable, baseline: TableSnapshot | undefined): ReportTable {
  const status = table.statusColumn;
  if (!baseline || status === undefined || !hasDirectionOfTravel(table.key)) return table;
  const before = new Map(baseline.rows.map((row) => [row[0], row[1]]));
  const insertAt = status + 1;
  return {
    ...table,
    columns: [...table.columns.slice(0, insertAt), { label: SINCE_LAST_REPORT }, ...table.columns.slice(insertAt)],
    rows: table.rows.map((row) => [
      ...row.slice(0, insertAt),
      { text: describeDirectionOfTravel(table.key, before.get(rowIdentity(table, row)), normaliseCellText(row[status]?.text ?? '')) },
      ...row.slice(insertAt),
    ]),
    description: `${table.description} "Since last report" gives the direction of travel since the last published report (data as at ${formatLongDate(baseline.dataAsAt)}).`,
  };
}
