import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import type { Strategy } from './strategy';

/** The id under which an organisation's current strategy is kept. */
export const CURRENT_STRATEGY_ID = 'current';

export async function findCurrentStrategy(context: DomainContext, organisationId: string): Promise<Versioned<Strategy> | undefined> {
  return context.repos.strategies.get(organisationId, CURRENT_STRATEGY_ID);
}

export async function getCurrentStrategy(context: DomainContext, principal: Principal): Promise<Versioned<Strategy>> {
  assertCan(principal, 'strategy:read');
  const strategy = await findCurrentStrategy(context, principal.organisationId);
  if (!strategy) throw appErrors.notFound('The current strategy');
  return strategy;
}
