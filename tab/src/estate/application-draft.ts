import {
  applicationFieldsSchema,
  checkApplicationRules,
  createApplicationSchema,
  type Application,
  type ApplicationFields,
  type Capability,
  type Disposition,
  type Hosting,
  type SupportStatus,
} from '@entrance-hall/shared/domain/estate/application';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { changedFields, numberOrText, optional, schemaErrors } from '../common/form-draft';

/** What the person typed or chose in the application form, as text until it is sent. */
export interface ApplicationDraft {
  name: string;
  supplier: string;
  /** One service area a line. */
  serviceAreas: string;
  capability: Capability | '';
  hosting: Hosting | '';
  supportStatus: SupportStatus | '';
  contractEnd: string;
  annualCost: string;
  users: string;
  personalData: 'yes' | 'no' | '';
  businessOwner: string;
  disposition: Disposition | '';
  dispositionTargetDate: string;
  retiredOn: string;
  notes: string;
}

/** The fields of the register the form edits, in the order of the domain's schema. */
export const APPLICATION_FORM_FIELDS = Object.keys(applicationFieldsSchema.shape) as (keyof ApplicationFields)[];

export const EMPTY_APPLICATION_DRAFT: ApplicationDraft = {
  name: '',
  supplier: '',
  serviceAreas: '',
  capability: '',
  hosting: '',
  supportStatus: '',
  contractEnd: '',
  annualCost: '',
  users: '',
  personalData: '',
  businessOwner: '',
  disposition: '',
  dispositionTargetDate: '',
  retiredOn: '',
  notes: '',
};

export function toApplicationDraft(application: ApplicationFields): ApplicationDraft {
  return {
    name: application.name,
    supplier: application.supplier,
    serviceAreas: application.serviceAreas.join('\n'),
    capability: application.capability,
    hosting: application.hosting,
    supportStatus: application.supportStatus,
    contractEnd: application.contractEnd ?? '',
    annualCost: application.annualCost === undefined ? '' : String(application.annualCost),
    users: application.users === undefined ? '' : String(application.users),
    personalData: application.personalData ? 'yes' : 'no',
    businessOwner: application.businessOwner,
    disposition: application.disposition,
    dispositionTargetDate: application.dispositionTargetDate ?? '',
    retiredOn: application.retiredOn ?? '',
    notes: application.notes ?? '',
  };
}

/**
 * The fields the draft stands for. What does not read as the field's type (a cost typed as words,
 * no choice made) is passed on as it is, for the domain's schema to name; hence the one cast.
 */
export function fromApplicationDraft(draft: ApplicationDraft): ApplicationFields {
  const fields: Record<string, unknown> = {
    name: draft.name,
    supplier: draft.supplier,
    serviceAreas: draft.serviceAreas
      .split('\n')
      .map((area) => area.trim())
      .filter(Boolean),
    capability: draft.capability || undefined,
    hosting: draft.hosting || undefined,
    supportStatus: draft.supportStatus || undefined,
    contractEnd: optional(draft.contractEnd, String),
    annualCost: optional(draft.annualCost, numberOrText),
    users: optional(draft.users, numberOrText),
    personalData: draft.personalData === '' ? undefined : draft.personalData === 'yes',
    businessOwner: draft.businessOwner,
    disposition: draft.disposition || undefined,
    dispositionTargetDate: optional(draft.dispositionTargetDate, String),
    retiredOn: optional(draft.retiredOn, String),
    notes: optional(draft.notes, String),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as ApplicationFields;
}

/** The domain's own checks on the whole record: the create schema's messages, then the rules across fields. */
export function checkApplicationDraft(draft: ApplicationDraft): FieldError[] {
  const fields = fromApplicationDraft(draft);
  const errors = schemaErrors(createApplicationSchema, fields);
  if (errors.length > 0) return errors;
  return checkApplicationRules(applicationFieldsSchema.parse(fields));
}

/** The merge patch from the version on screen to the draft: only what changed, `null` for a field cleared. */
export function applicationPatch(before: Application, draft: ApplicationDraft): Record<string, unknown> {
  const beforeFields = applicationFieldsSchema.parse(Object.fromEntries(APPLICATION_FORM_FIELDS.map((field) => [field, before[field]])));
  return changedFields(beforeFields, applicationFieldsSchema.parse(fromApplicationDraft(draft)), APPLICATION_FORM_FIELDS);
}
