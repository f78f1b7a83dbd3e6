import type { AuditEventKind } from '../audit/audit-event';
import { diffFields } from '../audit/audit-event';
import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { AppError, appErrors } from '../errors/app-error';
import type { Principal } from '../identity/roles';
import type { WriteOperation } from '../storage/table-store';
import type { Versioned } from '../storage/versioned';
import type { ProjectRequest } from './project-request';

/**
 * Writes a changed request, its audit event and anything that goes with it (a decision, a
 * notification) in one transaction, conditional on the version the user saw. When someone else
 * changed the request first, the error carries the newer version.
 */
export async function commitRequestChange(
  context: DomainContext,
  principal: Principal,
  before: ProjectRequest,
  after: ProjectRequest,
  etag: string,
  audit: { kind: AuditEventKind; summary: string },
  extraOperations: WriteOperation[] = [],
): Promise<Versioned<ProjectRequest>> {
  const event = buildAuditEvent(context, principal, 'request', after.id, audit.kind, audit.summary, diffFields(before, after, ['updatedAt', 'stageChangedAt']), after.updatedAt);
  try {
    const [newEtag] = await context.repos.commit(
      principal.organisationId,
      [context.repos.requests.replaceOp(after, etag), context.repos.audit.createOp(event), ...extraOperations],
      'request',
    );
    return { value: after, etag: newEtag! };
  } catch (error) {
    if (error instanceof AppError && error.code === 'precondition_failed') {
      const current = await context.repos.requests.get(principal.organisationId, after.id);
      throw appErrors.staleWrite('request', current && { ...current.value, etag: current.etag });
    }
    throw error;
  }
}
