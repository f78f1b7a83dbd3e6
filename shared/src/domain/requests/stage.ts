import { z } from 'zod';

export const STAGES = [
  'submitted',
  'triage',
  'ready_for_decision',
  'approved',
  'in_delivery',
  'closed',
  'deferred',
  'rejected',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

export const stageSchema = z.enum(STAGES, { error: `Stage must be one of: ${STAGES.join(', ')}.` });

export const STAGE_LABELS: Record<Stage, string> = {
  submitted: 'Submitted',
  triage: 'Triage',
  ready_for_decision: 'Ready for decision',
  approved: 'Approved',
  in_delivery: 'In delivery',
  closed: 'Closed',
  deferred: 'Deferred',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Where a request may go next from each stage. */
const NEXT_STAGES: Record<Stage, readonly Stage[]> = {
  submitted: ['triage', 'withdrawn'],
  triage: ['ready_for_decision', 'withdrawn'],
  ready_for_decision: ['approved', 'deferred', 'rejected', 'triage', 'withdrawn'],
  deferred: ['ready_for_decision', 'triage', 'withdrawn'],
  approved: ['in_delivery', 'withdrawn'],
  in_delivery: ['closed'],
  closed: [],
  rejected: [],
  withdrawn: [],
};

/** Outcomes only a steering group decision may bring about, never a plain stage move. */
export const DECISION_STAGES: readonly Stage[] = ['approved', 'deferred', 'rejected'];


/** Stages in which a request still asks for a decision or for ICT work to be planned. */
export const OPEN_STAGES: readonly Stage[] = ['submitted', 'triage', 'ready_for_decision', 'deferred'];
export const COMMITTED_STAGES: readonly Stage[] = ['approved', 'in_delivery'];
export const FINISHED_STAGES: readonly Stage[] = ['closed', 'rejected', 'withdrawn'];

export function allowedNextStages(from: Stage): readonly Stage[] {
  return NEXT_STAGES[from];
}

export function canMoveStage(from: Stage, to: Stage): boolean {
  return NEXT_STAGES[from].includes(to);
}

/** Stopping a request always needs a written reason; so does sending it back to triage. */
export function moveNeedsReason(from: Stage, to: Stage): boolean {
  return to === 'withdrawn' || (to === 'triage' && from !== 'submitted');
}

/** The steering group decides on a scored case: a request is scored before it is ready for decision. */
export function moveNeedsScore(to: Stage): boolean {
  return to === 'ready_for_decision';
}

/** Why a request may not move to a stage yet, in words, or undefined when nothing stands in the way. */
export function findMoveBlocker(request: { id: string; score?: unknown }, to: Stage): string | undefined {
  if (moveNeedsScore(to) && !request.score) return `${request.id} has not been scored yet: ICT scores a request before it is ready for decision.`;
  return undefined;
}

export function isDecisionStage(stage: Stage): boolean {
  return DECISION_STAGES.includes(stage);
}
