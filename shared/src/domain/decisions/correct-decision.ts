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
import { commitDecision } from './commit-decision';
import {
  DECIDABLE_STAGES,
  OUTCOME_LABELS,
  OUTCOME_STAGE,
  amendDecisionSchema,
  isRescission,
  rescindDecisionSchema,
  type CorrectionKind,
  type Decision,
} from './decision';

/**
 * The chair puts a decision right: rescinds it (the request goes back to be decided again) or
 * amends its outcome. The correction is a new decision that names the one it corrects, so the
 * minutes and the audit show both; the original record is never changed. Only the latest decision
 * on a request can be corrected, and only while the request is still where that decision put it.
 */
export async function correctDecision(
  context: DomainContext,
  principal: Principal,
  target: { requestId: string; decisionId: string },
  kind: CorrectionKind,
  input: unknown,
  etag: string,
): Promise<{ request: Versioned<ProjectRequest>; decision: Decision }> {
  assertCan(principal, 'decisions:record', 'Only the steering group chair can rescind or amend decisions.');
  const fields = kind === 'amended' ? parseInput(amendDecisionSchema, input) : { ...parseInput(rescindDecisionSchema, input), outcome: undefined, conditions: undefined };
  const current = await getRequest(context, principal, target.requestId);
  assertCurrentVersion(current, etag, 'request');
  const request = current.value;
  const original = (await context.repos.decisions.list(principal.organisationId, request.id)).find((record) => record.value.id === target.decisionId)?.value;
  if (!original) throw appErrors.notFound(`Decision ${target.decisionId} on ${request.id}`);
  if (isRescission(original)) throw appErrors.ruleViolation('That decision rescinded an earlier one; record a new decision instead.');
  if (request.latestDecisionId !== original.id) {
    throw appErrors.ruleViolation(`A later decision on ${request.id} has been recorded; only the latest decision can be rescinded or amended.`);
  }
  if (request.stage !== original.toStage) {
    throw appErrors.ruleViolation(
      `${request.id} has moved on to ${STAGE_LABELS[request.stage]} since the decision, so it can no longer be rescinded or amended. Record what happens next as a stage change.`,
    );
  }
  const now = context.now();
  const outcome = fields.outcome ?? original.outcome;
  const toStage = kind === 'amended' ? OUTCOME_STAGE[outcome] : DECIDABLE_STAGES[0]!;
  const decision: Decision = {
    id: context.newId(),
    organisationId: principal.organisationId,
    requestId: request.id,
    requestTitle: request.title,
    outcome,
    reason: fields.reason,
    ...(fields.conditions ? { conditions: fields.conditions } : {}),
    ...(original.meetingId ? { meetingId: original.meetingId } : {}),
    recordedBy: actorOf(principal),
    recordedAt: now,
    fromStage: request.stage,
    toStage,
    corrects: { kind, decisionId: original.id, previousOutcome: original.outcome },
  };
  return commitDecision(context, principal, request, decision, etag, {
    kind: kind === 'amended' ? 'decision_amended' : 'decision_rescinded',
    ...(kind === 'rescinded' ? { notification: { reason: `The decision (${OUTCOME_LABELS[original.outcome]}) was rescinded: ${fields.reason}` } } : {}),
  });
}
