import { API_CONTRACT as C } from '../../domain/contract/api-contract';
import type { DomainContext } from '../../domain/context/domain-context';
import { listBenefits } from '../../domain/benefits/list-benefits';
import { recordBenefitActual } from '../../domain/benefits/record-benefit-actual';
import type { ApiRoute } from '../api/api-route';
import { implementRoute } from '../api/contract/implement-route';
import { presentVersioned } from '../api/http-io';

/** Benefits realisation: planned against realised, and the owner's actual figures at each review. */
export function buildBenefitRoutes(context: DomainContext): ApiRoute[] {
  return [
    implementRoute(C.listBenefits, async ({ principal, query }) => ({ body: await listBenefits(context, principal, query) })),
    implementRoute(C.recordBenefitActual, async ({ principal, params, body }) => {
      const review = await recordBenefitActual(context, principal, { requestId: params.id, benefitId: params.benefitId }, body);
      return { status: 201, body: presentVersioned(review), headers: { ETag: review.etag } };
    }),
  ];
}
