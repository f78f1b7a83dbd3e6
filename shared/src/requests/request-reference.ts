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

/** Finds a reference in free text ("status of eh-2026-42?") and normalises it. */
export function findRequestReference(text: string): string | undefined {
  const match = /\bEH-(\d{4})-(\d{1,6})\b/i.exec(text);
  if (!match) return undefined;
  return formatRequestReference(Number(match[1]), Number(match[2]));
}
