import { buildOverlapSection } from './build-overlap-section';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { INTAKE_STEPS, INTAKE_STEP_FIELDS, INTAKE_STEP_TITLES, intakeStepOfField, type IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import type { ProjectRequest, RequestFieldName, RequestFields } from '@entrance-hall/shared/domain/requests/project-request';
import { STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import type { IntakeDraft, IntakeOptions } from '../conversation/intake-draft';
import { actionButton, actionSet, buildCard, heading, labelledValue, note, section, userText, type AdaptiveCardJson, type CardElement } from './card-json';
import { CARD_VERBS } from './card-verbs';
import { NOT_KNOWN, formatDays, formatLongDate, formatPounds } from '@entrance-hall/shared/domain/formatting/format-values';
import { INTAKE_INPUTS, OTHER_SERVICE_AREA_INPUT, buildIntakeInput, buildOtherServiceAreaInput } from './intake-inputs';
import type { DecisionRoute } from '@entrance-hall/shared/domain/constitution/decision-route';

/** What every intake card carries back, so a stale card can be told apart from the current one. */
function draftData(draft: IntakeDraft, step: IntakeStep | 'review'): Record<string, string> {
  return { draftId: draft.id, step };
}

/** The fields the officer's sentence filled in, to check before going on. */
function prefilledSummary(draft: IntakeDraft): CardElement[] {
  const fields = draft.prefilled ?? [];
  if (fields.length === 0) return [];
  const items: CardElement[] = [heading('What I understood from your message'), note('Check these: change anything below. Nothing is sent until you submit.', { subtle: true })];
  for (const field of fields) {
    const where = intakeStepOfField(field);
    const value = draft.form[field] ?? '';
    items.push(labelledValue(where && where !== 'need' ? `${INTAKE_INPUTS[field].label} (step ${INTAKE_STEPS.indexOf(where) + 1})` : INTAKE_INPUTS[field].label, value));
  }
  return [section(items, { style: 'emphasis' })];
}

/** All four steps are answered: the officer came here from the review and goes back to it. */
function cameFromReview(draft: IntakeDraft): boolean {
  return INTAKE_STEPS.every((step) => draft.completedSteps.includes(step));
}

/** One step of the intake, filled with the draft's answers, with each problem under its field. */
export function buildIntakeStepCard(draft: IntakeDraft, step: IntakeStep, options: IntakeOptions, errors: readonly FieldError[] = [], notice?: string): AdaptiveCardJson {
  const position = INTAKE_STEPS.indexOf(step) + 1;
  const body: CardElement[] = [
    heading(`New project request: step ${position} of ${INTAKE_STEPS.length}`),
    note(INTAKE_STEP_TITLES[step], { subtle: true }),
  ];
  if (notice) body.push(note(notice, { color: 'Good' }));
  if (position === 1) body.push(...prefilledSummary(draft));
  if (position === 2) body.push(...buildOverlapSection(draft, errors));
  if (errors.length > 0) body.push(note(`Some answers need attention (${errors.length}). Your other answers are kept.`, { color: 'Attention' }));
  for (const field of INTAKE_STEP_FIELDS[step]) {
    const definition = INTAKE_INPUTS[field];
    if (definition.why) body.push(note(definition.why, { subtle: true }));
    body.push(buildIntakeInput(field, draft.form[field], options));
    if (field === 'serviceArea' && (definition.choices?.(options).length ?? 0) > 1) body.push(buildOtherServiceAreaInput(draft.form[OTHER_SERVICE_AREA_INPUT]));
    for (const line of definition.describe?.(options) ?? []) body.push(note(line, { subtle: true }));
    for (const error of errors.filter((candidate) => candidate.field.split('.')[0] === field)) {
      body.push(userText(error.message, { color: 'Attention' }));
    }
  }
  const toReview = cameFromReview(draft);
  const isLast = position === INTAKE_STEPS.length;
  const actions = [
    actionButton(CARD_VERBS.next, toReview ? 'Save and back to the review' : isLast ? 'Review' : 'Next', draftData(draft, step), { style: 'positive' }),
    ...(toReview ? [actionButton(CARD_VERBS.back, 'Back to the review (keep as it was)', draftData(draft, step), { validate: false })] : position > 1 ? [actionButton(CARD_VERBS.back, 'Back', draftData(draft, step), { validate: false })] : []),
  ];
  body.push(note('Each step is saved as you go: you can stop and come back later.', { subtle: true }));
  body.push(stopSection(draft, step));
  return buildCard(body, actions);
}

/** "Stop this request" sits apart from Next and asks before it stops anything. */
function stopSection(draft: IntakeDraft, step: IntakeStep | 'review'): CardElement {
  return section([actionSet([actionButton(CARD_VERBS.cancel, 'Stop this request…', draftData(draft, step), { validate: false })])]);
}

/** Asked before a draft is stopped: nothing is lost either way. */
export function buildConfirmStopCard(draft: IntakeDraft): AdaptiveCardJson {
  return buildCard(
    [
      heading('Stop this request?'),
      note('Nothing will be sent to ICT. Your answers are kept for 30 days: say "restore my last draft" to pick up where you left off.'),
    ],
    [
      actionButton(CARD_VERBS.resume, 'No, carry on', draftData(draft, draft.step), { validate: false, style: 'positive' }),
      actionButton(CARD_VERBS.stop, 'Yes, stop it', draftData(draft, draft.step), { validate: false }),
    ],
  );
}

/** The review: facts, not forms. Each section lists what was answered, with its own Edit button. */
export function buildReviewCard(draft: IntakeDraft, options: IntakeOptions, errors: readonly FieldError[] = []): AdaptiveCardJson {
  const body: CardElement[] = [heading('Check your project request'), note('Nothing has been sent yet. Edit any section, then submit.', { subtle: true })];
  if (errors.length > 0) body.push(note('Some answers need attention before you can submit.', { color: 'Attention' }));
  for (const step of INTAKE_STEPS) {
    const items: CardElement[] = [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [heading(INTAKE_STEP_TITLES[step])] },
          { type: 'Column', width: 'auto', items: [actionSet([actionButton(CARD_VERBS.edit, 'Edit', { ...draftData(draft, 'review'), editStep: step }, { validate: false })])] },
        ],
      },
    ];
    for (const field of INTAKE_STEP_FIELDS[step]) {
      const answer = describeAnswer(field, draft.answers, options);
      // Facts only: unanswered optional text is left out; figures not known say so.
      if (answer !== '') items.push(labelledValue(REVIEW_LABELS[field] ?? INTAKE_INPUTS[field].label, shorten(answer)));
    }
    for (const error of errors.filter((candidate) => intakeStepOfField(candidate.field) === step)) items.push(userText(error.message, { color: 'Attention' }));
    body.push(section(items));
  }
  body.push(stopSection(draft, 'review'));
  return buildCard(body, [actionButton(CARD_VERBS.submit, 'Submit request', draftData(draft, 'review'), { style: 'positive', validate: false })]);
}

/** Short labels for the review, where the question form would be long. */
const REVIEW_LABELS: Partial<Record<RequestFieldName, string>> = {
  title: 'Title',
  sponsor: 'Sponsor',
  problem: 'Problem',
  proposedOutcome: 'Outcome',
  whoIsAffected: 'Who is affected',
  themeIds: 'Themes',
  statutoryDriver: 'Statutory driver',
  statutoryDeadline: 'Statutory deadline',
  capitalCost: 'Capital cost',
  revenueCost: 'Revenue a year',
  cashableSavings: 'Cashable savings a year',
  nonCashableBenefits: 'Other benefits',
  ictEffortDays: 'ICT effort',
  neededBy: 'Needed by',
  partnerCouncils: 'Partners',
  personalData: 'Personal data',
  dataProtectionNotes: 'Data protection',
  systemsTouched: 'Touches',
  systemsReplaced: 'Replaces',
  dependencies: 'Dependencies',
  keyRisks: 'Key risks',
};

/** Long answers are cut on the review (the whole text is kept and submitted). */
function shorten(text: string, limit = 160): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** The intake card once submitted: read-only, with the reference. */
export function buildSubmittedIntakeCard(request: Pick<ProjectRequest, 'id' | 'title'>): AdaptiveCardJson {
  return buildCard([heading(`Submitted as ${request.id}`), userText(request.title, { weight: 'Bolder' }), note('This request can no longer be changed here. ICT will be in touch.', { subtle: true })], [
    actionButton(CARD_VERBS.requestStatus, 'See where it stands', { reference: request.id }, { validate: false }),
  ]);
}

/** The confirmation sent once, when a request is created: its reference and what happens next. */
export function buildConfirmationCard(request: ProjectRequest, route?: Pick<DecisionRoute, 'summary'>): AdaptiveCardJson {
  return buildCard(
    [
      heading(`Thank you: your request is ${request.id}`, 'Large'),
      userText(request.title, { weight: 'Bolder' }),
      labelledValue('Stage', STAGE_LABELS[request.stage]),
      labelledValue('Needed by', formatLongDate(request.neededBy)),
      heading('What happens next'),
      note('1. An ICT business partner checks the request with you (triage), usually within 10 working days.'),
      note('2. It is scored against the strategy and goes to the steering group for a decision.'),
      ...(route ? [labelledValue('Who decides', route.summary)] : []),
      note('3. I will message you here when it moves on or is decided, with the reason.'),
    ],
    [actionButton(CARD_VERBS.myRequests, 'My requests', {}, { validate: false }), actionButton(CARD_VERBS.startIntake, 'Start another request', {}, { validate: false })],
  );
}

/** A card for an intake the officer stopped: nothing sent, answers kept. */
export function buildCancelledIntakeCard(): AdaptiveCardJson {
  return buildCard(
    [heading('Request stopped'), note('Nothing was sent. Your answers are kept for 30 days: say "restore my last draft" or press Restore to carry on.')],
    [actionButton(CARD_VERBS.restore, 'Restore my draft', {}, { validate: false, style: 'positive' }), actionButton(CARD_VERBS.startIntake, 'Start a new request', {}, { validate: false })],
  );
}

/** Figures an officer may not know yet: absent reads "Not known", never £0. */
const NOT_KNOWN_FIELDS: readonly RequestFieldName[] = ['capitalCost', 'revenueCost', 'cashableSavings', 'ictEffortDays'];

/** An answer as the review card shows it. */
export function describeAnswer(field: RequestFieldName, answers: Partial<RequestFields>, options: IntakeOptions): string {
  const value = answers[field];
  if (value === undefined && NOT_KNOWN_FIELDS.includes(field)) return NOT_KNOWN;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  switch (field) {
    case 'capitalCost':
    case 'revenueCost':
    case 'cashableSavings':
      return formatPounds(value as number);
    case 'ictEffortDays':
      return formatDays(value as number);
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
