import type { FieldError } from '../errors/app-error';
import { requestFieldsSchema, type RequestFieldName, type RequestFields } from '../requests/project-request';
import { checkStrategyLinks } from '../strategy/check-strategy-links';
import type { Strategy } from '../strategy/strategy';
import { toFieldErrors } from '../validation/parse-input';

/** The intake's steps, in the order an officer meets them; `review` follows the last. */
export const INTAKE_STEPS = ['need', 'fit', 'money', 'risks'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

/** Which intake fields each step asks for: every field of the request belongs to exactly one step. */
export const INTAKE_STEP_FIELDS: Record<IntakeStep, readonly RequestFieldName[]> = {
  need: ['title', 'serviceArea', 'sponsor', 'problem', 'proposedOutcome', 'whoIsAffected'],
  fit: ['themeIds', 'corporatePriorityId', 'statutoryDriver', 'statutoryDeadline'],
  money: ['capitalCost', 'revenueCost', 'cashableSavings', 'nonCashableBenefits', 'ictEffortDays', 'neededBy', 'partnerCouncils'],
  risks: ['personalData', 'dataProtectionNotes', 'systemsTouched', 'systemsReplaced', 'dependencies', 'keyRisks'],
};

/** Headings officers see for each step. */
export const INTAKE_STEP_TITLES: Record<IntakeStep, string> = {
  need: 'About the need',
  fit: 'Strategic fit',
  money: 'Money, effort and timing',
  risks: 'Risks, data and systems',
};

export function isIntakeStep(value: unknown): value is IntakeStep {
  return typeof value === 'string' && (INTAKE_STEPS as readonly string[]).includes(value);
}

/** The step after `step`, or `review` after the last one. */
export function nextIntakeStep(step: IntakeStep): IntakeStep | 'review' {
  return INTAKE_STEPS[INTAKE_STEPS.indexOf(step) + 1] ?? 'review';
}

/** The step before `step` (the first step has none). */
export function previousIntakeStep(step: IntakeStep | 'review'): IntakeStep | undefined {
  if (step === 'review') return INTAKE_STEPS[INTAKE_STEPS.length - 1];
  return INTAKE_STEPS[INTAKE_STEPS.indexOf(step) - 1];
}

/** The step that asks for a field (the root of a path such as `themeIds.0`). */
export function intakeStepOfField(field: string): IntakeStep | undefined {
  const root = field.split('.')[0] as RequestFieldName;
  return INTAKE_STEPS.find((step) => INTAKE_STEP_FIELDS[step].includes(root));
}

export interface IntakeStepResult {
  /** The step's answers as the request will hold them (defaults applied), when valid. */
  fields: Partial<RequestFields>;
  /** Problems by field; empty when the step is complete. */
  errors: FieldError[];
}

/** What makes an intake answer plausible beyond its shape: today's date and the council's lists. */
export interface IntakeChecks {
  /** `YYYY-MM-DD`: needed-by and statutory dates before it are refused. */
  today?: string;
  /** The organisation's service areas; when given, the service area must be one of them. */
  serviceAreas?: readonly string[];
}

const DATE_IN_PAST_MESSAGES: Partial<Record<RequestFieldName, string>> = {
  neededBy: 'That date has passed: give the date it is needed by from today on.',
  statutoryDeadline: 'That date has passed: give the date the law or regulator requires it by now, or leave it blank.',
};

/** Dates a request is planned against cannot already have passed; the service area must be the council's. */
function checkPlausibility(fields: Partial<RequestFields>, checks: IntakeChecks): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['neededBy', 'statutoryDeadline'] as const) {
    const value = fields[field];
    if (checks.today && value && value < checks.today) errors.push({ field, message: DATE_IN_PAST_MESSAGES[field]! });
  }
  if (checks.serviceAreas && fields.serviceArea !== undefined && !checks.serviceAreas.includes(fields.serviceArea)) {
    errors.push({ field: 'serviceArea', message: 'Choose your service area from the list, or choose Other and type it.' });
  }
  return errors;
}

/**
 * Checks one step's answers with the same schema the API uses for a whole request, limited to the
 * step's fields; strategic-fit answers must also name the current strategy's themes and priorities,
 * and dates and the service area must be plausible (`checks`).
 */
export function validateIntakeStep(step: IntakeStep, input: Record<string, unknown>, strategy: Strategy | undefined, checks: IntakeChecks = {}): IntakeStepResult {
  const mask = Object.fromEntries(INTAKE_STEP_FIELDS[step].map((field) => [field, true as const])) as Partial<Record<RequestFieldName, true>>;
  const result = requestFieldsSchema.pick(mask).safeParse(input);
  const shapeErrors = result.success ? [] : toFieldErrors(result.error.issues);
  // Plausibility is checked on the answers that have the right shape, so every problem shows at once.
  const shaped = (result.success ? result.data : Object.fromEntries(Object.entries(input).filter(([field]) => !shapeErrors.some((error) => error.field.split('.')[0] === field)))) as Partial<RequestFields>;
  const errors = [...shapeErrors, ...checkPlausibility(shaped, checks), ...(step === 'fit' && result.success ? checkStrategyLinks(strategy, shaped) : [])];
  return errors.length > 0 ? { fields: {}, errors } : { fields: shaped, errors: [] };
}
