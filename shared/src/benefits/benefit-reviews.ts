import { RecordCollection } from '../adapters/storage/record-collection';
import type { Repositories } from '../adapters/storage/repositories';
import type { BenefitReview } from './benefit';

/** Post-implementation reviews in the organisation's partition, under their request: `benefit-review|<request>|<review>`. */
export function benefitReviews(repos: Repositories): RecordCollection<BenefitReview> {
  return new RecordCollection<BenefitReview>(repos.store, 'benefit-review', (review) => [review.requestId]);
}
