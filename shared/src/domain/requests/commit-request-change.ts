import type { AuditEventKind } from '../audit/audit-event';
import { diffFields } from '../audit/audit-event';
import { commitChange } from '../context/commit-change';
import { buildAuditEvent, type DomainContext } from '../context/domain-context';
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
  const [newEtag] = await commitChange(
    context,
    principal.organisationId,
    [context.repos.requests.replaceOp(after, etag), context.repos.audit.createOp(event), ...extraOperations],
    'request',
    () => context.repos.requests.get(principal.organisationId, after.id),
  );
  return { value: after, etag: newEtag! };
}
