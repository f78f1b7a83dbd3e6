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
  /** Set when this decision puts an earlier one right: never a silent overwrite of the record. */
  corrects?: DecisionCorrection;
}

export const CORRECTION_KINDS = ['rescinded', 'amended'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * What a correcting decision did to the one before it. A rescission keeps the rescinded outcome
 * in `outcome` (and `previousOutcome`) and sends the request back to be decided again.
 */
export interface DecisionCorrection {
  kind: CorrectionKind;
  decisionId: string;
  previousOutcome: DecisionOutcome;
}

/** True when the decision took back an earlier one, leaving the request undecided. */
export function isRescission(decision: Pick<Decision, 'corrects'>): boolean {
  return decision.corrects?.kind === 'rescinded';
}

/** The decision in words, amendments and rescissions included: "Amended to Deferred (was Approved)". */
export function describeDecision(decision: Pick<Decision, 'outcome' | 'corrects'>): string {
  const correction = decision.corrects;
  if (!correction) return OUTCOME_LABELS[decision.outcome];
  if (correction.kind === 'rescinded') return `Rescinded (was ${OUTCOME_LABELS[correction.previousOutcome]})`;
  return `Amended to ${OUTCOME_LABELS[decision.outcome]} (was ${OUTCOME_LABELS[correction.previousOutcome]})`;
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

/** Amending a decision: the new outcome, why, and any conditions (the meeting stays the original's). */
export const amendDecisionSchema = recordDecisionSchema.omit({ meetingId: true }).strict();
export type AmendDecisionInput = z.infer<typeof amendDecisionSchema>;

/** Rescinding a decision needs only the reason, which goes in the minutes and the audit. */
export const rescindDecisionSchema = z.object({ reason: requiredText('Reason', LIMITS.longText) }).strict();
export type RescindDecisionInput = z.infer<typeof rescindDecisionSchema>;

/** Decisions can only be taken on a request that is ready for them. */
export const DECIDABLE_STAGES: readonly Stage[] = ['ready_for_decision'];
