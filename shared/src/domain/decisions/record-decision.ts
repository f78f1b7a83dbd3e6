import { assertCurrentVersion } from '../context/commit-change';
import { actorOf, type DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { ProjectRequest } from '../requests/project-request';
import { getRequest } from '../requests/read-requests';
import { STAGE_LABELS } from '../requests/stage';
import type { Versioned } from '../storage/versioned';
import { parseInput } from '../validation/parse-input';
import { businessMetrics } from '../telemetry/business-metrics';
import { commitDecision } from './commit-decision';
import { DECIDABLE_STAGES, OUTCOME_STAGE, recordDecisionSchema, type Decision } from './decision';

/**
 * The steering group decides on a request. The decision, the request's new stage, the audit event
 * and the requester's notification are written together, conditional on the version the chair saw.
 */
export async function recordDecision(
  context: DomainContext,
  principal: Principal,
  requestId: string,
  input: unknown,
  etag: string,
): Promise<{ request: Versioned<ProjectRequest>; decision: Decision }> {
  assertCan(principal, 'decisions:record', 'Only the steering group chair can record decisions.');
  const decisionInput = parseInput(recordDecisionSchema, input);
  const current = await getRequest(context, principal, requestId);
  assertCurrentVersion(current, etag, 'request');
  const request = current.value;
  if (!DECIDABLE_STAGES.includes(request.stage)) {
    throw appErrors.ruleViolation(`${request.id} is ${STAGE_LABELS[request.stage]}; only requests ready for decision can be decided.`);
  }
  if (decisionInput.meetingId && !(await context.repos.meetings.get(principal.organisationId, decisionInput.meetingId))) {
    throw appErrors.validation([{ field: 'meetingId', message: 'That meeting does not exist.' }]);
  }
  const now = context.now();
  const toStage = OUTCOME_STAGE[decisionInput.outcome];
  const decision: Decision = {
    id: context.newId(),
    organisationId: principal.organisationId,
    requestId: request.id,
    requestTitle: request.title,
    outcome: decisionInput.outcome,
    reason: decisionInput.reason,
    ...(decisionInput.conditions ? { conditions: decisionInput.conditions } : {}),
    ...(decisionInput.meetingId ? { meetingId: decisionInput.meetingId } : {}),
    recordedBy: actorOf(principal),
    recordedAt: now,
    fromStage: request.stage,
    toStage,
  };
  const recorded = await commitDecision(context, principal, request, decision, etag, { kind: 'decision_recorded' });
  businessMetrics.decisionRecorded(decision.outcome);
  return recorded;
}
