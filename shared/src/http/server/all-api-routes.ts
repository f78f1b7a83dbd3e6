import type { DomainContext } from '../context/domain-context';
import { buildProfileRoutes } from '../identity/profile-routes';
import type { UserDirectory } from '../identity/user-directory';
import { buildReportRoutes } from '../reports/report-routes';
import type { ApiRoute } from './api-route';
import { buildApiRoutes, type ApiRouteDependencies } from './api-routes';

/** Every route the server mounts through mountRoutes: the JSON API, the report tables and profiles. */
export function buildAllApiRoutes(dependencies: ApiRouteDependencies & { directory: UserDirectory }): ApiRoute[] {
  return [...buildApiRoutes(dependencies), ...buildReportRoutes(dependencies.context), ...buildProfileRoutes({ directory: dependencies.directory })];
}

/** The routes' access declarations only (no storage needed): for the role × route matrix and its test. */
export function listRouteAccessRules(): ApiRoute[] {
  return buildAllApiRoutes({ context: {} as DomainContext, directory: {} as UserDirectory });
}
