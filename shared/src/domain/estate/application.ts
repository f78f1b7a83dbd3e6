import { z } from 'zod';
import type { FieldError } from '../errors/app-error';
import { LIMITS, isoDate, money, optionalText, requiredText, textList, wholeNumber } from '../validation/fields';
import { mergePatchSchema } from '../validation/merge-patch';

/**
 * What an application does for the council, in a small taxonomy a service manager recognises.
 * `keywords` feed the overlap search that infers a need's capability from its words.
 */
export const CAPABILITIES = {
  revenues: { label: 'Revenues and benefits', keywords: 'council tax business rates benefits revenues billing ndr housing benefit' },
  housing: { label: 'Housing', keywords: 'housing repairs tenancy homelessness rent landlord allocations lettings' },
  planning: { label: 'Planning and building control', keywords: 'planning building control applications enforcement land charges' },
  environment: { label: 'Environment and waste', keywords: 'waste bins refuse recycling garden street cleansing fleet rounds trees parks' },
  regulatory: { label: 'Licensing and regulatory', keywords: 'licensing taxi premises food hygiene inspection environmental health trading standards' },
  crm: { label: 'Customer contact (CRM)', keywords: 'customer contact crm enquiries portal telephony contact centre chatbot website forms' },
  document_management: { label: 'Document and records management', keywords: 'document management records edrms scanning retention archive dms' },
  finance: { label: 'Finance and procurement', keywords: 'finance ledger accounts payable receivable procurement budget purchase invoices' },
  hr: { label: 'HR and payroll', keywords: 'hr payroll recruitment staff rostering absence learning workforce' },
  democracy: { label: 'Democracy and elections', keywords: 'elections electoral registration committee councillors member casework democratic' },
  social_care: { label: 'Social care', keywords: 'social care adults children safeguarding care assessments' },
  leisure: { label: 'Leisure and culture', keywords: 'leisure bookings library museum sport centres culture' },
  gis: { label: 'Mapping and property (GIS)', keywords: 'gis mapping gazetteer address property assets estates land' },
  infrastructure: { label: 'Infrastructure and security', keywords: 'backup identity authentication mfa network security email collaboration microsoft 365' },
  other: { label: 'Other', keywords: '' },
} as const satisfies Record<string, { label: string; keywords: string }>;
export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_IDS = Object.keys(CAPABILITIES) as Capability[];

export const HOSTING = { on_premises: 'On premises', hosted: 'Hosted', saas: 'Software as a service' } as const;
export type Hosting = keyof typeof HOSTING;

export const SUPPORT_STATUSES = { supported: 'Supported', extended_support: 'Extended support', out_of_support: 'Out of support' } as const;
export type SupportStatus = keyof typeof SUPPORT_STATUSES;

/** Gartner's TIME model, as council estate reviews use it. */
export const DISPOSITIONS = { tolerate: 'Tolerate', invest: 'Invest', migrate: 'Migrate', eliminate: 'Eliminate' } as const;
export type Disposition = keyof typeof DISPOSITIONS;
export const DISPOSITION_IDS = Object.keys(DISPOSITIONS) as Disposition[];

/**
 * One of a fixed list. Left empty (a form's unchosen list, a blank CSV cell), it asks for a choice;
 * a value outside the list names the values the API and CSV take.
 */
function choice<T extends string>(label: string, values: Record<T, string>) {
  const ids = Object.keys(values) as [T, ...T[]];
  return z.enum(ids, { error: (issue) => (issue.input === undefined ? `Choose the ${label.toLowerCase()}.` : `${label} must be one of: ${ids.join(', ')}.`) });
}

/**
 * A yes-or-no answer. Left unanswered (a form's radio buttons, a blank CSV cell) it asks the
 * question; anything else that is not an answer names the values the API and CSV take.
 */
function yesOrNo(label: string, question: string) {
  return z.boolean({ error: (issue) => (issue.input === undefined ? `${question}.` : `${label} must be true or false (yes or no in a CSV file).`) });
}

/** The fields of an application in the register: the create and update bodies and the CSV columns use this one schema. */
export const applicationFieldsSchema = z.object({
  name: requiredText('Name', 120),
  supplier: requiredText('Supplier'),
  serviceAreas: textList('Service areas', 20).min(1, { error: 'Name at least one service area.' }),
  capability: choice('Capability', Object.fromEntries(CAPABILITY_IDS.map((id) => [id, CAPABILITIES[id].label])) as Record<Capability, string>),
  hosting: choice('Hosting', HOSTING),
  supportStatus: choice('Support status', SUPPORT_STATUSES),
  contractEnd: isoDate('Contract end').optional(),
  // Not known is absent, never 0: a blank cost must not read as free.
  annualCost: money('Annual cost').optional(),
  users: wholeNumber('Users', 0, 1_000_000).optional(),
  personalData: yesOrNo('Personal data', 'Say whether the application holds personal data'),
  businessOwner: requiredText('Business owner'),
  disposition: choice('Disposition', DISPOSITIONS),
  dispositionTargetDate: isoDate('Disposition target date').optional(),
  /** The day it left the estate (switched off): it no longer counts. */
  retiredOn: isoDate('Retired on').optional(),
  notes: optionalText('Notes', LIMITS.longText),
});
export type ApplicationFields = z.infer<typeof applicationFieldsSchema>;

/** The register's query: filters, retired applications, and the download format. */
export const applicationFilterSchema = z
  .object({
    capability: z.enum(CAPABILITY_IDS as [Capability, ...Capability[]], { error: `Capability must be one of: ${CAPABILITY_IDS.join(', ')}.` }).optional(),
    disposition: z.enum(DISPOSITION_IDS as [string, ...string[]], { error: `Disposition must be one of: ${DISPOSITION_IDS.join(', ')}.` }).optional(),
    retired: z.enum(['include', 'only'], { error: 'Retired must be include or only.' }).optional(),
    format: z.enum(['json', 'csv'], { error: 'Format must be json or csv.' }).optional(),
  })
  .strict();
export type ApplicationFilter = z.infer<typeof applicationFilterSchema>;

export const createApplicationSchema = applicationFieldsSchema.strict();
export const updateApplicationSchema = mergePatchSchema(applicationFieldsSchema);

/** A business application in the council's estate. */
export interface Application extends ApplicationFields {
  id: string;
  organisationId: string;
  /** The day it joined the register (the count over time starts from here). */
  addedOn: string;
  /** The CSV import that added it (see `application-import.ts`); absent when added one at a time. */
  importedIn?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Rules across fields, checked on the whole record after a create, patch or import row: a
 * migration or elimination is planned to a date.
 */
export function checkApplicationRules(fields: Pick<ApplicationFields, 'disposition' | 'dispositionTargetDate'>): FieldError[] {
  if ((fields.disposition === 'migrate' || fields.disposition === 'eliminate') && !fields.dispositionTargetDate) {
    return [{ field: 'dispositionTargetDate', message: `${fields.disposition === 'eliminate' ? 'An' : 'A'} ${DISPOSITIONS[fields.disposition].toLowerCase()} disposition needs a target date.` }];
  }
  return [];
}

/** Still in the estate on a day (YYYY-MM-DD): added by then and not yet retired. */
export function isLiveOn(application: Pick<Application, 'addedOn' | 'retiredOn'>, day: string): boolean {
  return application.addedOn <= day && (application.retiredOn === undefined || application.retiredOn > day);
}

/** Names compared as people mean them: case, spacing and punctuation do not matter. */
export function normaliseApplicationName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
