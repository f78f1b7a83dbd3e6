import { Culture, recognizeCurrency, recognizeNumber } from '@microsoft/recognizers-text-suite';

/** What an officer may write for a figure they do not have yet. */
const NOT_KNOWN = /^(not known|unknown|don'?t know|do not know|dunno|not sure|unsure|tbc|tbd|n\/?a|none yet|not yet known|\?+)$/i;

/** An amount read from text: a number, "not known", or unreadable. */
export type ReadAmount = { kind: 'amount'; value: number } | { kind: 'not_known' } | { kind: 'unreadable' };

/** "25k", "£1.2m" and "2bn" in words, which the recognisers read as numbers. */
function expandShorthand(text: string): string {
  return text.replace(/(\d)\s*(k|m|bn)\b/gi, (_match, digit: string, unit: string) => `${digit} ${{ k: 'thousand', m: 'million', bn: 'billion' }[unit.toLowerCase() as 'k' | 'm' | 'bn']}`);
}

/**
 * Reads a figure ("£4,000.50", "25k", "about 40", "forty") with Microsoft Recognizers Text,
 * rounded to whole units: pence are rounded, not refused. Blank or "not known" is not known.
 */
export function readAmount(text: string): ReadAmount {
  const trimmed = text.trim();
  if (trimmed === '' || NOT_KNOWN.test(trimmed)) return { kind: 'not_known' };
  if (/^-/.test(trimmed.replace(/^£\s*/, ''))) return { kind: 'unreadable' };
  const expanded = expandShorthand(trimmed);
  const found = [...recognizeCurrency(expanded, Culture.English), ...recognizeNumber(expanded, Culture.English)];
  if (found.length === 0) return { kind: 'unreadable' };
  // The longest match is the whole figure ("£4,000.50"), not a part of it.
  const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
  const value = Number((best.resolution as { value?: string }).value);
  if (!Number.isFinite(value) || value < 0) return { kind: 'unreadable' };
  // The rest of the answer must be words, not another figure ("25000 or 30000" is two answers).
  const remainder = `${expanded.slice(0, best.start)} ${expanded.slice(best.end + 1)}`;
  if (/\d/.test(remainder)) return { kind: 'unreadable' };
  return { kind: 'amount', value: Math.round(value) };
}
