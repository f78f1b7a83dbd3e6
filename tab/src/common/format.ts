const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('en-GB');
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** £12,500 */
export function formatPounds(value: number): string {
  return POUNDS.format(value);
}

/** 1 day, 40 days */
export function formatDays(value: number): string {
  return `${NUMBER.format(value)} ${value === 1 ? 'day' : 'days'}`;
}

/** 30 Sept 2026 (a date without time, as stored: YYYY-MM-DD) */
export function formatDate(isoDate: string): string {
  return DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** 9 Dec 2026, 14:20 (UK time) */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}
