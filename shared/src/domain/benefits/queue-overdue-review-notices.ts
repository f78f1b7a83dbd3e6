import type { DomainContext } from '../context/domain-context';
import { isAppError } from '../errors/app-error';
import type { OverdueReviewLine, RequestNotification } from '../notifications/request-notification';
import { MAX_WRITES_PER_COMMIT, type WriteOperation } from '../ports/repositories';
import type { Versioned } from '../ports/versioned';
import type { BenefitReview } from './benefit';
import { findReviewsToFlag } from './find-reviews-to-flag';

/** Who ICT's notice comes from in the outbox (no person moved anything). */
const ENTRANCE_HALL = { id: 'entrance-hall', name: 'Entrance Hall' };

/** At most this many ICT people are told (each takes one write of the commit that flags the reviews). */
export const MAX_ICT_RECIPIENTS = 50;

/** A person to tell: someone with the ICT role in the organisation. */
export interface NoticeRecipient {
  id: string;
  name: string;
}

function lineOf(review: BenefitReview): OverdueReviewLine {
  return {
    requestId: review.requestId,
    requestTitle: review.requestTitle,
    reviewId: review.id,
    benefitDescription: review.benefitDescription,
    label: review.label,
    owner: { id: review.owner.id, name: review.owner.name },
    dueOn: review.dueOn,
  };
}

/**
 * Tells ICT, through the outbox, about benefits reviews that have become overdue: one message to
 * each ICT person listing the reviews, and each review marked as flagged in the same transaction,
 * so a second sweep, a restart or another server instance never sends it again. With nobody to
 * tell, nothing is marked (the reviews are told about once there is someone). Reviews are flagged
 * in commits of at most 100 writes; a commit that loses a race (the owner recorded figures
 * meanwhile, another instance flagged them) is left to the next sweep. Returns how many reviews
 * were flagged.
 */
export async function queueOverdueReviewNotices(context: DomainContext, organisationId: string, ict: readonly NoticeRecipient[]): Promise<number> {
  const recipients = [...new Map(ict.map((person) => [person.id, person])).values()].slice(0, MAX_ICT_RECIPIENTS);
  if (recipients.length === 0) return 0;
  const collection = context.repos.benefitReviews;
  const records = await collection.list(organisationId);
  const byValue = new Map(records.map((record) => [record.value, record]));
  const flagged = findReviewsToFlag([...byValue.keys()], context.now().slice(0, 10)).map((review) => byValue.get(review)!);
  const perCommit = MAX_WRITES_PER_COMMIT - recipients.length;
  let count = 0;
  for (let start = 0; start < flagged.length; start += perCommit) {
    const chunk: Versioned<BenefitReview>[] = flagged.slice(start, start + perCommit);
    const now = context.now();
    const lines = chunk.map((record) => lineOf(record.value));
    const notices: WriteOperation[] = recipients.map((person) =>
      context.repos.outbox.createOp({
        id: context.newId(),
        organisationId,
        requestId: lines[0]!.requestId,
        requestTitle: lines[0]!.requestTitle,
        requester: { id: person.id, name: person.name },
        fromStage: 'closed',
        toStage: 'closed',
        changedBy: ENTRANCE_HALL,
        at: now,
        status: 'pending',
        attempts: 0,
        overdueReviews: lines,
      } satisfies RequestNotification),
    );
    const marks = chunk.map((record) => collection.replaceOp({ ...record.value, overdueFlaggedAt: now }, record.etag));
    try {
      await context.repos.commit(organisationId, [...marks, ...notices], 'overdue benefit reviews');
      count += chunk.length;
    } catch (error) {
      // Another instance flagged them, or an owner recorded figures meanwhile: the next sweep sees.
      if (!(isAppError(error) && error.code === 'precondition_failed')) throw error;
    }
  }
  return count;
}
