import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { canReadRequest } from '../identity/can-read-request';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../ports/versioned';
import type { ProjectRequest } from './project-request';
import { compareRequests, matchesRequestFilter, type RequestFilter } from './request-filter';

/**
 * The requests the principal may see that match the filter. Officers' own requests (and any one
 * requester's, for governance roles) are read through the requester index, a key range; only the
 * whole portfolio reads the whole partition, and that from memory while the council's request-list
 * version has not moved (`RequestListStore.portfolio`).
 */
export async function listRequests(context: DomainContext, principal: Principal, filter: RequestFilter = {}): Promise<Versioned<ProjectRequest>[]> {
  assertCan(principal, 'requests:read');
  const requesterId = requesterToRead(principal, filter);
  const records = requesterId === undefined ? (await context.repos.requestLists.portfolio(principal.organisationId)).records : await readRequestsOf(context, principal.organisationId, requesterId);
  return selectRequests(records, principal, filter);
}

/** Whose requests a list reads: one requester's (an officer's own, or the one a governance role asked for), or undefined for the whole portfolio. */
export function requesterToRead(principal: Principal, filter: RequestFilter): string | undefined {
  return can(principal, 'requests:read-all') ? filter.requester : principal.id;
}

/** The records the principal may see that match the filter, in the filter's order (a new array; the records are shared). */
export function selectRequests(records: readonly Versioned<ProjectRequest>[], principal: Principal, filter: RequestFilter): Versioned<ProjectRequest>[] {
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

/** One requester's requests, through the requester index (a key range) and point reads. */
export async function readRequestsOf(context: DomainContext, organisationId: string, requesterId: string): Promise<Versioned<ProjectRequest>[]> {
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
