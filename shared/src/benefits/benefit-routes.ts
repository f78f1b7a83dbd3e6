import { defineRoute, type ApiRoute } from '../http/api/api-route';
import { presentVersioned, readJsonBody } from '../http/api/http-io';
import type { DomainContext } from '../domain/context/domain-context';
import { parseInput } from '../domain/validation/parse-input';
import { benefitsQuerySchema, listBenefits } from './list-benefits';
import { recordBenefitActual } from './record-benefit-actual';

/** Benefits realisation: planned against realised, and the owner's actual figures at each review. */
export function buildBenefitRoutes(context: DomainContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/benefits',
      permission: 'governance:read',
      ownPermission: 'benefits:record-own',
      handle: async ({ principal, query }) => ({ body: await listBenefits(context, principal, parseInput(benefitsQuerySchema, query)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/requests/:id/benefits/:benefitId/actuals',
      permission: 'benefits:record',
      ownPermission: 'benefits:record-own',
      handle: async ({ request, principal, params }) => {
        const review = await recordBenefitActual(context, principal, { requestId: params.id!, benefitId: params.benefitId! }, await readJsonBody(request));
        return { status: 201, body: presentVersioned(review), headers: { ETag: review.etag } };
      },
    }),
  ];
}
