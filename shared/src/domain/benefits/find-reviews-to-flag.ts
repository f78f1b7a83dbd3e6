import { OVERDUE_AFTER_DAYS, reviewState } from './assess-benefit';
import type { BenefitReview } from './benefit';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first day a review with no figures is overdue: more than OVERDUE_AFTER_DAYS after it fell due. */
export function overdueFrom(dueOn: string): string {
  return new Date(Date.parse(`${dueOn.slice(0, 10)}T00:00:00Z`) + (OVERDUE_AFTER_DAYS + 1) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The reviews ICT is to be told about on `today`: overdue (no figures, more than 28 days past
 * due) and not flagged to ICT before. Each review is flagged once, however many sweeps see it.
 * Earliest due first, then by request and review.
 */
export function findReviewsToFlag<T extends Pick<BenefitReview, 'id' | 'requestId' | 'dueOn' | 'actual' | 'overdueFlaggedAt'>>(reviews: readonly T[], today: string): T[] {
  return reviews
    .filter((review) => !review.overdueFlaggedAt && reviewState(review, today) === 'overdue')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.requestId.localeCompare(b.requestId) || a.id.localeCompare(b.id));
}
