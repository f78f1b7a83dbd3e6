import type { DomainContext } from '../context/domain-context';
import type { Principal } from '../identity/roles';
import type { RequestNotification } from '../notifications/request-notification';
import { isReviewOwed } from './assess-benefit';
import { describeReviewPrompt } from './queue-review-reminders';

/** A review owed by the person asking, as their review card shows it. */
export type ReviewDue = Pick<RequestNotification, 'requestId' | 'requestTitle'> & { benefitReview: NonNullable<RequestNotification['benefitReview']> };

/** At most this many review cards in one answer; the Benefits view lists them all. */
export const MAX_REVIEWS_ASKED = 5;

/**
 * The reviews of the benefits this person owns that have fallen due (or are overdue) and have no
 * figures yet, earliest first: what they are asked for when they say "my reviews" to the bot,
 * whether or not the review card was sent before. Only their own, in their own council.
 */
export async function listMyReviewsDue(context: DomainContext, principal: Principal): Promise<{ reviews: ReviewDue[]; more: number }> {
  const organisationId = principal.organisationId;
  const today = context.now().slice(0, 10);
  const owed = (await context.repos.benefitReviews.list(organisationId))
    .map((record) => record.value)
    .filter((review) => review.owner.id === principal.id && isReviewOwed(review, today))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.requestId.localeCompare(b.requestId) || a.id.localeCompare(b.id));
  const asked = await Promise.all(
    owed.slice(0, MAX_REVIEWS_ASKED).map(async (review): Promise<ReviewDue | undefined> => {
      const request = (await context.repos.requests.get(organisationId, review.requestId))?.value;
      const benefit = request?.benefits?.[review.benefitId];
      return request && benefit ? { requestId: request.id, requestTitle: request.title, benefitReview: describeReviewPrompt(benefit, review) } : undefined;
    }),
  );
  const reviews = asked.filter((review): review is ReviewDue => review !== undefined);
  return { reviews, more: Math.max(0, owed.length - MAX_REVIEWS_ASKED) };
}
