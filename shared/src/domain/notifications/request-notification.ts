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
}
