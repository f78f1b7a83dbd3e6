import type { RequestFieldName } from '@entrance-hall/shared/domain/requests/project-request';
import type { IntakeOptions } from '../conversation/intake-draft';
import type { CardElement } from './card-json';

type InputKind = 'text' | 'multiline' | 'lines' | 'choice' | 'multichoice' | 'number' | 'date' | 'toggle';

interface InputDefinition {
  label: string;
  kind: InputKind;
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  /** Shown by the client when its own check fails (the server checks again regardless). */
  errorMessage?: string;
  /** One short line on why Entrance Hall asks: officers answer better when they know. */
  why?: string;
  choices?: (options: IntakeOptions) => { title: string; value: string }[];
  /** One line per choice saying what it means (strategy themes and priorities). */
  describe?: (options: IntakeOptions) => string[];
}

const MONEY_HINT = 'For example £25,000; leave blank if not known';
const DATE_HINT = 'For example 30/06/2027 or 30 June 2027';

/** The choice that lets an officer name a service area the council's list does not have yet. */
export const OTHER_SERVICE_AREA = 'Other';
/** The card input where "Other" is typed; not a request field. */
export const OTHER_SERVICE_AREA_INPUT = 'serviceAreaOther';

/** How each intake field is asked on a card: label, input type, card-side checks. */
export const INTAKE_INPUTS: Record<RequestFieldName, InputDefinition> = {
  title: { label: 'Short title', kind: 'text', required: true, maxLength: 120, placeholder: 'For example: Online council tax direct debits', errorMessage: 'Give the request a short title.', why: 'The steering group sees this first, on the board and in the agenda.' },
  serviceArea: {
    label: 'Service area',
    kind: 'choice',
    required: true,
    errorMessage: 'Choose your service area.',
    why: 'So ICT knows whose service it is and can spot other teams asking for the same.',
    choices: (options) => [...options.serviceAreas.map((area) => ({ title: area, value: area })), { title: 'Other (type it below)', value: OTHER_SERVICE_AREA }],
  },
  sponsor: { label: 'Sponsor (the senior manager backing this)', kind: 'text', required: true, maxLength: 200, errorMessage: 'Name the sponsor.', why: 'Requests with a named sponsor go forward; ICT will check with them.' },
  problem: { label: 'What is the problem?', kind: 'multiline', required: true, maxLength: 4000, errorMessage: 'Describe the problem.', why: 'The problem, not the product: there may be a system the council already owns.' },
  proposedOutcome: { label: 'What would good look like?', kind: 'multiline', required: true, maxLength: 4000, errorMessage: 'Describe the outcome you want.', why: 'This is what the project will be judged against once it is delivered.' },
  whoIsAffected: { label: 'Who is affected (residents, staff, partners)?', kind: 'multiline', maxLength: 4000 },
  themeIds: {
    label: 'Strategy themes it supports',
    kind: 'multichoice',
    required: true,
    errorMessage: 'Choose at least one strategy theme.',
    why: 'Requests are scored on how well they fit the ICT strategy.',
    choices: (options) => options.themes.map((theme) => ({ title: theme.title, value: theme.id })),
    describe: (options) => options.themes.filter((theme) => theme.description).map((theme) => `${theme.title}: ${theme.description}`),
  },
  corporatePriorityId: {
    label: 'Corporate priority',
    kind: 'choice',
    choices: (options) => options.corporatePriorities.map((priority) => ({ title: priority.title, value: priority.id })),
    why: 'The council plan priority this helps most; the steering group reports against them.',
    describe: (options) =>
      options.corporatePriorities.map((priority) => {
        const themes = options.themes.filter((theme) => theme.corporatePriorityIds?.includes(priority.id)).map((theme) => theme.title);
        return themes.length > 0 ? `${priority.title}: served by ${themes.join(', ')}` : priority.title;
      }),
  },
  statutoryDriver: { label: 'Statutory or regulatory driver, if any', kind: 'multiline', maxLength: 1000, why: 'Work the council must do by law is weighed first.' },
  statutoryDeadline: { label: 'Date the law or regulator requires it by', kind: 'date', placeholder: DATE_HINT, errorMessage: 'Give a date, for example 30/06/2027.' },
  capitalCost: { label: 'Capital cost estimate (£)', kind: 'number', placeholder: MONEY_HINT, why: 'Capital: one-off spend to buy or build (licences bought outright, implementation, hardware).' },
  revenueCost: { label: 'Annual revenue cost estimate (£)', kind: 'number', placeholder: MONEY_HINT, why: 'Revenue: what it costs every year to run (subscriptions, support, hosting).' },
  cashableSavings: { label: 'Cashable savings a year (£)', kind: 'number', placeholder: MONEY_HINT, why: 'Cashable: money that actually leaves a budget (a contract ended, postage no longer paid). Time saved goes under other benefits.' },
  nonCashableBenefits: { label: 'Other benefits', kind: 'multiline', maxLength: 4000 },
  ictEffortDays: { label: 'ICT effort, in days, if you know it', kind: 'number', placeholder: 'For example 40; leave blank if not known', why: 'ICT plans its people quarter by quarter; a rough guess helps, blank is fine.' },
  neededBy: { label: 'When is it needed by?', kind: 'date', required: true, placeholder: DATE_HINT, errorMessage: 'Give the date it is needed by.', why: 'So it can be planned into the right quarter, with time to buy and build.' },
  partnerCouncils: {
    label: 'Partner councils involved',
    kind: 'multichoice',
    choices: (options) => options.partnerCouncils.map((council) => ({ title: council, value: council })),
  },
  personalData: { label: 'Does it involve personal data?', kind: 'toggle', why: 'If so, the data protection officer is asked for an impact assessment early.' },
  dataProtectionNotes: { label: 'Data protection notes', kind: 'multiline', maxLength: 4000 },
  systemsTouched: { label: 'Systems it touches (one per line)', kind: 'lines' },
  systemsReplaced: { label: 'Systems it replaces (one per line)', kind: 'lines', why: 'Retiring a system can pay for a new one, and its contract end sets the timing.' },
  dependencies: { label: 'Dependencies (one per line)', kind: 'lines' },
  keyRisks: { label: 'Key risks', kind: 'multiline', maxLength: 4000 },
};

/** Card inputs that give back a list: several choices ("a,b") or one entry per line. */
export function isListInput(field: RequestFieldName): boolean {
  const kind = INTAKE_INPUTS[field].kind;
  return kind === 'multichoice' || kind === 'lines';
}

/** The Adaptive Card input for one field, filled with what the officer typed before. */
export function buildIntakeInput(field: RequestFieldName, value: string | undefined, options: IntakeOptions): CardElement {
  const definition = INTAKE_INPUTS[field];
  const common = {
    id: field,
    label: definition.label,
    ...(definition.required ? { isRequired: true, errorMessage: definition.errorMessage ?? `${definition.label} is required.` } : definition.errorMessage ? { errorMessage: definition.errorMessage } : {}),
  };
  switch (definition.kind) {
    case 'text':
    case 'multiline':
    case 'lines':
      return {
        type: 'Input.Text',
        ...common,
        ...(definition.kind !== 'text' ? { isMultiline: true } : {}),
        ...(definition.maxLength ? { maxLength: definition.maxLength } : {}),
        ...(definition.placeholder ? { placeholder: definition.placeholder } : {}),
        ...(value ? { value } : {}),
      };
    case 'number':
    case 'date':
      // Text, not Input.Number / Input.Date: "£4,000.50", "30/06/2027" or "end of March" are
      // read on the server, and a value it refuses is shown back exactly as typed.
      return { type: 'Input.Text', ...common, maxLength: 100, ...(definition.placeholder ? { placeholder: definition.placeholder } : {}), ...(value ? { value } : {}) };
    case 'toggle':
      return { type: 'Input.Toggle', ...common, title: 'Yes, personal data is involved', valueOn: 'true', valueOff: 'false', value: value === 'true' ? 'true' : 'false' };
    case 'choice':
    case 'multichoice': {
      const choices = definition.choices?.(options) ?? [];
      // An organisation without a list (no partner councils set up) still lets the officer name them.
      if (choices.length === 0 && definition.kind === 'multichoice' && !definition.required) {
        return { type: 'Input.Text', ...common, label: `${definition.label} (one per line)`, isMultiline: true, ...(value ? { value: value.split(',').join('\n') } : {}) };
      }
      return {
        type: 'Input.ChoiceSet',
        ...common,
        // A long single list (service areas) can be searched by typing.
        style: definition.kind === 'multichoice' ? 'expanded' : choices.length > 8 ? 'filtered' : 'compact',
        ...(definition.kind === 'multichoice' ? { isMultiSelect: true } : {}),
        choices,
        ...(value ? { value } : {}),
      };
    }
  }
}

/** Where "Other" is typed, under the service area list. */
export function buildOtherServiceAreaInput(value: string | undefined): CardElement {
  return { type: 'Input.Text', id: OTHER_SERVICE_AREA_INPUT, label: 'If Other: your service area (ICT will add it to the list)', maxLength: 200, ...(value ? { value } : {}) };
}
