/** Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_ALLOWED_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The entity for a character that must be escaped in an element or an attribute value. */
function entityFor(code: number): string | undefined {
  switch (code) {
    case 38:
      return '&amp;';
    case 60:
      return '&lt;';
    case 62:
      return '&gt;';
    case 34:
      return '&quot;';
    case 39:
      return '&apos;';
    default:
      return undefined;
  }
}

/**
 * Escapes text for an XML element or attribute value (`<`, `>`, `&`, both quotes) and drops the
 * control characters XML cannot carry, so user-supplied text can never change the document's shape.
 */
export function escapeXml(value: string): string {
  // Most cell text needs nothing: one test, no copies (tables run to thousands of cells).
  if (!NEEDS_WORK.test(value)) return value;
  const allowed = value.replace(NOT_ALLOWED_IN_XML, '');
  // One pass, copying the runs between the characters to escape (no callback per character).
  let escaped = '';
  let from = 0;
  for (let at = 0; at < allowed.length; at += 1) {
    const entity = entityFor(allowed.charCodeAt(at));
    if (entity === undefined) continue;
    escaped += allowed.slice(from, at) + entity;
    from = at + 1;
  }
  return escaped + allowed.slice(from);
}
