import { addDays, dayOfWeek, isoDateOf } from './calendar-days';

/**
 * Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, as in Meeus).
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = isoDateOf(year, month, 1);
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = addDays(isoDateOf(year, month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** A fixed-date holiday falling at a weekend is taken on the next weekday not already a holiday. */
function withSubstitute(date: string, taken: ReadonlySet<string>): string {
  let day = date;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6 || taken.has(day)) day = addDays(day, 1);
  return day;
}

/**
 * The bank holidays of England and Wales in a year, as the days offices are closed: New Year's
 * Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day
 * and Boxing Day, with substitute days when a fixed one falls at a weekend. One-off holidays
 * proclaimed for a single year (a coronation, a jubilee) are not computable and are not included.
 */
export function bankHolidaysInEnglandAndWales(year: number): string[] {
  const easter = easterSunday(year);
  const taken = new Set<string>();
  const christmas = withSubstitute(isoDateOf(year, 12, 25), taken);
  taken.add(christmas);
  const boxingDay = withSubstitute(isoDateOf(year, 12, 26), taken);
  return [
    withSubstitute(isoDateOf(year, 1, 1), new Set()),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmas,
    boxingDay,
  ].sort();
}

const cache = new Map<number, ReadonlySet<string>>();

export function isBankHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = new Set(bankHolidaysInEnglandAndWales(year));
    cache.set(year, holidays);
  }
  return holidays.has(date);
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}
