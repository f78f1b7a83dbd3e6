import { INTAKE_STEP_FIELDS, INTAKE_STEP_TITLES, INTAKE_STEPS, type IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import type { IntakeDraft } from './intake-draft';

/**
 * What the officer is told on coming back to an open draft, built only from what is stored: the
 * step they were at, the steps whose answers are saved (by name), and whether anything typed on
 * the current step is filled in. It never claims more than the draft holds.
 */
export function describeResume(draft: Pick<IntakeDraft, 'step' | 'completedSteps' | 'form'>): string {
  const saved = INTAKE_STEPS.filter((step) => draft.completedSteps.includes(step));
  if (draft.step === 'review') return `Welcome back: all ${INTAKE_STEPS.length} steps are saved. Check them and submit when ready.`;
  const where = `step ${INTAKE_STEPS.indexOf(draft.step) + 1} (${INTAKE_STEP_TITLES[draft.step]})`;
  const savedText =
    saved.length === 0
      ? 'No step is saved yet.'
      : `Saved: ${saved.map((step) => `step ${INTAKE_STEPS.indexOf(step) + 1} (${INTAKE_STEP_TITLES[step]})`).join(', ')}.`;
  const typedHere = hasTyped(draft.form, draft.step);
  const thisStep = draft.completedSteps.includes(draft.step)
    ? ''
    : typedHere
      ? ' What you had typed on this step is filled in below; it is saved when you press Next.'
      : ' This step has no answers yet.';
  return `Welcome back: you were at ${where}. ${savedText}${thisStep}`;
}

function hasTyped(form: Record<string, string>, step: IntakeStep): boolean {
  return INTAKE_STEP_FIELDS[step].some((field) => (form[field] ?? '').trim() !== '');
}
