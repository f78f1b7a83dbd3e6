/**
 * Table Storage keys may not contain / \ # ? or control characters, and anything derived from
 * users or channels may. Every such value is encoded: characters other than letters, digits,
 * '.' and '-' become `_xxxx` (the code unit in hex), so encoding is reversible and never collides
 * with the literal keys Entrance Hall uses itself (which start with '_' or contain '|').
 */
export function encodeKey(value: string): string {
  let encoded = '';
  for (const character of value) {
    encoded += /[A-Za-z0-9.-]/.test(character)
      ? character
      : encodeCodeUnits(character);
  }
  return encoded;
}

function encodeCodeUnits(character: string): string {
  let out = '';
  for (let index = 0; index < character.length; index += 1) {
    out += `_${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
  }
  return out;
}

export function decodeKey(encoded: string): string {
  return encoded.replace(/_([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Separator between the parts of a row key; never produced by encodeKey. */
export const KEY_SEPARATOR = '|';

export function rowKey(...parts: string[]): string {
  return parts.join(KEY_SEPARATOR);
}

/** The exclusive upper bound of every key that starts with `prefix`. */
export function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** A sortable, key-safe form of an ISO timestamp: 2026-11-22T02:34:00.123Z → 20261122T023400123Z. */
export function timeKey(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}
