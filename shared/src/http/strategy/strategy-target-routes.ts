import type { ApiRoute } from '../api/api-route';
import { implementRoute } from '../api/contract/implement-route';
import { presentVersioned } from '../api/http-io';
import { API_CONTRACT as C } from '../../domain/contract/api-contract';
import type { DomainContext } from '../../domain/context/domain-context';
import { updateStrategyTarget } from '../../domain/strategy/update-strategy-target';

/** The strategy's measurable targets: their latest measurement and definition. */
export function buildStrategyTargetRoutes(context: DomainContext): ApiRoute[] {
  return [
    implementRoute(C.updateStrategyTarget, async ({ principal, params, body, etag }) => {
      const updated = await updateStrategyTarget(context, principal, params.id, body, etag);
      return { body: presentVersioned(updated), headers: { ETag: updated.etag } };
    }),
  ];
}
