import { getAction, listActions, updateAction } from '../../domain/actions/action-commands';
import { ragForStatus } from '../../domain/actions/rag';
import { readAuditTrail } from '../../domain/requests/read-audit-trail';
import { getCapacity } from '../../domain/capacity/get-capacity';
import type { DomainContext } from '../../domain/context/domain-context';
import { correctDecision } from '../../domain/decisions/correct-decision';
import { listDecisions, listRequestDecisions } from '../../domain/decisions/list-decisions';
import { recordDecision } from '../../domain/decisions/record-decision';
import { describeSignedInUser } from '../../domain/identity/describe-signed-in-user';
import { createMeeting, getMeeting, listMeetings, setMeetingCurrentItem, updateMeeting } from '../../domain/meetings/meeting-commands';
import { readMeetingFeed } from '../../domain/meetings/read-meeting-feed';
import { createRequest } from '../../domain/requests/create-request';
import { moveRequestStage } from '../../domain/requests/move-request-stage';
import { routeRequest } from '../../domain/constitution/route-request';
import { getRequest } from '../../domain/requests/read-requests';
import { listRequestPage } from '../../domain/requests/list-request-page';
import { updateRequest } from '../../domain/requests/update-request';
import { listRisks } from '../../domain/risks/list-risks';
import { riskLevel, riskScore, type Risk } from '../../domain/risks/risk';
import { scoreProjectRequest } from '../../domain/scoring/score-project-request';
import type { Versioned } from '../../domain/ports/versioned';
import { getCurrentStrategy } from '../../domain/strategy/get-strategy';
import type { Action } from '../../domain/actions/action';
import type { ApiRoute } from './api-route';
import { API_CONTRACT as C } from '../../domain/contract/api-contract';
import { implementRoute } from './contract/implement-route';
import { presentVersioned, sendUnchanged } from './http-io';

export interface ApiRouteDependencies {
  context: DomainContext;
  /** Told after a request changed stage, so the requester's notification goes out at once. */
  onRequestNotification?: (organisationId: string) => void;
}

const presentAction = (record: Versioned<Action>) => ({ ...presentVersioned(record), rag: ragForStatus(record.value.status) });
const presentRisk = (record: Versioned<Risk>) => ({ ...presentVersioned(record), score: riskScore(record.value), level: riskLevel(record.value) });
const items = <T>(list: T[]) => ({ items: list, count: list.length });
/** A record and its version, as the body and the ETag header. */
const versioned = <T extends object>(record: Versioned<T>) => ({ body: presentVersioned(record), headers: { ETag: record.etag } });

/**
 * The JSON API the tab and the add-in use, one handler per declaration of the contract
 * (contract/api-contract.ts says method, path, permission, input and output). Each: call one command, present.
 */
export function buildApiRoutes({ context, onRequestNotification }: ApiRouteDependencies): ApiRoute[] {
  const notify = (organisationId: string) => onRequestNotification?.(organisationId);
  const correctionRoute = (declaration: typeof C.rescindDecision | typeof C.amendDecision, kind: 'amended' | 'rescinded') =>
    implementRoute(declaration, async ({ principal, params, body, etag }) => {
      const { request: updated, decision } = await correctDecision(context, principal, { requestId: params.id, decisionId: params.decisionId }, kind, body, etag);
      notify(principal.organisationId);
      return { body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
    });
  return [
    implementRoute(C.getMe, async ({ principal }) => ({ body: await describeSignedInUser(context, principal) })),
    implementRoute(C.getStrategy, async ({ principal }) => versioned(await getCurrentStrategy(context, principal))),
    implementRoute(C.listActions, async ({ principal, query }) => ({ body: items((await listActions(context, principal, query)).map(presentAction)) })),
    implementRoute(C.getAction, async ({ principal, params }) => {
      const action = await getAction(context, principal, params.id);
      return { body: presentAction(action), headers: { ETag: action.etag } };
    }),
    implementRoute(C.updateAction, async ({ principal, params, body, etag }) => {
      const action = await updateAction(context, principal, params.id, body, etag);
      return { body: presentAction(action), headers: { ETag: action.etag } };
    }),
    implementRoute(C.listRequests, async ({ principal, query }) => {
      const { page, tag } = await listRequestPage(context, principal, query);
      return { body: sendUnchanged(page), headers: { ETag: tag } };
    }),
    implementRoute(C.createRequest, async ({ principal, body, idempotencyKey }) => {
      const created = await createRequest(context, principal, body, idempotencyKey ? { idempotencyKey } : {});
      return { body: presentVersioned(created), headers: { ETag: created.etag, Location: `/api/v1/requests/${created.value.id}` } };
    }),
    implementRoute(C.getRequest, async ({ principal, params }) => {
      const found = await getRequest(context, principal, params.id);
      return { body: { ...presentVersioned(found), decisionRoute: await routeRequest(context, found.value) }, headers: { ETag: found.etag }, derivedFromOtherRecords: true };
    }),
    implementRoute(C.updateRequest, async ({ principal, params, body, etag }) => versioned(await updateRequest(context, principal, params.id, body, etag))),
    implementRoute(C.moveRequestStage, async ({ principal, params, body, etag }) => {
      const moved = await moveRequestStage(context, principal, params.id, body, etag);
      notify(principal.organisationId);
      return versioned(moved);
    }),
    implementRoute(C.scoreRequest, async ({ principal, params, body, etag }) => versioned(await scoreProjectRequest(context, principal, params.id, body, etag))),
    implementRoute(C.listRequestDecisions, async ({ principal, params }) => ({ body: items(await listRequestDecisions(context, principal, params.id)) })),
    implementRoute(C.recordDecision, async ({ principal, params, body, etag }) => {
      const { request: updated, decision } = await recordDecision(context, principal, params.id, body, etag);
      notify(principal.organisationId);
      return { body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
    }),
    correctionRoute(C.rescindDecision, 'rescinded'),
    correctionRoute(C.amendDecision, 'amended'),
    implementRoute(C.listDecisions, async ({ principal, query }) => ({ body: items(await listDecisions(context, principal, query)) })),
    implementRoute(C.listRisks, async ({ principal, query }) => ({ body: items((await listRisks(context, principal, query)).map(presentRisk)) })),
    implementRoute(C.getCapacity, async ({ principal }) => ({ body: { quarters: await getCapacity(context, principal) } })),
    implementRoute(C.listMeetings, async ({ principal }) => ({ body: items((await listMeetings(context, principal)).map(presentVersioned)) })),
    implementRoute(C.createMeeting, async ({ principal, body }) => {
      const meeting = await createMeeting(context, principal, body);
      return { body: presentVersioned(meeting), headers: { ETag: meeting.etag, Location: `/api/v1/meetings/${meeting.value.id}` } };
    }),
    implementRoute(C.getMeeting, async ({ principal, params }) => versioned(await getMeeting(context, principal, params.id))),
    implementRoute(C.getMeetingFeed, async ({ principal, params }) => {
      const feed = await readMeetingFeed(context, principal, params.id);
      return { body: { meeting: presentVersioned(feed.meeting), decisions: feed.decisions, requests: feed.requests.map(presentVersioned) } };
    }),
    implementRoute(C.setMeetingCurrentItem, async ({ principal, params, body }) => versioned(await setMeetingCurrentItem(context, principal, params.id, body))),
    implementRoute(C.updateMeeting, async ({ principal, params, body, etag }) => versioned(await updateMeeting(context, principal, params.id, body, etag))),
    implementRoute(C.readAuditTrail, async ({ principal, query }) => ({ body: items(await readAuditTrail(context, principal, query.entity)) })),
  ];
}
