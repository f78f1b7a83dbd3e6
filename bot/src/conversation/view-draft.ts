import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { AdaptiveCardJson } from '../cards/card-json';
import { buildCancelledIntakeCard, buildIntakeStepCard, buildReviewCard, buildSubmittedIntakeCard } from '../cards/build-intake-cards';
import type { IntakeDraft, IntakeOptions } from './intake-draft';

/** The card that shows a draft where it stands. */
export function viewDraft(draft: IntakeDraft, options: IntakeOptions, errors: readonly FieldError[] = [], notice?: string): AdaptiveCardJson {
  if (draft.status === 'submitted' && draft.requestId) return buildSubmittedIntakeCard({ id: draft.requestId, title: draft.answers.title ?? '' });
  if (draft.status === 'cancelled') return buildCancelledIntakeCard();
  return draft.step === 'review' ? buildReviewCard(draft, options, errors) : buildIntakeStepCard(draft, draft.step, options, errors, notice);
}
