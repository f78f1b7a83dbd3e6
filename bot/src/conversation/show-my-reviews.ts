import { listMyReviewsDue } from '@entrance-hall/shared/domain/benefits/list-my-reviews-due';
import { buildBenefitReviewCard } from '../cards/build-benefit-review-card';
import type { Turn, TurnResult } from './turn';

export const NO_REVIEWS_DUE = 'You have no benefits reviews due. When a project whose benefits you own reaches a review, I will send you the card.';

/** "My reviews": a review card for each review the officer owes, earliest first, or word that none is due. */
export async function showMyReviews(turn: Turn): Promise<TurnResult> {
  const { reviews, more } = await listMyReviewsDue(turn.tools.context, turn.principal);
  if (reviews.length === 0) return { replies: [{ kind: 'text', text: NO_REVIEWS_DUE }] };
  return {
    replies: [
      ...reviews.map((review) => ({ kind: 'card' as const, card: buildBenefitReviewCard(review) })),
      ...(more > 0 ? [{ kind: 'text' as const, text: `You have ${more} more review${more === 1 ? '' : 's'} due: record these first, or see them all in the Benefits view of the Entrance Hall tab.` }] : []),
    ],
  };
}
