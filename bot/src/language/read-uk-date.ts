import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { isRealDate } from '@entrance-hall/shared/domain/validation/fields';

/** A date found in text, as `YYYY-MM-DD`, and the words it was read from. */
export interface FoundDate {
  date: string;
  text: string;
}

interface DateTimeValue {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

const CENTURY = 2000;

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Numeric dates are read day first, as written in the UK (06/05/2027 is 6 May). Microsoft
 * Recognizers reads them month first, so they never reach it.
 */
function readNumericDate(text: string): FoundDate | 'not a real date' | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return isRealDate(iso[0]) ? { date: iso[0], text: iso[0] } : 'not a real date';
  const uk = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(text);
  if (!uk) return undefined;
  const year = uk[3]!.length === 2 ? CENTURY + Number(uk[3]) : Number(uk[3]);
  const date = `${year}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  return isRealDate(date) ? { date, text: uk[0] } : 'not a real date';
}

/**
 * The date a value stands for when something is needed "by" it: a day is itself; a month or a
 * range is its first day, except "end of March" or "by April", which mean its last day / the day before.
 */
function dateOf(value: DateTimeValue): string | undefined {
  if (value.type === 'date' && value.value) return value.value;
  if (value.type === 'daterange') {
    if ((value.Mod === 'end' || value.Mod === 'before-end' || value.Mod === 'before') && value.end) return dayBefore(value.end);
    return value.start ?? (value.end ? dayBefore(value.end) : undefined);
  }
  return undefined;
}

/**
 * Reads a date as people write it in UK councils ("30/06/2027", "30 June 2027", "end of March",
 * "next March", "by April 2027") with Microsoft Recognizers Text. When words allow two years
 * ("end of March"), the first one not before `today` is taken.
 */
export function findUkDate(text: string, today: string): FoundDate | undefined {
  const numeric = readNumericDate(text);
  // 31/02/2027 is a mistake, not a cue to look for another date in the words around it.
  if (numeric === 'not a real date') return undefined;
  if (numeric) return numeric;
  const reference = new Date(`${today}T12:00:00Z`);
  for (const result of recognizeDateTime(text, Culture.English, undefined, reference)) {
    const values = ((result.resolution as { values?: DateTimeValue[] } | undefined)?.values ?? []).map(dateOf).filter((date): date is string => Boolean(date));
    const chosen = values.find((date) => date >= today) ?? values.at(-1);
    if (chosen && isRealDate(chosen)) return { date: chosen, text: result.text as string };
  }
  return undefined;
}

/** The whole answer as a date, or undefined when it cannot be read as one. */
export function readUkDate(text: string, today: string): string | undefined {
  return findUkDate(text.trim(), today)?.date;
}
