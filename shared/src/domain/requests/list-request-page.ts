import { createHash } from 'node:crypto';
import type { DomainContext } from '../context/domain-context';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { readContinuation, signContinuation } from '../paging/continuation-token';
import type { RequestPortfolio } from '../ports/request-list-store';
import { readRequestsOf, requesterToRead, selectRequests } from './read-requests';
import { REQUEST_PAGE_SIZE, type RequestListQuery } from './request-list-query';
import { summariseRequest, type RequestSummary } from './request-summary';

export type RequestSummaryRecord = RequestSummary & { etag: string };

/** One page of the request list, and the token of the next when there is one. */
export interface RequestPage {
  /** The answer; the same object for the same page while the data has not changed (never change it). */
  page: { items: RequestSummaryRecord[]; count: number; continuation?: string };
  /** Changes whenever the page would: the data's version, the reader, the query. */
  tag: string;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * A page of the requests the principal may see, as summaries, in the filter's order. The list is
 * cut from the council's portfolio at one version (kept in memory per council, one point read to
 * check it is current); the continuation token names that version, the list and the offset,
 * signed with the council's key.
 */
export async function listRequestPage(context: DomainContext, principal: Principal, query: RequestListQuery): Promise<RequestPage> {
  assertCan(principal, 'requests:read');
  const { limit = REQUEST_PAGE_SIZE.default, continuation, ...filter } = query;
  const organisationId = principal.organisationId;
  const requesterId = requesterToRead(principal, filter);
  // Governance readers of one council see the same list for the same filter, so they share it.
  const list = hash(JSON.stringify([requesterId === principal.id ? principal.id : 'portfolio', filter]));
  const source = requesterId === undefined ? await context.repos.requestLists.portfolio(organisationId) : await readOneRequester(context, organisationId, requesterId);
  const summaries = source.remember(list, () => selectRequests(source.records, principal, filter).map((record) => ({ ...summariseRequest(record.value), etag: record.etag })));
  const expected = { organisation: organisationId, list, version: source.version };
  const key = continuation === undefined && summaries.length <= limit ? undefined : await context.repos.requestLists.signingKey(organisationId);
  const offset = continuation === undefined ? 0 : readContinuation(key!, continuation, expected);
  const end = offset + limit;
  const page = source.remember(`${list}|${offset}|${limit}`, () => {
    const items = summaries.slice(offset, end);
    return { items, count: items.length, ...(end < summaries.length ? { continuation: signContinuation(key!, { ...expected, offset: end }) } : {}) };
  });
  return { page, tag: `W/"${hash(JSON.stringify([source.version, list, principal.id, offset, limit]))}"` };
}

/** One requester's requests, with the version stamp read first (so a change in between is never missed). */
async function readOneRequester(context: DomainContext, organisationId: string, requesterId: string): Promise<RequestPortfolio> {
  const version = (await context.repos.requestLists.version(organisationId)) ?? 'none';
  const records = await readRequestsOf(context, organisationId, requesterId);
  return { version, records, remember: (_key, compute) => compute() };
}
