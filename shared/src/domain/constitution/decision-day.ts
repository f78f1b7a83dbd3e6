/**
 * The day a decision was taken, YYYY-MM-DD: the member body's meeting date, its meeting's date,
 * else the day it was recorded. The decisions log, the tab's decisions and a decided request's
 * route all date a decision by this one rule.
 */
export function dateTaken(decision: { madeBy?: { meetingDate: string }; meetingId?: string; recordedAt: string }, meeting?: { startsAt: string }): string {
  return decision.madeBy?.meetingDate ?? (decision.meetingId && meeting ? meeting.startsAt.slice(0, 10) : decision.recordedAt.slice(0, 10));
}
