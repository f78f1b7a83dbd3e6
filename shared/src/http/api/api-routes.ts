import { actionFilterSchema } from '../../domain/actions/action';
import { getAction, listActions, updateAction } from '../../domain/actions/action-commands';
import { ragForStatus } from '../../domain/actions/rag';
import { auditQuerySchema, readAuditTrail } from '../../domain/requests/read-audit-trail';
import { getCapacity } from '../../domain/capacity/get-capacity';
import type { DomainContext } from '../../domain/context/domain-context';
import { correctDecision } from '../../domain/decisions/correct-decision';
import { decisionFilterSchema, listDecisions, listRequestDecisions } from '../../domain/decisions/list-decisions';
import { recordDecision } from '../../domain/decisions/record-decision';
import { describeSignedInUser } from '../../domain/identity/describe-signed-in-user';
import { createMeeting, getMeeting, listMeetings, setMeetingCurrentItem, updateMeeting } from '../../domain/meetings/meeting-commands';
import { readMeetingFeed } from '../../domain/meetings/read-meeting-feed';
import { createRequest } from '../../domain/requests/create-request';
import { moveRequestStage } from '../../domain/requests/move-request-stage';
import { getRequest, listRequests } from '../../domain/requests/read-requests';
import { requestFilterSchema } from '../../domain/requests/request-filter';
import { updateRequest } from '../../domain/requests/update-request';
import { listRisks, riskFilterSchema } from '../../domain/risks/list-risks';
import { riskLevel, riskScore, type Risk } from '../../domain/risks/risk';
import { scoreProjectRequest } from '../../domain/scoring/score-project-request';
import type { Versioned } from '../../domain/ports/versioned';
import { getCurrentStrategy } from '../../domain/strategy/get-strategy';
import { buildEstateRoutes } from '../../estate/estate-routes';
import { parseInput } from '../../domain/validation/parse-input';
import type { Action } from '../../domain/actions/action';
import { defineRoute, type ApiRoute } from './api-route';
import { presentVersioned, readIdempotencyKey, readJsonBody, requireIfMatch } from './http-io';

export interface ApiRouteDependencies {
  context: DomainContext;
  /** Told after a request changed stage, so the requester's notification goes out at once. */
  onRequestNotification?: (organisationId: string) => void;
}

const presentAction = (record: Versioned<Action>) => ({ ...presentVersioned(record), rag: ragForStatus(record.value.status) });
const presentRisk = (record: Versioned<Risk>) => ({ ...presentVersioned(record), score: riskScore(record.value), level: riskLevel(record.value) });
const items = <T>(list: T[]) => ({ items: list, count: list.length });

/** The JSON API the tab and the add-in use. Each route: parse, authorise, call one command, present. */
export function buildApiRoutes({ context, onRequestNotification }: ApiRouteDependencies): ApiRoute[] {
  const notify = (organisationId: string) => onRequestNotification?.(organisationId);
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/me',
      permission: 'me:read',
      handle: async ({ principal }) => ({ body: await describeSignedInUser(context, principal) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/strategy',
      permission: 'strategy:read',
      handle: async ({ principal }) => {
        const strategy = await getCurrentStrategy(context, principal);
        return { body: presentVersioned(strategy), headers: { ETag: strategy.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/actions',
      permission: 'actions:read',
      handle: async ({ principal, query }) => ({ body: items((await listActions(context, principal, parseInput(actionFilterSchema, query))).map(presentAction)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/actions/:id',
      permission: 'actions:read',
      handle: async ({ principal, params }) => {
        const action = await getAction(context, principal, params.id!);
        return { body: presentAction(action), headers: { ETag: action.etag } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/actions/:id',
      permission: 'actions:update',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const action = await updateAction(context, principal, params.id!, await readJsonBody(request), etag);
        return { body: presentAction(action), headers: { ETag: action.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/requests',
      permission: 'requests:read-all',
      ownPermission: 'requests:read',
      handle: async ({ principal, query }) => ({ body: items((await listRequests(context, principal, parseInput(requestFilterSchema, query))).map(presentVersioned)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requests',
      permission: 'requests:create',
      handle: async ({ request, principal }) => {
        const idempotencyKey = readIdempotencyKey(request);
        const created = await createRequest(context, principal, await readJsonBody(request), idempotencyKey ? { idempotencyKey } : {});
        return { status: 201, body: presentVersioned(created), headers: { ETag: created.etag, Location: `/api/v1/requests/${created.value.id}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/requests/:id',
      permission: 'requests:read-all',
      ownPermission: 'requests:read',
      handle: async ({ principal, params }) => {
        const found = await getRequest(context, principal, params.id!);
        return { body: presentVersioned(found), headers: { ETag: found.etag } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/requests/:id',
      permission: ['requests:update', 'requests:sequence'],
      ownPermission: 'requests:update-own',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const updated = await updateRequest(context, principal, params.id!, await readJsonBody(request), etag);
        return { body: presentVersioned(updated), headers: { ETag: updated.etag } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requests/:id/stage',
      permission: 'requests:stage',
      ownPermission: 'requests:withdraw-own',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const moved = await moveRequestStage(context, principal, params.id!, await readJsonBody(request), etag);
        notify(principal.organisationId);
        return { body: presentVersioned(moved), headers: { ETag: moved.etag } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/requests/:id/score',
      permission: 'requests:score',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const scored = await scoreProjectRequest(context, principal, params.id!, await readJsonBody(request), etag);
        return { body: presentVersioned(scored), headers: { ETag: scored.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/requests/:id/decisions',
      permission: 'requests:read-all',
      ownPermission: 'requests:read',
      handle: async ({ principal, params }) => ({ body: items(await listRequestDecisions(context, principal, params.id!)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requests/:id/decisions',
      permission: 'decisions:record',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const { request: updated, decision } = await recordDecision(context, principal, params.id!, await readJsonBody(request), etag);
        notify(principal.organisationId);
        return { status: 201, body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
      },
    }),
    ...(['rescind', 'amend'] as const).map((verb) =>
      defineRoute({
        method: 'post',
        path: `/api/v1/requests/:id/decisions/:decisionId/${verb}`,
        permission: 'decisions:record',
        handle: async ({ request, principal, params }) => {
          const etag = requireIfMatch(request);
          const target = { requestId: params.id!, decisionId: params.decisionId! };
          const { request: updated, decision } = await correctDecision(context, principal, target, verb === 'amend' ? 'amended' : 'rescinded', await readJsonBody(request), etag);
          notify(principal.organisationId);
          return { status: 201, body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
        },
      }),
    ),
    defineRoute({
      method: 'get',
      path: '/api/v1/decisions',
      permission: 'governance:read',
      handle: async ({ principal, query }) => ({ body: items(await listDecisions(context, principal, parseInput(decisionFilterSchema, query))) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/risks',
      permission: 'governance:read',
      handle: async ({ principal, query }) => ({ body: items((await listRisks(context, principal, parseInput(riskFilterSchema, query))).map(presentRisk)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/capacity',
      permission: 'governance:read',
      handle: async ({ principal }) => ({ body: { quarters: await getCapacity(context, principal) } }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/meetings',
      permission: 'governance:read',
      handle: async ({ principal }) => ({ body: items((await listMeetings(context, principal)).map(presentVersioned)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/meetings',
      permission: 'meetings:manage',
      handle: async ({ request, principal }) => {
        const meeting = await createMeeting(context, principal, await readJsonBody(request));
        return { status: 201, body: presentVersioned(meeting), headers: { ETag: meeting.etag, Location: `/api/v1/meetings/${meeting.value.id}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/meetings/:id',
      permission: 'governance:read',
      handle: async ({ principal, params }) => {
        const meeting = await getMeeting(context, principal, params.id!);
        return { body: presentVersioned(meeting), headers: { ETag: meeting.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/meetings/:id/feed',
      permission: 'governance:read',
      handle: async ({ principal, params }) => {
        const feed = await readMeetingFeed(context, principal, params.id!);
        return { body: { meeting: presentVersioned(feed.meeting), decisions: feed.decisions, requests: feed.requests.map(presentVersioned) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/meetings/:id/current-item',
      permission: 'decisions:record',
      handle: async ({ request, principal, params }) => {
        const meeting = await setMeetingCurrentItem(context, principal, params.id!, await readJsonBody(request));
        return { body: presentVersioned(meeting), headers: { ETag: meeting.etag } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/meetings/:id',
      permission: 'meetings:manage',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const meeting = await updateMeeting(context, principal, params.id!, await readJsonBody(request), etag);
        return { body: presentVersioned(meeting), headers: { ETag: meeting.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/audit',
      permission: 'audit:read',
      ownPermission: 'requests:read',
      handle: async ({ principal, query }) => {
        const { entity } = parseInput(auditQuerySchema, query);
        return { body: items(await readAuditTrail(context, principal, entity)) };
      },
    }),
    ...buildEstateRoutes(context),
  ];
}
