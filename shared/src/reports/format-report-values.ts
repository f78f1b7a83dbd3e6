/** How dates, times and money read in a UK committee report. Pure; the same in Node and the browser. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Europe/London',
});
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "12 Mar 2026" from YYYY-MM-DD or an ISO date-time; empty stays empty. */
export function formatReportDate(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : DAY.format(date);
}

/** "22 November 2026, 14:05" in UK time: when the data was read. */
export function formatReportDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DAY_TIME.format(date).replace(' at ', ', ');
}

export function formatPounds(value: number): string {
  return POUNDS.format(value);
}

export function formatCount(value: number): string {
  return COUNT.format(value);
}
