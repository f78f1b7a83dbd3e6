/** A query string as the API reads it: one value is a string, several (repeated or comma-separated) a list. */
export type QueryValues = Record<string, string | string[]>;

/**
 * The one query parser: `stage=a,b`, `stage=a&stage=b` and restify's parsed object all read as
 * `{ stage: ['a', 'b'] }`; empty values are dropped. The server reads every query through it, and
 * the add-in turns its saved table choices into the client's query with it.
 */
export function readQuery(query: unknown): QueryValues {
  const entries: [string, unknown][] =
    query instanceof URLSearchParams ? [...new Set(query.keys())].map((key) => [key, query.getAll(key)]) : query && typeof query === 'object' ? Object.entries(query) : [];
  const result: QueryValues = {};
  for (const [key, value] of entries) {
    const values = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).filter((item) => item !== '');
    if (values.length === 1) result[key] = values[0]!;
    else if (values.length > 1) result[key] = values;
  }
  return result;
}

/** The query string for a call: lists are comma-separated, unset values left out. */
export function writeQuery(values: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.map(String).join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
