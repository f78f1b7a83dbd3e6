import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { AppError, appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { WriteOperation } from '../storage/table-store';
import type { Versioned } from '../storage/versioned';
import { checkStrategyLinks } from '../strategy/check-strategy-links';
import { findCurrentStrategy } from '../strategy/get-strategy';
import { hashCanonicalJson } from '../validation/hash-canonical-json';
import { parseInput } from '../validation/parse-input';
import { createRequestSchema, type Person, type ProjectRequest } from './project-request';
import { canReadRequest } from './read-requests';
import { formatRequestReference } from './request-reference';

export interface CreateRequestOptions {
  /** Who the request is for, when not the signed-in principal (the bot passes the officer's profile). */
  requester?: Person;
  /**
   * A key the client sends again on a retry or double click (a draft id, an Idempotency-Key
   * header). It belongs to the person who sent it: their retry with the same body gets the same
   * request; the same key with another body is refused; another person's key is another key.
   */
  idempotencyKey?: string;
}

/** A create only meets an existing key when something outside the allocator wrote that reference. */
const MAX_ATTEMPTS = 5;

/**
 * Submits a project request. The request, its requester index row, its audit event and its
 * idempotency record are written in one transaction. The reference's number comes from the
 * organisation's counter for the year through the sequence allocator, so parallel creates do not
 * queue on the counter (see docs/decisions.md for when a number can be skipped).
 */
export async function createRequest(
  context: DomainContext,
  principal: Principal,
  input: unknown,
  options: CreateRequestOptions = {},
): Promise<Versioned<ProjectRequest>> {
  assertCan(principal, 'requests:create');
  const fields = parseInput(createRequestSchema, input);
  const organisationId = principal.organisationId;
  const key = options.idempotencyKey;
  const bodyHash = hashCanonicalJson(input);
  if (key) {
    const earlier = await findIdempotentRequest(context, principal, key, bodyHash);
    if (earlier) return earlier;
  }
  const strategy = await findCurrentStrategy(context, organisationId);
  const linkErrors = checkStrategyLinks(strategy?.value, fields);
  if (linkErrors.length > 0) throw appErrors.validation(linkErrors);
  const requester = options.requester ?? { id: principal.id, name: principal.name, ...(principal.email ? { email: principal.email } : {}) };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const now = context.now();
    const year = Number(now.slice(0, 4));
    const counterName = `request-${year}`;
    const sequence = await context.repos.sequences.next(organisationId, counterName);
    const id = formatRequestReference(year, sequence);
    const request: ProjectRequest = {
      ...fields,
      id,
      organisationId,
      requester,
      stage: 'submitted',
      stageChangedAt: now,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    const operations: WriteOperation[] = [
      context.repos.requests.createOp(request),
      ...context.repos.requestIndexOps(request),
      context.repos.audit.createOp(buildAuditEvent(context, principal, 'request', id, 'created', `Submitted by ${requester.name}`, [], now)),
    ];
    if (key) operations.push(context.repos.idempotency.createOp({ id: key, organisationId, userId: principal.id, requestId: id, bodyHash }));
    try {
      const etags = await context.repos.commit(organisationId, operations, 'request');
      return { value: request, etag: etags[0]! };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') {
        context.repos.sequences.giveBack(organisationId, counterName, sequence);
        throw error;
      }
      // Either this person's retry with the same key got in first, or the reference exists already.
      const earlier = key ? await findIdempotentRequest(context, principal, key, bodyHash) : undefined;
      if (earlier) {
        context.repos.sequences.giveBack(organisationId, counterName, sequence);
        return earlier;
      }
    }
  }
  throw appErrors.conflict('Entrance Hall could not number this request. Nothing was saved; please submit again.');
}

/**
 * The request this person's key created before. The same key with another body is refused, and a
 * request they may no longer read is not shown: a replay never gives more than a fresh read would.
 */
export async function findIdempotentRequest(
  context: DomainContext,
  principal: Principal,
  key: string,
  bodyHash?: string,
): Promise<Versioned<ProjectRequest> | undefined> {
  const record = await context.repos.idempotencyRecord(principal.organisationId, principal.id, key);
  if (!record) return undefined;
  if (bodyHash !== undefined && record.value.bodyHash !== bodyHash) {
    throw appErrors.idempotencyConflict(`This Idempotency-Key was already used for ${record.value.requestId} with a different body. Nothing was saved; use a new key for a new request.`);
  }
  const request = await context.repos.requests.get(principal.organisationId, record.value.requestId);
  if (!request || !canReadRequest(principal, request.value)) {
    throw appErrors.idempotencyConflict('This Idempotency-Key was already used for another request. Nothing was saved; use a new key for a new request.');
  }
  return request;
}
