import { buildConstitutionRoutes } from '../../constitution/constitution-routes';
import type { DomainContext } from '../../domain/context/domain-context';
import { buildProfileRoutes } from '../identity/profile-routes';
import type { UserDirectory } from '../../domain/identity/user-directory';
import { buildReportRoutes } from '../reports/report-routes';
import type { ApiRoute } from '../api/api-route';
import { buildApiRoutes, type ApiRouteDependencies } from '../api/api-routes';

/** Every route the server mounts through mountRoutes: the JSON API, the report tables and profiles. */
export function buildAllApiRoutes(dependencies: ApiRouteDependencies & { directory: UserDirectory }): ApiRoute[] {
  const notify = (organisationId: string) => dependencies.onRequestNotification?.(organisationId);
  return [
    ...buildApiRoutes(dependencies),
    ...buildReportRoutes(dependencies.context),
    ...buildProfileRoutes({ directory: dependencies.directory }),
    ...buildConstitutionRoutes(dependencies.context, notify),
  ];
}

/** The routes' access declarations only (no storage needed): for the role × route matrix and its test. */
export function listRouteAccessRules(): ApiRoute[] {
  return buildAllApiRoutes({ context: {} as DomainContext, directory: {} as UserDirectory });
}
