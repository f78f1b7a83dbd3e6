/**
 * Project request references look like EH-2026-0042: the calendar year of submission and a
 * sequence number per organisation and year. The sequence comes from a counter record updated in
 * the same transaction as the new request (see the request repository).
 */
export const REQUEST_REFERENCE_PATTERN = /^EH-(\d{4})-(\d{4,})$/;

export function formatRequestReference(year: number, sequence: number): string {
  return `EH-${year}-${String(sequence).padStart(4, '0')}`;
}

export function isRequestReference(value: string): boolean {
  return REQUEST_REFERENCE_PATTERN.test(value);
}

/**
 * A reference as people type it: any case, with dashes, spaces, slashes or nothing between the
 * parts, and a two-digit year ("EH-2026-0031", "eh 2026 31", "EH20260031", "EH-26-31").
 */
const LOOSE_REFERENCE = /\bEH[\s/-]*(20\d{2}|\d{2})[\s/-]*(\d{1,6})\b/i;

/** Finds a reference in free text ("status of eh 2026 42?") and normalises it (EH-2026-0042). */
export function findRequestReference(text: string): string | undefined {
  const found = locateRequestReference(text);
  return found?.reference;
}

/** Where a reference sits in free text, and its normal form. */
export function locateRequestReference(text: string): { reference: string; index: number; length: number } | undefined {
  const match = LOOSE_REFERENCE.exec(text);
  if (!match) return undefined;
  const year = match[1]!.length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  return { reference: formatRequestReference(year, Number(match[2])), index: match.index, length: match[0].length };
}
