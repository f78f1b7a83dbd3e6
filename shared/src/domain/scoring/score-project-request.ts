import { assertCurrentVersion } from '../context/commit-change';
import { type DomainContext, actorOf } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { commitRequestChange } from '../requests/commit-request-change';
import type { ProjectRequest } from '../requests/project-request';
import { getRequest } from '../requests/read-requests';
import { FINISHED_STAGES } from '../requests/stage';
import type { Versioned } from '../storage/versioned';
import { parseInput } from '../validation/parse-input';
import { DEFAULT_SCORING_WEIGHTS } from './scoring-criteria';
import { scoreInputSchema, scoreRequest } from './score-request';

/** ICT scores a request against the organisation's weighted criteria. */
export async function scoreProjectRequest(
  context: DomainContext,
  principal: Principal,
  id: string,
  input: unknown,
  etag: string,
): Promise<Versioned<ProjectRequest>> {
  assertCan(principal, 'requests:score', 'Only ICT can score requests.');
  const scoreInput = parseInput(scoreInputSchema, input);
  const current = await getRequest(context, principal, id);
  assertCurrentVersion(current, etag, 'request');
  if (FINISHED_STAGES.includes(current.value.stage)) throw appErrors.ruleViolation(`${id} is finished and can no longer be scored.`);
  const organisation = await context.repos.organisations.get(principal.organisationId, principal.organisationId);
  const weights = organisation?.value.scoringWeights ?? DEFAULT_SCORING_WEIGHTS;
  const now = context.now();
  const score = scoreRequest(scoreInput, weights, actorOf(principal), now);
  const next: ProjectRequest = { ...current.value, score, updatedAt: now };
  const summary = score.override
    ? `Scored ${score.calculated}, overridden to ${score.total}: ${score.override.reason}`
    : `Scored ${score.total} out of 100`;
  return commitRequestChange(context, principal, current.value, next, etag, { kind: 'scored', summary });
}
