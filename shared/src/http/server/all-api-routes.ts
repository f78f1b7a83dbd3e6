import { buildConstitutionRoutes } from '../constitution/constitution-routes';
import { buildProfileRoutes } from '../identity/profile-routes';
import { buildBenefitRoutes } from '../benefits/benefit-routes';
import type { UserDirectory } from '../../domain/identity/user-directory';
import { buildReportRoutes } from '../reports/report-routes';
import { buildEstateRoutes } from '../estate/estate-routes';
import { buildStrategyTargetRoutes } from '../strategy/strategy-target-routes';
import type { ApiRoute } from '../api/api-route';
import { buildApiRoutes, type ApiRouteDependencies } from '../api/api-routes';
import { API_CONTRACT, listRouteDeclarations } from '../../domain/contract/api-contract';
import type { RouteAccessRule } from '../api/route-access';

/**
 * Every route the server mounts through mountRoutes: the JSON API, the report tables and profiles,
 * in the contract's order. Throws when a declaration has no handler or two (a route declared but
 * not answered, or answered twice, is caught at start-up and by every server test).
 */
export function buildAllApiRoutes(dependencies: ApiRouteDependencies & { directory: UserDirectory }): ApiRoute[] {
  const notify = (organisationId: string) => dependencies.onRequestNotification?.(organisationId);
  const routes = [
    ...buildApiRoutes(dependencies),
    ...buildReportRoutes(dependencies.context),
    ...buildProfileRoutes({ directory: dependencies.directory }),
    ...buildConstitutionRoutes(dependencies.context, notify),
    ...buildBenefitRoutes(dependencies.context),
    ...buildEstateRoutes(dependencies.context),
    ...buildStrategyTargetRoutes(dependencies.context),
  ];
  return listRouteDeclarations().map(({ name }) => {
    const handlers = routes.filter((route) => route.declaration === API_CONTRACT[name]);
    if (handlers.length !== 1) throw new Error(`The route ${name} has ${handlers.length} handlers; it needs exactly one.`);
    return handlers[0]!;
  });
}

/** The routes' access declarations, straight from the contract (no storage needed): for the role × route matrix. */
export function listRouteAccessRules(): RouteAccessRule[] {
  return listRouteDeclarations();
}

