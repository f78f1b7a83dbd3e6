import { diffFields } from '../audit/audit-event';
import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { commitChange } from '../context/commit-change';
import { appErrors } from '../errors/app-error';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import { parseInput } from '../validation/parse-input';
import { actionUpdateSchema, applyActionUpdate, matchesActionFilter, type Action, type ActionFilter } from './action';
import { ragForStatus } from './rag';

/** Agreed internal-audit actions are read by the roles that read the audit-actions report table; to others they do not exist. */
function canReadAction(principal: Principal, action: Action): boolean {
  return action.source.kind !== 'internal_audit' || can(principal, 'actions:read-audit');
}

/** The action plan and audit actions, in plan order (reference). */
export async function listActions(context: DomainContext, principal: Principal, filter: ActionFilter = {}): Promise<Versioned<Action>[]> {
  assertCan(principal, 'actions:read');
  const records = await context.repos.actions.list(principal.organisationId);
  return records
    .filter((record) => canReadAction(principal, record.value) && matchesActionFilter(record.value, filter))
    .sort((a, b) => a.value.reference.localeCompare(b.value.reference, 'en-GB', { numeric: true }));
}

export async function getAction(context: DomainContext, principal: Principal, id: string): Promise<Versioned<Action>> {
  assertCan(principal, 'actions:read');
  const record = await context.repos.actions.get(principal.organisationId, id);
  if (!record || !canReadAction(principal, record.value)) throw appErrors.notFound(`Action ${id}`);
  return record;
}

/** An action owner records progress and status; the change and its audit event commit together. */
export async function updateAction(context: DomainContext, principal: Principal, id: string, input: unknown, etag: string): Promise<Versioned<Action>> {
  assertCan(principal, 'actions:update', 'Only ICT and administrators can update the action plan.');
  const update = parseInput(actionUpdateSchema, input);
  const current = await getAction(context, principal, id);
  const now = context.now();
  const next = applyActionUpdate(current.value, update, now);
  const summary =
    next.status !== current.value.status
      ? `Status changed from ${ragForStatus(current.value.status).label} to ${ragForStatus(next.status).label}`
      : 'Progress updated';
  const event = buildAuditEvent(context, principal, 'action', id, 'updated', summary, diffFields(current.value, next, ['updatedAt', 'progressUpdatedAt']), now);
  const [newEtag] = await commitChange(context, principal.organisationId, [context.repos.actions.replaceOp(next, etag), context.repos.audit.createOp(event)], 'action', () =>
    context.repos.actions.get(principal.organisationId, id),
  );
  return { value: next, etag: newEtag! };
}
