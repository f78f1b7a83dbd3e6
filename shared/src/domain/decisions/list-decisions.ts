import { z } from 'zod';
import type { DomainContext } from '../context/domain-context';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { getRequest } from '../requests/read-requests';
import { isoDate } from '../validation/fields';
import type { Decision } from './decision';
import { dateTaken } from './decision-taken';
import type { Meeting } from '../meetings/meeting';

export const decisionFilterSchema = z
  .object({
    meeting: z.string().max(64).optional(),
    from: isoDate('From').optional(),
    to: isoDate('To').optional(),
  })
  .strict();
export type DecisionFilter = z.infer<typeof decisionFilterSchema>;

/** A period is matched against the day the decision was taken (its meeting's, or a member body's), as the log shows it. */
export function matchesDecisionFilter(decision: Decision, filter: DecisionFilter, meetings: ReadonlyMap<string, Pick<Meeting, 'startsAt'>> = new Map()): boolean {
  const day = dateTaken(decision, decision.meetingId ? meetings.get(decision.meetingId) : undefined);
  return (
    (filter.meeting === undefined || decision.meetingId === filter.meeting) &&
    (filter.from === undefined || day >= filter.from) &&
    (filter.to === undefined || day <= filter.to)
  );
}

/** The decisions log of the organisation, oldest first. One meeting's decisions are read by key range. */
export async function listDecisions(context: DomainContext, principal: Principal, filter: DecisionFilter = {}): Promise<Decision[]> {
  assertCan(principal, 'governance:read');
  const records =
    filter.meeting === undefined
      ? await context.repos.decisions.list(principal.organisationId)
      : await context.repos.decisionsByMeeting.list(principal.organisationId, filter.meeting);
  // Meetings are read only when a period is asked for: their dates are what it is matched against.
  const meetings = filter.from === undefined && filter.to === undefined ? new Map() : new Map((await context.repos.meetings.list(principal.organisationId)).map((record) => [record.value.id, record.value]));
  return records
    .map((record) => record.value)
    .filter((decision) => matchesDecisionFilter(decision, filter, meetings))
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}

/** The decisions on one request, for anyone who may see the request. */
export async function listRequestDecisions(context: DomainContext, principal: Principal, requestId: string): Promise<Decision[]> {
  await getRequest(context, principal, requestId);
  const records = await context.repos.decisions.list(principal.organisationId, requestId);
  return records.map((record) => record.value).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}
