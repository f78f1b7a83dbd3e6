import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import type { ProjectRequest } from './project-request';
import { compareRequests, matchesRequestFilter, type RequestFilter } from './request-filter';

/** Officers see the requests they made; governance roles see the organisation's portfolio. */
export function canReadRequest(principal: Principal, request: ProjectRequest): boolean {
  return request.organisationId === principal.organisationId && (can(principal, 'requests:read-all') || request.requester.id === principal.id);
}

export async function listRequests(context: DomainContext, principal: Principal, filter: RequestFilter = {}): Promise<Versioned<ProjectRequest>[]> {
  assertCan(principal, 'requests:read');
  const records = await context.repos.requests.list(principal.organisationId);
  const visible = records.filter((record) => canReadRequest(principal, record.value) && matchesRequestFilter(record.value, filter));
  const compare = compareRequests(filter.sort);
  return visible.sort((a, b) => compare(a.value, b.value));
}

/** Reads one request the principal may see; others are reported as not found. */
export async function getRequest(context: DomainContext, principal: Principal, id: string): Promise<Versioned<ProjectRequest>> {
  assertCan(principal, 'requests:read');
  const record = await context.repos.requests.get(principal.organisationId, id);
  if (!record || !canReadRequest(principal, record.value)) throw appErrors.notFound(`Request ${id}`);
  return record;
}
