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

/**
 * The requests the principal may see that match the filter. Officers' own requests (and any one
 * requester's, for governance roles) are read through the requester index, a key range; only the
 * whole portfolio reads the whole partition.
 */
export async function listRequests(context: DomainContext, principal: Principal, filter: RequestFilter = {}): Promise<Versioned<ProjectRequest>[]> {
  assertCan(principal, 'requests:read');
  const requesterId = can(principal, 'requests:read-all') ? filter.requester : principal.id;
  const records = requesterId === undefined ? await context.repos.requests.list(principal.organisationId) : await readRequestsOf(context, principal.organisationId, requesterId);
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

/** How many requests are read at once when following the requester index. */
const INDEX_READS_AT_ONCE = 16;

async function readRequestsOf(context: DomainContext, organisationId: string, requesterId: string): Promise<Versioned<ProjectRequest>[]> {
  const entries = await context.repos.requestsByRequester.list(organisationId, requesterId);
  const records: Versioned<ProjectRequest>[] = [];
  for (let start = 0; start < entries.length; start += INDEX_READS_AT_ONCE) {
    const batch = entries.slice(start, start + INDEX_READS_AT_ONCE);
    for (const record of await Promise.all(batch.map((entry) => context.repos.requests.get(organisationId, entry.value.id)))) {
      if (record) records.push(record);
    }
  }
  return records;
}
