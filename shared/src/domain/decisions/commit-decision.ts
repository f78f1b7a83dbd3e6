import type { AuditEventKind } from '../audit/audit-event';
import { actorOf, type DomainContext } from '../context/domain-context';
import type { Principal } from '../identity/roles';
import { buildRequestNotification } from '../notifications/build-request-notification';
import { commitRequestChange } from '../requests/commit-request-change';
import type { ProjectRequest } from '../requests/project-request';
import type { Versioned } from '../storage/versioned';
import { describeDecision, type Decision } from './decision';

/**
 * Writes a decision (a new one or a correction) with the request moved to the decision's stage,
 * the audit event and the requester's notification, in one transaction conditional on the version
 * the chair saw.
 */
export async function commitDecision(
  context: DomainContext,
  principal: Principal,
  request: ProjectRequest,
  decision: Decision,
  etag: string,
  audit: { kind: AuditEventKind; notification?: { reason: string } },
): Promise<{ request: Versioned<ProjectRequest>; decision: Decision }> {
  const now = decision.recordedAt;
  const next: ProjectRequest = {
    ...request,
    stage: decision.toStage,
    ...(decision.toStage !== request.stage ? { stageChangedAt: now } : {}),
    updatedAt: now,
    latestDecisionId: decision.id,
  };
  const notification = buildRequestNotification(context, request, next, actorOf(principal), audit.notification ?? { decision });
  const saved = await commitRequestChange(context, principal, request, next, etag, { kind: audit.kind, summary: `${describeDecision(decision)}: ${decision.reason}` }, [
    ...context.repos.decisionOps(decision),
    context.repos.outbox.createOp(notification),
  ]);
  return { request: saved, decision };
}
