import type { IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import type { Person, RequestFieldName, RequestFields } from '@entrance-hall/shared/domain/requests/project-request';

/**
 * An officer's request in the making. Stored after every step (the card is only a view of it):
 * `form` keeps what was typed, valid or not, so nothing is lost; `answers` holds the steps that
 * passed validation, typed as the request will hold them.
 */
export interface IntakeDraft {
  /** Also the idempotency key of the submission: one draft can only ever create one request. */
  id: string;
  organisationId: string;
  requester: Person;
  step: IntakeStep | 'review';
  form: Record<string, string>;
  answers: Partial<RequestFields>;
  completedSteps: IntakeStep[];
  status: 'open' | 'submitted' | 'cancelled';
  /** Fields filled in from the officer's first sentence, to be checked by them. */
  prefilled?: RequestFieldName[];
  requestId?: string;
  /** Applications and open requests that looked like the need when it was described. */
  overlaps?: { kind: 'application' | 'request'; id: string; name: string; reasons: string[] }[];
  /** What the officer said about each, by its id; recorded on the request when it is submitted. */
  overlapNotes?: Record<string, { verdict: 'replaces' | 'different'; reason?: string }>;
  startedAt: string;
  updatedAt: string;
}

/** What the intake cards offer to choose from: the organisation's lists and its current strategy. */
export interface IntakeOptions {
  serviceAreas: string[];
  partnerCouncils: string[];
  themes: { id: string; title: string; description?: string; corporatePriorityIds?: string[] }[];
  corporatePriorities: { id: string; title: string }[];
}

/** A draft put aside by Cancel or "start again", restorable for 30 days. */
export interface SetAsideDraft {
  draft: IntakeDraft;
  setAsideAt: string;
}

/** How long a stopped draft can be restored. */
export const RESTORABLE_DAYS = 30;

/** True when the officer has typed anything beyond what the bot filled in itself. */
export function hasAnswers(draft: IntakeDraft): boolean {
  return draft.completedSteps.length > 0 || Object.entries(draft.form).some(([field, value]) => field !== 'serviceArea' && value.trim() !== '');
}
