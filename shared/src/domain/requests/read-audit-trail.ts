import { z } from 'zod';
import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { getRequest } from '../requests/read-requests';
import { AUDITED_ENTITIES, type AuditEvent } from './audit-event';

/** `entity=request:EH-2026-0042` names the record whose history is wanted. */
export const auditQuerySchema = z
  .object({
    entity: z
      .string({ error: 'Name the record as entity=<kind>:<id>, e.g. request:EH-2026-0042.' })
      .regex(new RegExp(`^(${AUDITED_ENTITIES.join('|')}):.{1,64}$`), {
        error: `Name the record as entity=<kind>:<id>; kind is one of ${AUDITED_ENTITIES.join(', ')}.`,
      }),
  })
  .strict();

/** The history of one record, oldest first. Requesters may read the history of their own requests. */
export async function readAuditTrail(context: DomainContext, principal: Principal, entityRef: string): Promise<AuditEvent[]> {
  const separator = entityRef.indexOf(':');
  const entity = entityRef.slice(0, separator) as AuditEvent['entity'];
  const id = entityRef.slice(separator + 1);
  if (entity === 'request') {
    await getRequest(context, principal, id);
  } else {
    assertCan(principal, 'audit:read');
  }
  const events = await context.repos.auditTrail(principal.organisationId, entity, id);
  if (events.length === 0 && entity !== 'request') throw appErrors.notFound(`History of ${entity} ${id}`);
  return events;
}
