import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import { formatNumber, formatPounds } from '@entrance-hall/shared/domain/formatting/format-values';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import { describeReviewPrompt } from '@entrance-hall/shared/domain/benefits/queue-review-reminders';
import { recordBenefitActual } from '@entrance-hall/shared/domain/benefits/record-benefit-actual';
import { buildBenefitRecordedCard, buildBenefitReviewCard, type BenefitReviewAnswers, type BenefitReviewPrompt } from '../cards/build-benefit-review-card';
import { buildProblemCard } from '../cards/build-request-cards';
import type { AdaptiveCardJson } from '../cards/card-json';

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** The review as the store has it (the card is a view: only ids are taken from it). */
async function loadPrompt(context: DomainContext, principal: Principal, data: Record<string, unknown>): Promise<BenefitReviewPrompt | undefined> {
  const [requestId, benefitId, reviewId] = [textOf(data.requestId), textOf(data.benefitId), textOf(data.reviewId)];
  if (!requestId || !benefitId || !reviewId) return undefined;
  const [request, review] = await Promise.all([
    context.repos.requests.get(principal.organisationId, requestId),
    context.repos.benefitReviews.getIn(principal.organisationId, [requestId], reviewId),
  ]);
  const benefit = request?.value.benefits?.[benefitId];
  if (!request || !benefit || !review || review.value.benefitId !== benefitId) return undefined;
  return { requestId, requestTitle: request.value.title, benefitReview: describeReviewPrompt(benefit, review.value) };
}

/**
 * "Record figures" pressed on a review card: the same command as the API records the figures;
 * a refusal shows the card again with what was typed and the problem under it.
 */
export async function recordBenefitFromCard(context: DomainContext, principal: Principal, data: Record<string, unknown>): Promise<AdaptiveCardJson> {
  const prompt = await loadPrompt(context, principal, data);
  if (!prompt) return buildProblemCard('That benefits review was not found. It may have been removed from the business case.');
  const review = prompt.benefitReview;
  const answers: BenefitReviewAnswers = { figure: textOf(data.figure), financialYear: textOf(data.financialYear), comment: textOf(data.comment) };
  const figure = answers.figure ? Number(answers.figure) : undefined;
  const input = {
    reviewId: review.reviewId,
    ...(review.kind === 'cashable' ? { ...(figure !== undefined ? { amount: figure } : {}), ...(answers.financialYear ? { financialYear: answers.financialYear } : {}) } : figure !== undefined ? { value: figure } : {}),
    ...(answers.comment ? { comment: answers.comment } : {}),
  };
  try {
    const recorded = await recordBenefitActual(context, principal, { requestId: prompt.requestId, benefitId: review.benefitId }, input);
    const actual = recorded.value.actual!;
    const figureText = actual.amount !== undefined ? `${formatPounds(actual.amount)} in ${actual.financialYear}` : `${formatNumber(actual.value)} ${review.unit ?? ''}`.trim();
    return buildBenefitRecordedCard(prompt, figureText, actual.comment);
  } catch (error) {
    if (isAppError(error) && (error.code === 'validation' || error.code === 'rule_violation')) {
      return buildBenefitReviewCard(prompt, { answers, errors: error.details.errors?.length ? error.details.errors : [{ field: '(body)', message: error.message }] });
    }
    if (isAppError(error) && (error.code === 'forbidden' || error.code === 'not_found')) return buildProblemCard(error.message);
    throw error;
  }
}
