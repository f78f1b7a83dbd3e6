import type { DomainContext } from '../context/domain-context';
import { isAppError } from '../errors/app-error';
import type { RequestNotification } from '../notifications/request-notification';
import { isReviewOwed } from './assess-benefit';
import type { Benefit, BenefitReview } from './benefit';
import { describePlan } from './describe-benefit';

/** What the owner's review card says about the benefit and the review (rebuilt from the store whenever shown). */
export function describeReviewPrompt(benefit: Benefit, review: BenefitReview): NonNullable<RequestNotification['benefitReview']> {
  return {
    reviewId: review.id,
    benefitId: review.benefitId,
    benefitDescription: benefit.description,
    label: review.label,
    dueOn: review.dueOn,
    kind: benefit.kind,
    plan: describePlan({ ...benefit, id: review.benefitId, assessment: { rag: 'not_known', summary: '' }, reviews: [] }),
    ...(benefit.kind === 'measure' ? { unit: benefit.unit } : {}),
  };
}

/** Who the review card comes from in the outbox (no person moved anything). */
const ENTRANCE_HALL = { id: 'entrance-hall', name: 'Entrance Hall' };

/**
 * Puts a review card in the outbox for each review that has fallen due and not been asked for
 * yet, addressed to the benefit's owner; marks the review in the same transaction, so each is
 * asked for once even with several server instances. Returns how many were queued.
 */
export async function queueBenefitReviewReminders(context: DomainContext, organisationId: string): Promise<number> {
  const today = context.now().slice(0, 10);
  const collection = context.repos.benefitReviews;
  const owed = (await collection.list(organisationId)).filter((record) => !record.value.reminderQueuedAt && isReviewOwed(record.value, today));
  let queued = 0;
  for (const record of owed) {
    const review = record.value;
    const request = (await context.repos.requests.get(organisationId, review.requestId))?.value;
    const benefit = request?.benefits?.[review.benefitId];
    if (!request || !benefit) continue;
    const now = context.now();
    const notification: RequestNotification = {
      id: context.newId(),
      organisationId,
      requestId: request.id,
      requestTitle: request.title,
      requester: { id: review.owner.id, name: review.owner.name },
      fromStage: request.stage,
      toStage: request.stage,
      changedBy: ENTRANCE_HALL,
      at: now,
      status: 'pending',
      // No next-try time: due now by the deliverer's own clock (the domain's may be set apart in tests).
      attempts: 0,
      benefitReview: describeReviewPrompt(benefit, review),
    };
    const marked: BenefitReview = { ...review, reminderQueuedAt: now };
    try {
      await context.repos.commit(organisationId, [collection.replaceOp(marked, record.etag), context.repos.outbox.createOp(notification)], 'benefit review');
      queued += 1;
    } catch (error) {
      // Another instance queued it (or the owner recorded meanwhile): nothing to do.
      if (!(isAppError(error) && error.code === 'precondition_failed')) throw error;
    }
  }
  return queued;
}
