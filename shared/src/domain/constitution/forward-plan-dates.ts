import { addDays } from './calendar-days';
import { isWorkingDay } from './bank-holidays';

/**
 * How the forward plan's notice period counts: calendar days (the default, as reg. 9 of the 2012
 * Regulations counts "28 clear days") or, where a constitution asks for more, working days.
 */
export const NOTICE_DAY_COUNTS = ['working', 'calendar'] as const;
export type NoticeDayCount = (typeof NOTICE_DAY_COUNTS)[number];

export interface NoticePeriod {
  clearDays: number;
  count: NoticeDayCount;
}

function countsAsClearDay(date: string, count: NoticeDayCount): boolean {
  return count === 'calendar' || isWorkingDay(date);
}

function previousWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Clear days strictly between publication and decision: neither the day published nor the day decided counts. */
export function countClearDays(publishedOn: string, decidedOn: string, count: NoticeDayCount): number {
  let clear = 0;
  for (let day = addDays(publishedOn, 1); day < decidedOn; day = addDays(day, 1)) if (countsAsClearDay(day, count)) clear += 1;
  return clear;
}

/**
 * The last working day a key decision can be published on the forward plan and still be taken on
 * `decisionDate`: the notice period's clear days lie strictly between the two. Every day counts
 * when counting calendar days; weekends and bank holidays in England and Wales count only when the
 * constitution counts working days. Either way the notice is published on a working day.
 */
export function latestNoticeDate(decisionDate: string, period: NoticePeriod): string {
  let day = addDays(decisionDate, -1);
  let clear = 0;
  while (clear < period.clearDays) {
    if (countsAsClearDay(day, period.count)) clear += 1;
    day = addDays(day, -1);
  }
  return previousWorkingDay(day);
}

/** The first working day a decision can be taken when its notice is published on `publishedOn`. */
export function earliestDecisionDate(publishedOn: string, period: NoticePeriod): string {
  let day = addDays(publishedOn, 1);
  let clear = 0;
  while (clear < period.clearDays) {
    if (countsAsClearDay(day, period.count)) clear += 1;
    day = addDays(day, 1);
  }
  return nextWorkingDay(day);
}
