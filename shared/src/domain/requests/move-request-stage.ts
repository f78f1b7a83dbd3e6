import { assertCurrentVersion } from '../context/commit-change';
import { z } from 'zod';
import { actorOf, type DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { buildRequestNotification } from '../notifications/build-request-notification';
import type { Versioned } from '../storage/versioned';
import { LIMITS, optionalText } from '../validation/fields';
import { parseInput } from '../validation/parse-input';
import { commitRequestChange } from './commit-request-change';
import type { ProjectRequest } from './project-request';
import { getRequest } from './read-requests';
import { STAGE_LABELS, allowedNextStages, canMoveStage, findMoveBlocker, isDecisionStage, moveNeedsReason, stageSchema } from './stage';

export const moveStageSchema = z
  .object({
    to: stageSchema,
    reason: optionalText('Reason', LIMITS.longText),
  })
  .strict();

/**
 * Moves a request along its lifecycle. Approve, defer and reject are steering group decisions and
 * go through recordDecision instead; a requester may withdraw their own request.
 */
export async function moveRequestStage(
  context: DomainContext,
  principal: Principal,
  id: string,
  input: unknown,
  etag: string,
): Promise<Versioned<ProjectRequest>> {
  const move = parseInput(moveStageSchema, input);
  const current = await getRequest(context, principal, id);
  const request = current.value;
  const withdrawingOwn = move.to === 'withdrawn' && request.requester.id === principal.id && can(principal, 'requests:withdraw-own');
  if (!can(principal, 'requests:stage') && !withdrawingOwn) {
    throw appErrors.forbidden('Only ICT and the steering group chair can move requests between stages.');
  }
  if (isDecisionStage(move.to)) {
    throw appErrors.ruleViolation(`${STAGE_LABELS[move.to]} is a steering group decision: record a decision with its reason instead.`, [
      { field: 'to', message: 'Record a decision to approve, defer or reject.' },
    ]);
  }
  assertCurrentVersion(current, etag, 'request');
  if (!canMoveStage(request.stage, move.to)) {
    const allowed = allowedNextStages(request.stage).filter((stage) => !isDecisionStage(stage)).map((stage) => STAGE_LABELS[stage]);
    throw appErrors.ruleViolation(
      `${request.id} is ${STAGE_LABELS[request.stage]} and cannot move to ${STAGE_LABELS[move.to]}.` +
        (allowed.length > 0 ? ` It can move to: ${allowed.join(', ')}.` : ' It cannot move any further.'),
      [{ field: 'to', message: `Not allowed from ${STAGE_LABELS[request.stage]}.` }],
    );
  }
  const blocker = findMoveBlocker(request, move.to);
  if (blocker) throw appErrors.ruleViolation(blocker, [{ field: 'to', message: 'Score the request first.' }]);
  if (moveNeedsReason(request.stage, move.to) && !move.reason) {
    throw appErrors.validation([{ field: 'reason', message: `Give a reason for moving to ${STAGE_LABELS[move.to]}.` }]);
  }
  const now = context.now();
  const next: ProjectRequest = { ...request, stage: move.to, stageChangedAt: now, updatedAt: now };
  const notification = buildRequestNotification(context, request, next, actorOf(principal), { reason: move.reason });
  return commitRequestChange(
    context,
    principal,
    request,
    next,
    etag,
    { kind: 'stage_changed', summary: `Moved from ${STAGE_LABELS[request.stage]} to ${STAGE_LABELS[move.to]}${move.reason ? `: ${move.reason}` : ''}` },
    [context.repos.outbox.createOp(notification)],
  );
}
