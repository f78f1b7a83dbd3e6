import type { ApiRoute } from '../api/api-route';
import { implementRoute } from '../api/contract/implement-route';
import { presentVersioned } from '../api/http-io';
import { API_CONTRACT } from '../../domain/contract/api-contract';
import type { DomainContext } from '../../domain/context/domain-context';
import { getConstitutionSettings, replaceConstitutionSettings } from '../../domain/constitution/constitution-commands';
import { recordBodyDecision } from '../../domain/decisions/record-body-decision';
import { listForwardPlan } from '../../domain/constitution/route-request';

/** Routes of decisions routed by the constitution: the settings, the forward plan, a member body's decision. */
export function buildConstitutionRoutes(context: DomainContext, notify: (organisationId: string) => void = () => {}): ApiRoute[] {
  return [
    implementRoute(API_CONTRACT.getOrganisationSettings, async ({ principal }) => {
      const settings = await getConstitutionSettings(context, principal);
      return { body: presentVersioned(settings), headers: { ETag: settings.etag } };
    }),
    implementRoute(API_CONTRACT.replaceOrganisationSettings, async ({ principal, body, etag }) => {
      const settings = await replaceConstitutionSettings(context, principal, body, etag);
      return { body: presentVersioned(settings), headers: { ETag: settings.etag } };
    }),
    implementRoute(API_CONTRACT.listForwardPlan, async ({ principal }) => {
      const { entries } = await listForwardPlan(context, principal);
      return { body: { items: entries, count: entries.length } };
    }),
    implementRoute(API_CONTRACT.recordBodyDecision, async ({ principal, params, body, etag }) => {
      const { request: updated, decision } = await recordBodyDecision(context, principal, params.id, body, etag);
      notify(principal.organisationId);
      return { status: 201, body: { decision, request: presentVersioned(updated) }, headers: { ETag: updated.etag } };
    }),
  ];
}
