import type { RequestNotification } from '@entrance-hall/shared/domain/notifications/request-notification';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import { actionButton, buildCard, heading, labelledValue, note, userText, type AdaptiveCardJson, type CardElement } from './card-json';
import { CARD_VERBS } from './card-verbs';

export type BenefitReviewPrompt = Pick<RequestNotification, 'requestId' | 'requestTitle'> & { benefitReview: NonNullable<RequestNotification['benefitReview']> };

/** What the owner typed, shown back after a refusal so nothing is lost. */
export interface BenefitReviewAnswers {
  figure?: string;
  financialYear?: string;
  comment?: string;
}

/**
 * The review card a benefit owner gets when a post-implementation review falls due: the plan,
 * and inputs for the actual figure and a comment. Problems from the server show under the card.
 */
export function buildBenefitReviewCard(prompt: BenefitReviewPrompt, options: { answers?: BenefitReviewAnswers; errors?: FieldError[] } = {}): AdaptiveCardJson {
  const review = prompt.benefitReview;
  const answers = options.answers ?? {};
  const cashable = review.kind === 'cashable';
  const body: CardElement[] = [
    heading(`Benefits review: ${review.label}`),
    userText(`${prompt.requestId} ${prompt.requestTitle}`, { weight: 'Bolder' }),
    labelledValue('Benefit', review.benefitDescription),
    labelledValue('Planned', review.plan),
    note(`Due ${formatLongDate(review.dueOn)}. Record what has actually been achieved; leave nothing as 0 that is not yet known.`),
    {
      type: 'Input.Number',
      id: 'figure',
      label: cashable ? 'Saving realised in the financial year (£)' : `Value measured (${review.unit ?? ''})`.replace(' ()', ''),
      isRequired: true,
      errorMessage: cashable ? 'Give the saving realised in whole pounds (0 if none).' : 'Give the value measured.',
      ...(cashable ? { min: 0 } : {}),
      ...(answers.figure !== undefined ? { value: Number(answers.figure) } : {}),
    },
    ...(cashable
      ? [{ type: 'Input.Text', id: 'financialYear', label: 'Financial year (e.g. 2026/27; a year that has started, from the saving’s first year; blank for the year the review fell due)', regex: '^(\\d{4}/\\d{2})?$', errorMessage: 'Write the year like 2026/27.', ...(answers.financialYear ? { value: answers.financialYear } : {}) }]
      : []),
    { type: 'Input.Text', id: 'comment', label: 'Comment (optional)', isMultiline: true, maxLength: 4000, ...(answers.comment ? { value: answers.comment } : {}) },
  ];
  for (const error of options.errors ?? []) body.push(userText(error.message, { color: 'Attention' }));
  return buildCard(body, [
    actionButton(CARD_VERBS.recordBenefit, 'Record figures', { requestId: prompt.requestId, benefitId: review.benefitId, reviewId: review.reviewId }, { style: 'positive' }),
  ]);
}

/** The card after the figures are recorded: read-only, what was stored. */
export function buildBenefitRecordedCard(prompt: BenefitReviewPrompt, recorded: string, comment: string | undefined): AdaptiveCardJson {
  const review = prompt.benefitReview;
  return buildCard([
    heading(`Recorded: ${review.label}`),
    userText(`${prompt.requestId} ${prompt.requestTitle}`, { weight: 'Bolder' }),
    labelledValue('Benefit', review.benefitDescription),
    labelledValue('Planned', review.plan),
    labelledValue('Actual', recorded),
    ...(comment ? [labelledValue('Comment', comment)] : []),
    note('Thank you. ICT and the steering group see this against the plan in the Benefits view and the committee report.'),
  ]);
}
