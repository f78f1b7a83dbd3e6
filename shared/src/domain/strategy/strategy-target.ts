import type { ActionStatus } from '../actions/action';

/** How a measure is counted, so it reads right: "143", "78%", "£1,200,000", "4.5 days". */
export const TARGET_UNITS = ['count', 'percent', 'pounds', 'days'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/**
 * A measurable target of the strategy ("Business applications in use: 143 in April 2024, down to
 * 100 by March 2029"). Lower or higher is better by which side of the baseline the target is.
 */
export interface StrategyTarget {
  /** Short reference, e.g. "T1". */
  id: string;
  themeId?: string;
  measure: string;
  unit: TargetUnit;
  baseline: number;
  /** When the baseline was measured, YYYY-MM-DD. */
  baselineDate: string;
  target: number;
  /** When the target should be met, YYYY-MM-DD. */
  targetDate: string;
  /** The latest measurement, and when it was taken; absent until first measured. */
  current?: number;
  currentDate?: string;
  owner?: string;
}

const DAY = 86_400_000;
/** How far behind the straight line from baseline to target a measure may fall and still be Amber rather than Red. */
const AMBER_SLACK = 0.25;

/**
 * A target's status as RAG, by the straight line from baseline to target: met (or better) is
 * complete; not yet measured is not started; at or ahead of where the line says it should be by the
 * latest measurement's date is on track; up to a quarter of the way behind is at risk; further is
 * off track, and so is a measure moving the wrong way. A target equal to its baseline is met when
 * the measure is held there.
 */
export function targetStatus(target: Pick<StrategyTarget, 'baseline' | 'baselineDate' | 'target' | 'targetDate' | 'current' | 'currentDate'>): ActionStatus {
  if (target.current === undefined) return 'not_started';
  const wanted = target.target - target.baseline;
  if (wanted === 0) return target.current === target.target ? 'complete' : 'off_track';
  const progress = (target.current - target.baseline) / wanted;
  if (progress >= 1) return 'complete';
  if (progress < 0) return 'off_track';
  const start = Date.parse(`${target.baselineDate}T00:00:00Z`);
  const end = Date.parse(`${target.targetDate}T00:00:00Z`);
  const at = target.currentDate ? Date.parse(`${target.currentDate}T00:00:00Z`) : end;
  const expected = end > start ? Math.min(1, Math.max(0, (at - start) / Math.max(DAY, end - start))) : 1;
  if (progress >= expected) return 'on_track';
  return progress >= expected - AMBER_SLACK ? 'at_risk' : 'off_track';
}
