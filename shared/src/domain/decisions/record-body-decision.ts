import { z } from 'zod';
import { assertCurrentVersion } from '../context/commit-change';
import { actorOf, type DomainContext } from '../context/domain-context';
import { ukDateOf } from '../constitution/calendar-days';
import { formatLongDate } from '../formatting/format-values';
import { commitDecision } from './commit-decision';
import { OUTCOME_STAGE, type Decision } from './decision';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { ProjectRequest } from '../requests/project-request';
import { getRequest } from '../requests/read-requests';
import type { Versioned } from '../ports/versioned';
import { LIMITS, isoDate, optionalText, requiredText } from '../validation/fields';
import { parseInput } from '../validation/parse-input';

const BODY_OUTCOMES = ['approve', 'defer', 'reject'] as const;

/** The body of `POST /api/v1/requests/:id/body-decision`: what the member body decided, where it is minuted. */
export const recordBodyDecisionSchema = z
  .object({
    outcome: z.enum(BODY_OUTCOMES, { error: `Outcome must be one of: ${BODY_OUTCOMES.join(', ')}.` }),
    meetingDate: isoDate('Meeting date'),
    minuteReference: requiredText('Minute reference', 60),
    reason: requiredText('Reason', LIMITS.longText),
    conditions: optionalText('Conditions', LIMITS.longText),
  })
  .strict();

/**
 * Whether a member body's meeting could have decided a recommendation: on or after the day the
 * recommendation was made, and not after today. Any such day is accepted, listed meeting or not:
 * councils hold extraordinary and adjourned meetings that no settings list foresees.
 */
export function checkBodyMeetingDate(meetingDate: string, recommendedOn: string, today: string, body: string): string | undefined {
  if (meetingDate > today) return 'That meeting has not happened yet: record the decision after it is taken.';
  if (meetingDate < recommendedOn) return `${body} cannot have decided before the recommendation was made on ${formatLongDate(recommendedOn)}: give the date of the meeting that took the decision.`;
  return undefined;
}

/**
 * The chair or an administrator records the decision a member body (Cabinet, a committee) took on
 * the steering group's recommendation, with its meeting and minute reference; the request moves on.
 */
export async function recordBodyDecision(context: DomainContext, principal: Principal, requestId: string, input: unknown, etag: string): Promise<{ request: Versioned<ProjectRequest>; decision: Decision }> {
  assertCan(principal, 'decisions:record-body', 'Only the steering group chair or an administrator can record a decision of Cabinet or a committee.');
  const body = parseInput(recordBodyDecisionSchema, input);
  const current = await getRequest(context, principal, requestId);
  assertCurrentVersion(current, etag, 'request');
  const { awaitingDecision, ...request } = current.value;
  if (!awaitingDecision) throw appErrors.ruleViolation(`${requestId} is not waiting for a decision by Cabinet or a committee; the steering group decides it.`);
  const dateProblem = checkBodyMeetingDate(body.meetingDate, ukDateOf(awaitingDecision.recommendedAt), ukDateOf(context.now()), awaitingDecision.body);
  if (dateProblem) throw appErrors.validation([{ field: 'meetingDate', message: dateProblem }]);
  const decision: Decision = {
    id: context.newId(),
    organisationId: principal.organisationId,
    requestId: request.id,
    requestTitle: request.title,
    outcome: body.outcome,
    reason: body.reason,
    ...(body.conditions ? { conditions: body.conditions } : {}),
    recordedBy: actorOf(principal),
    recordedAt: context.now(),
    fromStage: request.stage,
    toStage: OUTCOME_STAGE[body.outcome],
    madeBy: { body: awaitingDecision.body, meetingDate: body.meetingDate, minuteReference: body.minuteReference },
  };
  return commitDecision(context, principal, request, decision, etag, { kind: 'decision_recorded' });
}
