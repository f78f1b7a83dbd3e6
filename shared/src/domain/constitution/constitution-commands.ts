import { assertCurrentVersion } from '../context/commit-change';
import { actorOf, buildAuditEvent, type DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../ports/versioned';
import { parseInput } from '../validation/parse-input';
import { diffFields } from '../audit/audit-event';
import { constitutionSettingsSchema, defaultConstitutionSettings, type ConstitutionSettings, type StoredConstitutionSettings } from './constitution-settings';

/** The ETag of settings nobody has saved yet: the defaults. A PUT naming it creates the record. */
export const DEFAULT_SETTINGS_ETAG = 'W/"constitution-defaults"';

/** Only the settings themselves, without the record's bookkeeping. */
export function settingsOf(stored: StoredConstitutionSettings): ConstitutionSettings {
  const { delegation, wholeLifeYears, keyDecision, forwardPlan, forums } = stored;
  return { delegation, wholeLifeYears, keyDecision, forwardPlan, forums };
}

/**
 * The settings in force: those an administrator saved, or the defaults built around the
 * organisation's first steering forum until they do.
 */
export async function readConstitutionSettings(context: DomainContext, organisationId: string): Promise<Versioned<StoredConstitutionSettings>> {
  const stored = await context.repos.constitution.get(organisationId, 'constitution');
  if (stored) return stored;
  const organisation = (await context.repos.organisations.get(organisationId, organisationId))?.value;
  const defaults = defaultConstitutionSettings(organisation?.forums[0] ?? 'ICT Steering Group');
  return { value: { ...defaults, id: 'constitution', organisationId, updatedAt: organisation?.createdAt ?? context.now() }, etag: DEFAULT_SETTINGS_ETAG };
}

/** The settings for the signed-in person's organisation (governance roles read them; the agenda and the route use them). */
export async function getConstitutionSettings(context: DomainContext, principal: Principal): Promise<Versioned<StoredConstitutionSettings>> {
  assertCan(principal, 'governance:read');
  return readConstitutionSettings(context, principal.organisationId);
}

/** An administrator replaces the settings whole, conditional on the version they saw; the change is audited. */
export async function replaceConstitutionSettings(context: DomainContext, principal: Principal, input: unknown, etag: string): Promise<Versioned<StoredConstitutionSettings>> {
  assertCan(principal, 'settings:manage', 'Only an administrator can change the organisation settings.');
  const settings = parseInput(constitutionSettingsSchema, input);
  const current = await readConstitutionSettings(context, principal.organisationId);
  assertCurrentVersion(current, etag, 'organisation settings');
  const now = context.now();
  const next: StoredConstitutionSettings = { ...settings, id: 'constitution', organisationId: principal.organisationId, updatedAt: now, updatedBy: actorOf(principal) };
  const collection = context.repos.constitution;
  const event = buildAuditEvent(context, principal, 'organisation', principal.organisationId, 'updated', 'Constitution settings changed', diffFields(settingsOf(current.value), settings), now);
  const write = current.etag === DEFAULT_SETTINGS_ETAG ? collection.createOp(next) : collection.replaceOp(next, etag);
  try {
    const [newEtag] = await context.repos.commit(principal.organisationId, [write, context.repos.audit.createOp(event)], 'organisation settings');
    return { value: next, etag: newEtag! };
  } catch (error) {
    // Two administrators saving the defaults at once: the second one's create meets the first one's record.
    if (error instanceof Error && 'code' in error && (error.code === 'conflict' || error.code === 'precondition_failed')) {
      const latest = await readConstitutionSettings(context, principal.organisationId);
      throw appErrors.staleWrite('organisation settings', { ...latest.value, etag: latest.etag });
    }
    throw error;
  }
}
