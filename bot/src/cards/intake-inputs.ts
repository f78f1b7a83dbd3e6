import type { RequestFieldName } from '@entrance-hall/shared/requests/project-request';
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
  choices?: (options: IntakeOptions) => { title: string; value: string }[];
}

const MONEY_HINT = 'Whole pounds, for example 25000';

/** How each intake field is asked on a card: label, input type, card-side checks. */
export const INTAKE_INPUTS: Record<RequestFieldName, InputDefinition> = {
  title: { label: 'Short title', kind: 'text', required: true, maxLength: 120, placeholder: 'For example: Online council tax direct debits', errorMessage: 'Give the request a short title.' },
  serviceArea: {
    label: 'Service area',
    kind: 'choice',
    required: true,
    errorMessage: 'Choose your service area.',
    choices: (options) => options.serviceAreas.map((area) => ({ title: area, value: area })),
  },
  sponsor: { label: 'Sponsor (the senior manager backing this)', kind: 'text', required: true, maxLength: 200, errorMessage: 'Name the sponsor.' },
  problem: { label: 'What is the problem?', kind: 'multiline', required: true, maxLength: 4000, errorMessage: 'Describe the problem.' },
  proposedOutcome: { label: 'What would good look like?', kind: 'multiline', required: true, maxLength: 4000, errorMessage: 'Describe the outcome you want.' },
  whoIsAffected: { label: 'Who is affected (residents, staff, partners)?', kind: 'multiline', maxLength: 4000 },
  themeIds: {
    label: 'Strategy themes it supports',
    kind: 'multichoice',
    required: true,
    errorMessage: 'Choose at least one strategy theme.',
    choices: (options) => options.themes.map((theme) => ({ title: theme.title, value: theme.id })),
  },
  corporatePriorityId: {
    label: 'Corporate priority',
    kind: 'choice',
    choices: (options) => options.corporatePriorities.map((priority) => ({ title: priority.title, value: priority.id })),
  },
  statutoryDriver: { label: 'Statutory or regulatory driver, if any', kind: 'multiline', maxLength: 1000 },
  statutoryDeadline: { label: 'Date the law or regulator requires it by', kind: 'date' },
  capitalCost: { label: 'Capital cost estimate (£)', kind: 'number', placeholder: MONEY_HINT, errorMessage: 'Enter whole pounds, 0 or more.' },
  revenueCost: { label: 'Annual revenue cost estimate (£)', kind: 'number', placeholder: MONEY_HINT, errorMessage: 'Enter whole pounds, 0 or more.' },
  cashableSavings: { label: 'Cashable savings a year (£)', kind: 'number', placeholder: MONEY_HINT, errorMessage: 'Enter whole pounds, 0 or more.' },
  nonCashableBenefits: { label: 'Other benefits', kind: 'multiline', maxLength: 4000 },
  ictEffortDays: { label: 'ICT effort, in days, if you know it', kind: 'number', errorMessage: 'Enter a whole number of days.' },
  neededBy: { label: 'When is it needed by?', kind: 'date', required: true, errorMessage: 'Give the date it is needed by.' },
  partnerCouncils: {
    label: 'Partner councils involved',
    kind: 'multichoice',
    choices: (options) => options.partnerCouncils.map((council) => ({ title: council, value: council })),
  },
  personalData: { label: 'Does it involve personal data?', kind: 'toggle' },
  dataProtectionNotes: { label: 'Data protection notes', kind: 'multiline', maxLength: 4000 },
  systemsTouched: { label: 'Systems it touches (one per line)', kind: 'lines' },
  systemsReplaced: { label: 'Systems it replaces (one per line)', kind: 'lines' },
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
      return { type: 'Input.Number', ...common, min: 0, ...(definition.placeholder ? { placeholder: definition.placeholder } : {}), ...numberValue(value) };
    case 'date':
      return { type: 'Input.Date', ...common, ...(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : {}) };
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
        style: definition.kind === 'multichoice' ? 'expanded' : 'compact',
        ...(definition.kind === 'multichoice' ? { isMultiSelect: true } : {}),
        choices,
        ...(value ? { value } : {}),
      };
    }
  }
}

/** "£12,500" as typed is 12500 in a number input; anything else cannot be shown there. */
function numberValue(value: string | undefined): { value?: number } {
  const digits = value?.trim().replace(/^£/, '').replace(/,/g, '');
  return digits && /^\d+$/.test(digits) ? { value: Number(digits) } : {};
}
