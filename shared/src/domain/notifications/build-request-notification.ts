import type { DomainContext } from '../context/domain-context';
import type { Decision } from '../decisions/decision';
import type { ProjectRequest } from '../requests/project-request';
import type { RequestNotification } from './request-notification';

/** The message owed to the requester when their request moves from `before` to `after`. */
export function buildRequestNotification(
  context: DomainContext,
  before: ProjectRequest,
  after: ProjectRequest,
  changedBy: { id: string; name: string },
  details: { reason?: string; decision?: Decision } = {},
): RequestNotification {
  return {
    id: context.newId(),
    organisationId: after.organisationId,
    requestId: after.id,
    requestTitle: after.title,
    requester: after.requester,
    fromStage: before.stage,
    toStage: after.stage,
    ...(details.decision
      ? { outcome: details.decision.outcome, reason: details.decision.reason, ...(details.decision.conditions ? { conditions: details.decision.conditions } : {}) }
      : details.reason
        ? { reason: details.reason }
        : {}),
    changedBy,
    at: after.updatedAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: after.updatedAt,
  };
}
