import { DECIDABLE_STAGES } from '../decisions/decision';
import type { Permission } from '../identity/permissions';
import type { ProjectRequest } from '../requests/project-request';
import { FINISHED_STAGES, allowedNextStages, findMoveBlocker, isDecisionStage, moveNeedsReason, type Stage } from '../requests/stage';

/** A stage move a person may offer on a request, and whether it needs a written reason. */
export interface OfferedMove {
  to: Stage;
  needsReason: boolean;
}

/** What a person may do with one request, so a surface offers only what the API will accept. */
export interface RequestActions {
  moves: OfferedMove[];
  canScore: boolean;
  canDecide: boolean;
}

/**
 * The moves, scoring and deciding a person may be offered, from the permissions the API gave
 * them (`/api/v1/me`) and the request's stage (an unscored request is not offered "ready for decision"). Approve, defer and reject are never plain moves:
 * they are decisions. A requester may withdraw their own request. The server checks all of this
 * again; this only keeps buttons that would be refused off the screen.
 */
export function availableRequestActions(person: { id: string; permissions: readonly Permission[] }, request: Pick<ProjectRequest, 'id' | 'stage' | 'requester' | 'score'>): RequestActions {
  const mayMove = person.permissions.includes('requests:stage');
  const mayWithdrawOwn = request.requester.id === person.id && person.permissions.includes('requests:withdraw-own');
  const moves = allowedNextStages(request.stage)
    .filter((to) => !isDecisionStage(to))
    .filter((to) => mayMove || (to === 'withdrawn' && mayWithdrawOwn))
    .filter((to) => findMoveBlocker(request, to) === undefined)
    .map((to) => ({ to, needsReason: moveNeedsReason(request.stage, to) }));
  return {
    moves,
    canScore: person.permissions.includes('requests:score') && !FINISHED_STAGES.includes(request.stage),
    canDecide: person.permissions.includes('decisions:record') && DECIDABLE_STAGES.includes(request.stage),
  };
}
