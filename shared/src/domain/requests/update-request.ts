import { assertCurrentVersion } from '../context/commit-change';
import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import { checkStrategyLinks } from '../strategy/check-strategy-links';
import { findCurrentStrategy } from '../strategy/get-strategy';
import { applyMergePatch } from '../validation/merge-patch';
import { parseInput } from '../validation/parse-input';
import { commitRequestChange } from './commit-request-change';
import { FROZEN_AFTER_DECISION, updateRequestSchema, type ProjectRequest } from './project-request';
import { getRequest } from './read-requests';
import { COMMITTED_STAGES, FINISHED_STAGES, type Stage } from './stage';

/** Stages in which the requester may still complete their own request. */
const REQUESTER_EDITABLE: readonly Stage[] = ['submitted', 'triage'];

/** Changes intake fields (ICT triage, or the requester completing their own request early on). */
export async function updateRequest(
  context: DomainContext,
  principal: Principal,
  id: string,
  input: unknown,
  etag: string,
): Promise<Versioned<ProjectRequest>> {
  const current = await getRequest(context, principal, id);
  const request = current.value;
  const isOwnEditable = request.requester.id === principal.id && REQUESTER_EDITABLE.includes(request.stage) && can(principal, 'requests:update-own');
  const sequencesOnly = can(principal, 'requests:sequence') && !can(principal, 'requests:update');
  if (!can(principal, 'requests:update') && !isOwnEditable && !sequencesOnly) {
    throw appErrors.forbidden('Only ICT can change a request once it is ready for decision.');
  }
  const update = parseInput(updateRequestSchema, input);
  if (update.plannedQuarter !== undefined && !can(principal, 'requests:sequence')) {
    throw appErrors.forbidden('Only ICT and the steering group chair can sequence requests into quarters.');
  }
  const { plannedQuarter: _quarter, ...fieldChanges } = update;
  if (sequencesOnly && !isOwnEditable && Object.keys(fieldChanges).length > 0) {
    throw appErrors.forbidden('The steering group chair sequences requests into quarters; ICT changes their details.');
  }
  assertCurrentVersion(current, etag, 'request');
  if (FINISHED_STAGES.includes(request.stage)) {
    throw appErrors.ruleViolation(`${request.id} is closed, rejected or withdrawn and can no longer be changed.`);
  }
  if (COMMITTED_STAGES.includes(request.stage)) {
    const frozen = FROZEN_AFTER_DECISION.filter((field) => update[field] !== undefined && update[field] !== request[field]);
    if (frozen.length > 0) {
      throw appErrors.ruleViolation(
        'Costs and effort were approved by the steering group; a change needs a new decision.',
        frozen.map((field) => ({ field, message: 'Approved figures cannot be changed here.' })),
      );
    }
  }
  const strategy = await findCurrentStrategy(context, principal.organisationId);
  const linkErrors = checkStrategyLinks(strategy?.value, { themeIds: update.themeIds, corporatePriorityId: update.corporatePriorityId ?? undefined });
  if (linkErrors.length > 0) throw appErrors.validation(linkErrors);

  const next: ProjectRequest = { ...applyMergePatch(request, update), updatedAt: context.now() };
  return commitRequestChange(context, principal, request, next, etag, { kind: 'updated', summary: `Updated by ${principal.name}` });
}
