import { randomUUID } from 'node:crypto';
import type { AuditEvent, AuditEventKind, AuditedEntity, FieldChange } from '../audit/audit-event';
import type { Principal } from '../identity/roles';
import type { Repositories } from '../storage/repositories';

/** What every command needs: the store, and a clock and id source that tests can fix. */
export interface DomainContext {
  repos: Repositories;
  now: () => string;
  newId: () => string;
}

export function createDomainContext(repos: Repositories, overrides: Partial<Omit<DomainContext, 'repos'>> = {}): DomainContext {
  return {
    repos,
    now: overrides.now ?? (() => new Date().toISOString()),
    newId: overrides.newId ?? (() => randomUUID()),
  };
}

/** The person a change is attributed to in the audit trail and notifications. */
export function actorOf(principal: Pick<Principal, 'id' | 'name'>): { id: string; name: string } {
  return { id: principal.id, name: principal.name };
}

export function buildAuditEvent(
  context: DomainContext,
  principal: Pick<Principal, 'id' | 'name' | 'organisationId'>,
  entity: AuditedEntity,
  entityId: string,
  kind: AuditEventKind,
  summary: string,
  changes: FieldChange[] = [],
  at: string = context.now(),
): AuditEvent {
  return { id: context.newId(), organisationId: principal.organisationId, entity, entityId, kind, actor: actorOf(principal), at, summary, changes };
}
