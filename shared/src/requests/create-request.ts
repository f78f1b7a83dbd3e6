import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { AppError, appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import { checkStrategyLinks } from '../strategy/check-strategy-links';
import { findCurrentStrategy } from '../strategy/get-strategy';
import { parseInput } from '../validation/parse-input';
import { createRequestSchema, type Person, type ProjectRequest } from './project-request';
import { formatRequestReference } from './request-reference';

export interface CreateRequestOptions {
  /** Who the request is for, when not the signed-in principal (the bot passes the officer's profile). */
  requester?: Person;
  /**
   * A key the client sends again on a retry or double click (a draft id, an Idempotency-Key
   * header); the same key always gives back the same request.
   */
  idempotencyKey?: string;
}

const MAX_ATTEMPTS = 120;

/**
 * Submits a project request. The reference comes from a per-organisation, per-year counter that is
 * updated in the same transaction as the new request and its audit event, so 50 officers
 * submitting at once get 50 distinct references and no gaps from failed writes.
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
  const strategy = await findCurrentStrategy(context, organisationId);
  const linkErrors = checkStrategyLinks(strategy?.value, fields);
  if (linkErrors.length > 0) throw appErrors.validation(linkErrors);
  const requester = options.requester ?? { id: principal.id, name: principal.name, ...(principal.email ? { email: principal.email } : {}) };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    if (options.idempotencyKey) {
      const earlier = await findByIdempotencyKey(context, organisationId, options.idempotencyKey);
      if (earlier) return earlier;
    }
    const now = context.now();
    const year = Number(now.slice(0, 4));
    const counterName = `request-${year}`;
    const counter = await context.repos.counter(organisationId, counterName);
    const id = formatRequestReference(year, (counter?.value.value ?? 0) + 1);
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
    const operations = [
      context.repos.counterOp(organisationId, counterName, (counter?.value.value ?? 0) + 1, counter?.etag),
      context.repos.requests.createOp(request),
      context.repos.audit.createOp(buildAuditEvent(context, principal, 'request', id, 'created', `Submitted by ${requester.name}`, [], now)),
    ];
    if (options.idempotencyKey) {
      operations.push(context.repos.idempotency.createOp({ id: options.idempotencyKey, organisationId, requestId: id }));
    }
    try {
      const etags = await context.repos.commit(organisationId, operations, 'request');
      return { value: request, etag: etags[1]! };
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'precondition_failed' && error.code !== 'conflict')) throw error;
      // Someone else took this number (or this idempotency key) first: read again and retry.
      await sleep(Math.random() * Math.min(250, 4 * 2 ** Math.min(attempt, 6)));
    }
  }
  throw appErrors.conflict('Many requests are being submitted at this moment. Nothing was saved; please submit again.');
}

async function findByIdempotencyKey(context: DomainContext, organisationId: string, key: string): Promise<Versioned<ProjectRequest> | undefined> {
  const record = await context.repos.idempotency.get(organisationId, key);
  if (!record) return undefined;
  return context.repos.requests.get(organisationId, record.value.requestId);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

