/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so that no clock change moves a day.
 * Pure and browser-safe.
 */
const DAY_MS = 86_400_000;

function toTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** `YYYY-MM-DD` from a year, month (1–12) and day. */
export function isoDateOf(year: number, month: number, day: number): string {
  return fromTime(Date.UTC(year, month - 1, day));
}

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The day in the UK (`YYYY-MM-DD`) at an instant (ISO date-time): a decision at 00:30 BST is that day's, not the day before. */
export function ukDateOf(instant: string): string {
  return UK_DAY.format(new Date(instant));
}
