import type { FieldError } from '../errors/app-error';
import type { RequestFields } from './project-request';

/** The dates a request is planned against: neither may already have passed when it is given. */
export const PLANNED_DATE_FIELDS = ['neededBy', 'statutoryDeadline'] as const;
export type PlannedDateField = (typeof PLANNED_DATE_FIELDS)[number];

const PAST_DATE_MESSAGES: Record<PlannedDateField, string> = {
  neededBy: 'That date has passed: give the date it is needed by from today on.',
  statutoryDeadline: 'That date has passed: give the date the law or regulator requires it by now, or leave it blank.',
};

/** Today as the rule compares it (`YYYY-MM-DD`, UTC), from an ISO timestamp such as `context.now()`. */
export function todayOf(now: string): string {
  return now.slice(0, 10);
}

/**
 * The one rule for past dates, used by the bot's intake and by the API's create and update: a
 * needed-by date or statutory deadline before `today` is refused; today itself is accepted.
 * `unchanged` holds the values already stored (an update): a date sent again as it was is not
 * judged again, so a request whose date has since passed can still be edited elsewhere.
 */
export function findPastDates(fields: Partial<Pick<RequestFields, PlannedDateField>>, today: string, unchanged: Partial<Pick<RequestFields, PlannedDateField>> = {}): FieldError[] {
  return PLANNED_DATE_FIELDS.flatMap((field) => {
    const value = fields[field];
    if (typeof value !== 'string' || value >= today || value === unchanged[field]) return [];
    return [{ field, message: PAST_DATE_MESSAGES[field] }];
  });
}
