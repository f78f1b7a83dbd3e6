import { z } from 'zod';
import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Stage } from '../requests/stage';
import { buildBenefitsOverview, type BenefitsOverview } from './build-benefits-overview';

/** Requests whose benefits count in the portfolio: agreed or delivered (proposals are not plans yet). */
export const PORTFOLIO_BENEFIT_STAGES: readonly Stage[] = ['approved', 'in_delivery', 'closed'];

export const benefitsQuerySchema = z
  .object({
    request: z.string({ error: 'request must be one request reference, e.g. EH-2026-0042.' }).regex(/^EH-\d{4}-\d{4,}$/, { error: 'request must be a request reference, e.g. EH-2026-0042.' }).optional(),
  })
  .strict();
export type BenefitsQuery = z.infer<typeof benefitsQuerySchema>;

/**
 * Planned against realised for the portfolio (agreed and delivered requests) or one request. The
 * governance roles see every benefit; anyone else sees the benefits they own.
 */
export async function listBenefits(context: DomainContext, principal: Principal, query: BenefitsQuery = {}): Promise<BenefitsOverview> {
  assertCan(principal, 'benefits:record-own');
  const organisationId = principal.organisationId;
  const seesAll = can(principal, 'governance:read');
  let requests;
  if (query.request) {
    const found = await context.repos.requests.get(organisationId, query.request);
    if (!found) throw appErrors.notFound(`Request ${query.request}`);
    requests = [found.value];
  } else {
    requests = (await context.repos.requests.list(organisationId)).map((record) => record.value).filter((request) => PORTFOLIO_BENEFIT_STAGES.includes(request.stage));
  }
  const reviews = query.request ? await context.repos.benefitReviews.list(organisationId, query.request) : await context.repos.benefitReviews.list(organisationId);
  const overview = buildBenefitsOverview(
    requests,
    reviews.map((record) => record.value),
    context.now().slice(0, 10),
    (benefit) => seesAll || benefit.owner.id === principal.id,
  );
  if (query.request && !seesAll && overview.requests.length === 0) throw appErrors.notFound(`Request ${query.request}`);
  return overview;
}
