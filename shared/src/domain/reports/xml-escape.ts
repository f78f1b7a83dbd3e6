/** Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_ALLOWED_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for an XML element or attribute value (`<`, `>`, `&`, both quotes) and drops the
 * control characters XML cannot carry, so user-supplied text can never change the document's shape.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(value: string): string {
  // Most cell text needs nothing: one test, no copies (tables run to thousands of cells).
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(NOT_ALLOWED_IN_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
