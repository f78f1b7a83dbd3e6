import type { FieldError } from '@entrance-hall/shared/errors/app-error';
import { INTAKE_STEPS, INTAKE_STEP_FIELDS, INTAKE_STEP_TITLES, intakeStepOfField, type IntakeStep } from '@entrance-hall/shared/intake/intake-steps';
import type { ProjectRequest, RequestFieldName, RequestFields } from '@entrance-hall/shared/requests/project-request';
import { STAGE_LABELS } from '@entrance-hall/shared/requests/stage';
import type { IntakeDraft, IntakeOptions } from '../conversation/intake-draft';
import { actionButton, actionSet, buildCard, heading, labelledValue, note, section, userText, type AdaptiveCardJson, type CardElement } from './card-json';
import { CARD_VERBS } from './card-verbs';
import { formatLongDate, formatPounds } from '@entrance-hall/shared/formatting/format-values';
import { INTAKE_INPUTS, buildIntakeInput } from './intake-inputs';

/** What every intake card carries back, so a stale card can be told apart from the current one. */
function draftData(draft: IntakeDraft, step: IntakeStep | 'review'): Record<string, string> {
  return { draftId: draft.id, step };
}

/** One step of the intake, filled with the draft's answers, with each problem under its field. */
export function buildIntakeStepCard(draft: IntakeDraft, step: IntakeStep, options: IntakeOptions, errors: readonly FieldError[] = [], notice?: string): AdaptiveCardJson {
  const position = INTAKE_STEPS.indexOf(step) + 1;
  const body: CardElement[] = [
    heading(`New project request: step ${position} of ${INTAKE_STEPS.length}`),
    note(INTAKE_STEP_TITLES[step], { subtle: true }),
  ];
  if (notice) body.push(note(notice, { color: 'Good' }));
  if (errors.length > 0) body.push(note(`Some answers need attention (${errors.length}). Your other answers are kept.`, { color: 'Attention' }));
  for (const field of INTAKE_STEP_FIELDS[step]) {
    body.push(buildIntakeInput(field, draft.form[field], options));
    for (const error of errors.filter((candidate) => candidate.field.split('.')[0] === field)) {
      body.push(userText(error.message, { color: 'Attention' }));
    }
  }
  const isLast = position === INTAKE_STEPS.length;
  const actions = [
    actionButton(CARD_VERBS.next, isLast ? 'Review' : 'Next', draftData(draft, step), { style: 'positive' }),
    ...(position > 1 ? [actionButton(CARD_VERBS.back, 'Back', draftData(draft, step), { validate: false })] : []),
    actionButton(CARD_VERBS.cancel, 'Cancel request', draftData(draft, step), { validate: false, style: 'destructive' }),
  ];
  body.push(note('Each step is saved as you go: you can stop and come back later.', { subtle: true }));
  return buildCard(body, actions);
}

/** Everything on one card, each section with its own Edit button, and Submit. */
export function buildReviewCard(draft: IntakeDraft, options: IntakeOptions, errors: readonly FieldError[] = []): AdaptiveCardJson {
  const body: CardElement[] = [heading('Check your project request'), note('Nothing has been sent yet. Edit any section, then submit.', { subtle: true })];
  if (errors.length > 0) body.push(note('Some answers need attention before you can submit.', { color: 'Attention' }));
  for (const step of INTAKE_STEPS) {
    const items: CardElement[] = [heading(INTAKE_STEP_TITLES[step])];
    for (const field of INTAKE_STEP_FIELDS[step]) items.push(labelledValue(INTAKE_INPUTS[field].label, describeAnswer(field, draft.answers, options)));
    for (const error of errors.filter((candidate) => intakeStepOfField(candidate.field) === step)) items.push(userText(error.message, { color: 'Attention' }));
    items.push(actionSet([actionButton(CARD_VERBS.edit, `Edit ${INTAKE_STEP_TITLES[step].toLowerCase()}`, { ...draftData(draft, 'review'), editStep: step }, { validate: false })]));
    body.push(section(items));
  }
  return buildCard(body, [
    actionButton(CARD_VERBS.submit, 'Submit request', draftData(draft, 'review'), { style: 'positive', validate: false }),
    actionButton(CARD_VERBS.back, 'Back', draftData(draft, 'review'), { validate: false }),
    actionButton(CARD_VERBS.cancel, 'Cancel request', draftData(draft, 'review'), { validate: false, style: 'destructive' }),
  ]);
}

/** The intake card once submitted: read-only, with the reference. */
export function buildSubmittedIntakeCard(request: Pick<ProjectRequest, 'id' | 'title'>): AdaptiveCardJson {
  return buildCard([heading(`Submitted as ${request.id}`), userText(request.title, { weight: 'Bolder' }), note('This request can no longer be changed here. ICT will be in touch.', { subtle: true })], [
    actionButton(CARD_VERBS.requestStatus, 'See where it stands', { reference: request.id }, { validate: false }),
  ]);
}

/** The confirmation sent once, when a request is created: its reference and what happens next. */
export function buildConfirmationCard(request: ProjectRequest): AdaptiveCardJson {
  return buildCard(
    [
      heading(`Thank you: your request is ${request.id}`, 'Large'),
      userText(request.title, { weight: 'Bolder' }),
      labelledValue('Stage', STAGE_LABELS[request.stage]),
      labelledValue('Needed by', formatLongDate(request.neededBy)),
      heading('What happens next'),
      note('1. An ICT business partner checks the request with you (triage), usually within 10 working days.'),
      note('2. It is scored against the strategy and goes to the steering group for a decision.'),
      note('3. I will message you here when it moves on or is decided, with the reason.'),
    ],
    [actionButton(CARD_VERBS.myRequests, 'My requests', {}, { validate: false }), actionButton(CARD_VERBS.startIntake, 'Start another request', {}, { validate: false })],
  );
}

/** A card for an intake the officer cancelled. */
export function buildCancelledIntakeCard(): AdaptiveCardJson {
  return buildCard([heading('Request cancelled'), note('Nothing was sent. Start again whenever you are ready.')], [actionButton(CARD_VERBS.startIntake, 'Start a new request', {}, { validate: false })]);
}

/** An answer as the review card shows it. */
export function describeAnswer(field: RequestFieldName, answers: Partial<RequestFields>, options: IntakeOptions): string {
  const value = answers[field];
  if (value === undefined || value === '') return '';
  switch (field) {
    case 'capitalCost':
    case 'revenueCost':
    case 'cashableSavings':
      return formatPounds(value as number);
    case 'ictEffortDays':
      return `${value as number} days`;
    case 'neededBy':
    case 'statutoryDeadline':
      return formatLongDate(value as string);
    case 'personalData':
      return value ? 'Yes' : 'No';
    case 'themeIds':
      return (value as string[]).map((id) => options.themes.find((theme) => theme.id === id)?.title ?? id).join('; ');
    case 'corporatePriorityId':
      return options.corporatePriorities.find((priority) => priority.id === value)?.title ?? (value as string);
    default:
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}
