import type { DomainContext } from '../context/domain-context';
import type { ProjectRequest } from '../requests/project-request';
import type { WriteOperation } from '../ports/repositories';
import { scheduleBenefitReviews } from './schedule-benefit-reviews';

/**
 * The writes that schedule a request's post-implementation reviews when it moves to Closed,
 * committed in the same transaction as the move (so a closed request always has its reviews).
 */
export function scheduleReviewsOnClose(context: DomainContext, before: ProjectRequest, after: ProjectRequest): WriteOperation[] {
  if (after.stage !== 'closed' || before.stage === 'closed') return [];
  const reviews = context.repos.benefitReviews;
  return scheduleBenefitReviews(after, after.stageChangedAt.slice(0, 10)).map((review) => reviews.createOp(review));
}
