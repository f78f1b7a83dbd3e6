import type { DomainContext } from '../context/domain-context';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { fitDemandToCapacity, type QuarterDemand } from './capacity-demand';

/** Capacity per quarter beside the demand of committed and proposed requests. */
export async function getCapacity(context: DomainContext, principal: Principal): Promise<QuarterDemand[]> {
  assertCan(principal, 'governance:read');
  const [capacities, requests, organisation] = await Promise.all([
    context.repos.capacity.list(principal.organisationId),
    context.repos.requests.list(principal.organisationId),
    context.repos.organisations.get(principal.organisationId, principal.organisationId),
  ]);
  return fitDemandToCapacity(
    capacities.map((record) => record.value),
    requests.map((record) => record.value),
    organisation?.value.financialYearStartMonth ?? 4,
  );
}
