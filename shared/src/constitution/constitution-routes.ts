import { defineRoute, type ApiRoute } from '../http/api/api-route';
import { presentVersioned, readJsonBody, requireIfMatch } from '../http/api/http-io';
import type { DomainContext } from '../domain/context/domain-context';
import { getConstitutionSettings, replaceConstitutionSettings } from './constitution-commands';
import { recordBodyDecision } from './record-body-decision';
import { listForwardPlan } from './route-request';

/** Routes of decisions routed by the constitution: the settings, the forward plan, a member body's decision. */
export function buildConstitutionRoutes(context: DomainContext, notify: (organisationId: string) => void = () => {}): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/organisation/settings',
      permission: 'governance:read',
      handle: async ({ principal }) => {
        const settings = await getConstitutionSettings(context, principal);
        return { body: presentVersioned(settings), headers: { ETag: settings.etag } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/organisation/settings',
      permission: 'settings:manage',
      handle: async ({ request, principal }) => {
        const etag = requireIfMatch(request);
        const settings = await replaceConstitutionSettings(context, principal, await readJsonBody(request), etag);
        return { body: presentVersioned(settings), headers: { ETag: settings.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/forward-plan',
      permission: 'governance:read',
      handle: async ({ principal }) => {
        const { entries } = await listForwardPlan(context, principal);
        return { body: { items: entries, count: entries.length } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requests/:id/body-decision',
      permission: 'decisions:record-body',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const { request: updated, decision } = await recordBodyDecision(context, principal, params.id!, await readJsonBody(request), etag);
        notify(principal.organisationId);
        return { status: 201, body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
      },
    }),
  ];
}
