import type { DomainContext } from '../context/domain-context';
import type { Decision } from '../decisions/decision';
import { appErrors } from '../errors/app-error';
import type { ProjectRequest } from '../requests/project-request';
import { routeRequest } from './route-request';

/**
 * Above its authority the steering group recommends rather than decides: its approval stays with
 * the request as a recommendation to the named body, and the request waits for that body's
 * decision. Deferring, rejecting or asking for more information stand as the group's own.
 */
export async function applyRecommendation(
  context: DomainContext,
  request: ProjectRequest,
  decision: Decision,
): Promise<{ request: ProjectRequest; decision: Decision; notification?: { reason: string } }> {
  if (request.awaitingDecision) {
    throw appErrors.ruleViolation(`${request.id} was recommended to ${request.awaitingDecision.body}, which decides it now; record that decision with its minute reference.`);
  }
  const route = await routeRequest(context, request);
  if (route.steeringGroupRole !== 'recommends' || decision.outcome !== 'approve' || !route.decisionMaker) return { request, decision };
  const body = route.decisionMaker.name;
  return {
    request: { ...request, awaitingDecision: { body, recommendationId: decision.id, recommendedAt: decision.recordedAt } },
    decision: { ...decision, recommendedTo: body, toStage: request.stage },
    notification: { reason: `The ${route.steeringGroup} recommended it for approval. ${body} decides: ${route.summary}` },
  };
}
