import { INTAKE_STEPS, isIntakeStep, nextIntakeStep, previousIntakeStep, validateIntakeStep, type IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import { businessMetrics } from '@entrance-hall/shared/domain/metrics/business-metrics';
import { buildConfirmStopCard, buildIntakeStepCard } from '../cards/build-intake-cards';
import { CARD_VERBS, type CardVerb } from '../cards/card-verbs';
import type { IntakeDraft, IntakeOptions } from './intake-draft';
import type { OrganisationSettings } from './organisation-settings';
import { readOverlapAnswers, suggestOverlaps } from './intake-overlaps';
import { readStepForm } from './read-step-form';
import { stopDraft } from './set-aside-draft';
import { staleCardView, submitIntake } from './submit-intake';
import { updateWith, type Turn, type TurnResult } from './turn';
import { viewDraft } from './view-draft';

/** True once every step has been completed: from then on, steps return to the review. */
function allStepsDone(draft: IntakeDraft): boolean {
  return INTAKE_STEPS.every((step) => draft.completedSteps.includes(step));
}

/** Next: the step's answers checked and kept (valid or not), then the next step or the review. */
async function nextStep(turn: Turn, draft: IntakeDraft, data: Record<string, unknown>, settings: OrganisationSettings): Promise<TurnResult> {
  const { options } = settings;
  const step: IntakeStep = isIntakeStep(data.step) ? data.step : draft.step === 'review' ? 'risks' : draft.step;
  const form = readStepForm(step, data, turn.today);
  const checks = { today: turn.today, ...(form.otherServiceArea || options.serviceAreas.length === 0 ? {} : { serviceAreas: options.serviceAreas }) };
  const result = validateIntakeStep(step, form.candidate, step === 'fit' ? settings.strategy : undefined, checks);
  // What could not be read at all gets one plain message, not the schema's as well.
  const unread = new Set(form.errors.map((error) => error.field));
  const overlapAnswers = step === INTAKE_STEPS[1] ? readOverlapAnswers(draft, data) : { raw: {}, notes: draft.overlapNotes ?? {}, errors: [] };
  const errors = [...form.errors, ...result.errors.filter((error) => !unread.has(error.field.split('.')[0]!)), ...overlapAnswers.errors];
  const next: IntakeDraft = { ...draft, form: { ...draft.form, ...form.raw, ...overlapAnswers.raw }, overlapNotes: overlapAnswers.notes };
  if (errors.length > 0) {
    next.step = step;
    await turn.officer.saveDraft(next);
    return updateWith(buildIntakeStepCard(next, step, options, errors));
  }
  next.answers = { ...draft.answers, ...result.fields };
  // Once the need is described, warn of overlap on the next card (the estate and open requests).
  if (step === INTAKE_STEPS[0]) next.overlaps = await suggestOverlaps(turn.tools.context, turn.principal, next.answers);
  next.completedSteps = [...new Set([...draft.completedSteps, step])];
  // After an edit from the review card, go straight back to it.
  next.step = allStepsDone(next) ? 'review' : nextIntakeStep(step);
  await turn.officer.saveDraft(next);
  return updateWith(viewDraft(next, options));
}

/** Saves the draft at another step and shows it there. */
async function moveTo(turn: Turn, draft: IntakeDraft, step: IntakeDraft['step'], options: IntakeOptions): Promise<TurnResult> {
  const next: IntakeDraft = { ...draft, step };
  await turn.officer.saveDraft(next);
  return updateWith(viewDraft(next, options));
}

type IntakeAction = (turn: Turn, draft: IntakeDraft, data: Record<string, unknown>, settings: OrganisationSettings) => Promise<TurnResult>;

/** What each intake verb does to an open draft. */
const INTAKE_ACTIONS: Partial<Record<CardVerb, IntakeAction>> = {
  [CARD_VERBS.next]: nextStep,
  // From a section opened on the review, Back returns to the review.
  [CARD_VERBS.back]: (turn, draft, _data, { options }) => moveTo(turn, draft, allStepsDone(draft) ? 'review' : (previousIntakeStep(draft.step) ?? draft.step), options),
  [CARD_VERBS.edit]: (turn, draft, data, { options }) => moveTo(turn, draft, isIntakeStep(data.editStep) ? data.editStep : draft.step, options),
  [CARD_VERBS.cancel]: async (_turn, draft) => updateWith(buildConfirmStopCard(draft)),
  [CARD_VERBS.stop]: async (turn, draft) => {
    businessMetrics.intakeAbandoned();
    return updateWith(await stopDraft(turn, draft));
  },
  [CARD_VERBS.submit]: (turn, draft, _data, { options }) => submitIntake(turn, draft, options),
};

/** A card action on the intake: the card names its draft; the stored draft decides what happens. */
export async function actOnIntake(turn: Turn, verb: CardVerb, data: Record<string, unknown>): Promise<TurnResult> {
  const settings = await turn.tools.settingsOf(turn.principal.organisationId);
  const draft = turn.officer.draft;
  const draftId = typeof data.draftId === 'string' ? data.draftId : undefined;
  if (!draft || draft.id !== draftId) return updateWith(await staleCardView(turn, draftId));
  const action = draft.status === 'open' ? INTAKE_ACTIONS[verb] : undefined;
  // Resume, and anything done to a draft no longer open, shows the draft as it stands.
  return action ? action(turn, draft, data, settings) : updateWith(viewDraft(draft, settings.options));
}
