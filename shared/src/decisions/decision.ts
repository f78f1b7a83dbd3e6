import { z } from 'zod';
import { LIMITS, optionalText, requiredText } from '../validation/fields';
import type { Stage } from '../requests/stage';

export const DECISION_OUTCOMES = ['approve', 'defer', 'reject', 'more_information'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  approve: 'Approved',
  defer: 'Deferred',
  reject: 'Rejected',
  more_information: 'More information needed',
};

/** The stage each outcome moves the request to. */
export const OUTCOME_STAGE: Record<DecisionOutcome, Stage> = {
  approve: 'approved',
  defer: 'deferred',
  reject: 'rejected',
  more_information: 'triage',
};

/** A steering group decision on a request, with its reason, as the minutes record it. */
export interface Decision {
  id: string;
  organisationId: string;
  requestId: string;
  requestTitle: string;
  outcome: DecisionOutcome;
  reason: string;
  conditions?: string;
  meetingId?: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  /** The stage the request was in, and the one it moved to. */
  fromStage: Stage;
  toStage: Stage;
}

export const recordDecisionSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES, { error: `Outcome must be one of: ${DECISION_OUTCOMES.join(', ')}.` }),
    reason: requiredText('Reason', LIMITS.longText),
    conditions: optionalText('Conditions', LIMITS.longText),
    meetingId: optionalText('Meeting', 64),
  })
  .strict();
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

/** Decisions can only be taken on a request that is ready for them. */
export const DECIDABLE_STAGES: readonly Stage[] = ['ready_for_decision'];
