import type { DecisionOutcome } from '../decisions/decision';
import type { Person } from '../requests/project-request';
import type { Stage } from '../requests/stage';

/**
 * A message owed to a requester when their request moves or is decided. Written to the outbox in
 * the same transaction as the change, so it cannot be lost; the bot delivers it and marks it sent.
 */
export interface RequestNotification {
  id: string;
  organisationId: string;
  requestId: string;
  requestTitle: string;
  requester: Person;
  fromStage: Stage;
  toStage: Stage;
  outcome?: DecisionOutcome;
  reason?: string;
  conditions?: string;
  changedBy: { id: string; name: string };
  at: string;
  status: 'pending' | 'sent' | 'failed';
  /** Sends tried so far (a requester with no conversation yet does not use them up). */
  attempts: number;
  /** Not tried again before this time (the retry schedule); absent means due now. */
  nextAttemptAt?: string;
  /** While set and in the future, one server instance is sending it and no other may. */
  leaseUntil?: string;
  /** The requester had not talked to the bot yet when it was last tried. */
  awaitingConversation?: boolean;
  /** When it was sent or given up. */
  finishedAt?: string;
  lastError?: string;
  /**
   * Set when this is a post-implementation review card for a benefit's owner (in `requester`)
   * rather than news of a stage change (shared/src/benefits/queue-review-reminders.ts).
   */
  benefitReview?: {
    reviewId: string;
    benefitId: string;
    benefitDescription: string;
    label: string;
    dueOn: string;
    kind: 'cashable' | 'measure';
    unit?: string;
    /** The plan in words: "£18,000 a year from 2025/26". */
    plan: string;
  };
  /**
   * Set when this is ICT's notice of benefits reviews that have become overdue (addressed to one
   * ICT person in `requester`; `requestId`/`requestTitle` name the first review's request):
   * shared/src/domain/benefits/queue-overdue-review-notices.ts.
   */
  overdueReviews?: OverdueReviewLine[];
}

/** One overdue review as ICT's notice lists it. */
export interface OverdueReviewLine {
  requestId: string;
  requestTitle: string;
  reviewId: string;
  benefitDescription: string;
  /** "6-month review", "12-month review", "Final review". */
  label: string;
  owner: { id: string; name: string };
  dueOn: string;
}
