import { isReportTableKey, type ReportChoices, type ReportTableKey } from './report-table';

/** Every Entrance Hall content control's tag starts with this, so refresh can tell ours from others. */
export const TABLE_TAG_PREFIX = 'eh1:';

const CHOICE_ORDER: readonly (keyof ReportChoices)[] = ['year', 'theme', 'stage', 'from', 'to', 'meeting', 'top'];

/** The choices as a query string in a fixed order (stages comma-separated); empty choices are left out. */
export function formatChoicesQuery(choices: ReportChoices): string {
  const params = new URLSearchParams();
  for (const name of CHOICE_ORDER) {
    const value = choices[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/**
 * The content control's tag: the table and its choices, e.g. `eh1:action-plan?year=2026%2F27`.
 * Refresh reads it back to fetch the same table again.
 */
export function buildTableTag(key: ReportTableKey, choices: ReportChoices): string {
  const query = formatChoicesQuery(choices);
  return `${TABLE_TAG_PREFIX}${key}${query ? `?${query}` : ''}`;
}

export interface ParsedTableTag {
  key: ReportTableKey;
  /** The choices as the API's query string (validated by the API, not here). */
  query: string;
}

/** Reads a tag written by buildTableTag; undefined for anyone else's tag or a damaged one. */
export function parseTableTag(tag: string): ParsedTableTag | undefined {
  if (!tag.startsWith(TABLE_TAG_PREFIX)) return undefined;
  const rest = tag.slice(TABLE_TAG_PREFIX.length);
  const [key, query = ''] = rest.split('?', 2) as [string, string?];
  if (!isReportTableKey(key)) return undefined;
  return { key, query };
}
