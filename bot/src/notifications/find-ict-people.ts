import type { NoticeRecipient } from '@entrance-hall/shared/domain/benefits/queue-overdue-review-notices';
import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import type { RoleHolders } from '@entrance-hall/shared/domain/identity/user-directory';

/** The people with the ICT role in an organisation (in any of its tenants), as the bot addresses them. */
export async function findIctPeople(context: DomainContext, roleHolders: RoleHolders, organisationId: string): Promise<NoticeRecipient[]> {
  const organisation = (await context.repos.organisations.get(organisationId, organisationId))?.value;
  if (!organisation) return [];
  const people = await roleHolders.peopleWithRole('ICT', organisation.tenantIds);
  return people.map((person) => ({ id: person.id, name: person.displayName }));
}
