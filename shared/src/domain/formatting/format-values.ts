/**
 * How money, numbers, dates and times read everywhere Entrance Hall shows them (the tab, the bot's
 * cards, the report tables): British English, pounds without pence, UK time. Pure and browser-safe.
 */
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const LONG_DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London' });

/** How a figure the officer did not know reads everywhere: never as 0. */
export const NOT_KNOWN = 'Not known';

/** £12,500; "Not known" when absent */
export function formatPounds(value: number | undefined): string {
  return value === undefined ? NOT_KNOWN : POUNDS.format(value);
}

/** 12,500 or 2.5; "Not known" when absent */
export function formatNumber(value: number | undefined): string {
  return value === undefined ? NOT_KNOWN : NUMBER.format(value);
}

/** 1 day, 40 days; "Not known" when absent */
export function formatDays(value: number | undefined): string {
  return value === undefined ? NOT_KNOWN : `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
}

function formatDay(format: Intl.DateTimeFormat, value: string | undefined): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : format.format(date);
}

function formatMoment(format: Intl.DateTimeFormat, value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : format.format(date).replace(' at ', ', ');
}

/** "1 Apr 2027" from YYYY-MM-DD (or the date of an ISO timestamp); empty stays empty. */
export function formatDate(value: string | undefined): string {
  return formatDay(SHORT_DATE, value);
}

/** "1 April 2027": in sentences, such as the bot's cards. */
export function formatLongDate(value: string | undefined): string {
  return formatDay(LONG_DATE, value);
}

/** "9 Dec 2026, 14:20" in UK time. */
export function formatDateTime(value: string): string {
  return formatMoment(SHORT_DATE_TIME, value);
}

/** "22 November 2026, 14:05" in UK time: when report data was read. */
export function formatLongDateTime(value: string): string {
  return formatMoment(LONG_DATE_TIME, value);
}
