/**
 * The paths of the fields in `sent` that a schema parse dropped from `parsed` (zod objects strip
 * unknown keys). An answer whose schema is missing a field gives that field's path, e.g.
 * `items[3].budgetProfile`; an exact schema gives none.
 */
export function fieldsNotInSchema(sent: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(sent)) {
    if (!Array.isArray(parsed)) return [];
    return sent.flatMap((item, index) => fieldsNotInSchema(item, parsed[index], `${path}[${index}]`));
  }
  if (!isPlainObject(sent) || !isPlainObject(parsed)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    const at = path === '' ? key : `${path}.${key}`;
    if (value === undefined) return [];
    return key in parsed ? fieldsNotInSchema(value, parsed[key], at) : [at];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
