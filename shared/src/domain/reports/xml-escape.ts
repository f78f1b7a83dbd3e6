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

/** Characters beyond Latin-1, which make V8 hold a whole string (and any string built from it) two bytes a character. */
const BEYOND_LATIN1 = /[\u0100-\uFFFF]/;
/** Arguments per String.fromCharCode call, well within any engine's limit. */
const CHUNK = 4096;

/** A copy of the text held one byte a character (V8 keeps the width of the string text was cut from). */
function oneByteCopy(text: string): string {
  let copy = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    const codes: number[] = [];
    for (let at = from; at < Math.min(text.length, from + CHUNK); at += 1) codes.push(text.charCodeAt(at));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}

/**
 * `escapeXml`, with every character beyond Latin-1 (the en dash of every RAG label, curly quotes,
 * arrows, emoji) written as a numeric character reference, in a string held one byte a character.
 * One such character would make the whole Word package two bytes a character: twice the memory
 * to flatten and encode on every response, for the same text in Word. A lone surrogate (no
 * character at all) becomes U+FFFD, as UTF-8 encoding would make it.
 */
export function escapeXmlLatin1(value: string): string {
  const escaped = escapeXml(value);
  if (!BEYOND_LATIN1.test(escaped)) return escaped;
  let narrowed = '';
  let from = 0;
  for (let at = 0; at < escaped.length; at += 1) {
    const code = escaped.charCodeAt(at);
    if (code < 0x100) continue;
    const point = escaped.codePointAt(at)!;
    const pair = point > 0xffff;
    const character = pair || code < 0xd800 || code > 0xdfff ? point : 0xfffd;
    narrowed += `${escaped.slice(from, at)}&#${character};`;
    at += pair ? 1 : 0;
    from = at + 1;
  }
  return oneByteCopy(narrowed + escaped.slice(from));
}
