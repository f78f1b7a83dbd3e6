import { appErrors } from '../errors/app-error';
import type { Organisation } from '../organisations/organisation';
import type { Principal, Role } from './roles';
import type { VerifiedIdentity } from './token-verifier';

export interface PrincipalResolverOptions {
  findOrganisationForTenant: (tenantId: string) => Promise<Organisation | undefined>;
  /** Entra group id → role, e.g. the steering group's security group → SteeringMember. */
  groupRoles?: Record<string, Role>;
  /** How long a tenant → organisation answer is reused, in ms. */
  cacheMs?: number;
}

/**
 * Turns a verified identity into a principal of one organisation. A user with no app role is an
 * Officer: every member of staff may propose a project.
 */
export function createPrincipalResolver(options: PrincipalResolverOptions): (identity: VerifiedIdentity) => Promise<Principal> {
  const cache = new Map<string, { organisation: Organisation | undefined; expires: number }>();
  const cacheMs = options.cacheMs ?? 60_000;
  return async (identity) => {
    const cached = cache.get(identity.tenantId);
    let organisation = cached && cached.expires > Date.now() ? cached.organisation : undefined;
    if (!organisation) {
      organisation = await options.findOrganisationForTenant(identity.tenantId);
      if (organisation) cache.set(identity.tenantId, { organisation, expires: Date.now() + cacheMs });
    }
    if (!organisation) throw appErrors.forbidden('Your organisation is not set up in Entrance Hall yet. Ask your ICT service to add it.');
    const fromGroups = identity.groups.flatMap((group) => (options.groupRoles?.[group] ? [options.groupRoles[group]] : []));
    const roles = [...new Set<Role>([...identity.roles, ...fromGroups])];
    return {
      id: identity.userId,
      name: identity.name,
      ...(identity.email ? { email: identity.email } : {}),
      tenantId: identity.tenantId,
      organisationId: organisation.id,
      roles: roles.length > 0 ? roles : ['Officer'],
    };
  };
}
