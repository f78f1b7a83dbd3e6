import { routeRequest } from '@entrance-hall/shared/domain/constitution/route-request';
import { isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import { getRequest, listRequests } from '@entrance-hall/shared/domain/requests/read-requests';
import type { AdaptiveCardJson } from '../cards/card-json';
import { buildMyRequestsCard, buildRequestStatusCard } from '../cards/build-request-cards';
import type { Reply, Turn } from './turn';

/** "My requests": the officer's own requests and where each stands. */
export async function myRequests(turn: Turn): Promise<AdaptiveCardJson> {
  const requests = await listRequests(turn.tools.context, turn.principal, { requester: turn.principal.id, sort: 'submittedAt' });
  return buildMyRequestsCard(requests.map((record) => record.value));
}

/** The status of one request by its reference, with its history; only requests the officer may read. */
export async function requestStatus(turn: Turn, reference: string): Promise<Reply> {
  const { context } = turn.tools;
  try {
    const request = await getRequest(context, turn.principal, reference);
    const history = await context.repos.auditTrail(turn.principal.organisationId, 'request', request.value.id);
    return { kind: 'card', card: buildRequestStatusCard(request.value, history, await routeRequest(context, request.value)) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return { kind: 'text', text: `I could not find ${reference} among your requests.` };
    throw error;
  }
}
