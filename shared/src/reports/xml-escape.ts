/** Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_ALLOWED_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for an XML element or attribute value (`<`, `>`, `&`, both quotes) and drops the
 * control characters XML cannot carry, so user-supplied text can never change the document's shape.
 */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_ALLOWED_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
