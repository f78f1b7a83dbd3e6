import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import type { ServiceDeskContact } from '@entrance-hall/shared/domain/organisations/organisation';
import { findCurrentStrategy } from '@entrance-hall/shared/domain/strategy/get-strategy';
import type { Strategy } from '@entrance-hall/shared/domain/strategy/strategy';
import type { IntakeOptions } from './intake-draft';

/** What the intake needs of an organisation: its lists, its current strategy, its service desk. */
export interface OrganisationSettings {
  options: IntakeOptions;
  strategy: Strategy | undefined;
  serviceDesk: ServiceDeskContact | undefined;
}

const SETTINGS_CACHE_MS = 60_000;

/**
 * The organisation's settings, held in memory for a minute per organisation (as the tenant →
 * organisation lookup is): every intake step needs them, they change rarely, and reading them
 * per turn would cost two round trips. A failed read is not kept.
 */
export function createOrganisationSettings(context: DomainContext): (organisationId: string) => Promise<OrganisationSettings> {
  const cache = new Map<string, { settings: Promise<OrganisationSettings>; expires: number }>();
  return (organisationId) => {
    const cached = cache.get(organisationId);
    if (cached && cached.expires > Date.now()) return cached.settings;
    const settings = loadSettings(context, organisationId);
    cache.set(organisationId, { settings, expires: Date.now() + SETTINGS_CACHE_MS });
    settings.catch(() => cache.delete(organisationId));
    return settings;
  };
}

async function loadSettings(context: DomainContext, organisationId: string): Promise<OrganisationSettings> {
  const [organisation, strategy] = await Promise.all([context.repos.organisations.get(organisationId, organisationId), findCurrentStrategy(context, organisationId)]);
  return {
    options: {
      serviceAreas: organisation?.value.serviceAreas ?? [],
      partnerCouncils: organisation?.value.partnerCouncils ?? [],
      themes: strategy?.value.themes.map((theme) => ({ id: theme.id, title: theme.title, description: theme.description, corporatePriorityIds: theme.corporatePriorityIds })) ?? [],
      corporatePriorities: strategy?.value.corporatePriorities.map((priority) => ({ id: priority.id, title: priority.title })) ?? [],
    },
    strategy: strategy?.value,
    serviceDesk: organisation?.value.serviceDesk,
  };
}
