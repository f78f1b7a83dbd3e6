import type { DomainContext } from '../context/domain-context';
import { permissionsOf, type Permission } from './permissions';
import { ROLE_LABELS, type Principal, type Role } from './roles';

/** What the tab, the add-in and the bot show about the signed-in person and their organisation. */
export interface SignedInUser {
  id: string;
  name: string;
  email?: string;
  organisation: { id: string; name?: string; shortName?: string; serviceAreas?: string[]; partnerCouncils?: string[]; forums?: string[] };
  roles: { id: Role; label: string }[];
  permissions: Permission[];
}

export async function describeSignedInUser(context: DomainContext, principal: Principal): Promise<SignedInUser> {
  const organisation = (await context.repos.organisations.get(principal.organisationId, principal.organisationId))?.value;
  return {
    id: principal.id,
    name: principal.name,
    ...(principal.email ? { email: principal.email } : {}),
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, shortName: organisation.shortName, serviceAreas: organisation.serviceAreas, partnerCouncils: organisation.partnerCouncils, forums: organisation.forums }
      : { id: principal.organisationId },
    roles: principal.roles.map((role) => ({ id: role, label: ROLE_LABELS[role] })),
    permissions: permissionsOf(principal),
  };
}
