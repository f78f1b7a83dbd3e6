import type { RequestSummary } from '../../domain/requests/request-summary';
import { OPEN_STAGES } from '../../domain/requests/stage';

export type ValueEffortQuadrant = 'quick_win' | 'major_project' | 'fill_in' | 'question';

export const QUADRANT_LABELS: Record<ValueEffortQuadrant, string> = {
  quick_win: 'Quick wins: high value, low effort',
  major_project: 'Major projects: high value, high effort',
  fill_in: 'Fill-ins: lower value, low effort',
  question: 'Question these: lower value, high effort',
};

/** Where one open request sits on the value-against-effort matrix. */
export interface ValueEffortPoint {
  id: string;
  title: string;
  value: number;
  effortDays: number;
  /** 0–1 positions for drawing: x is effort (left light, right heavy), y is value (0 low, 1 high). */
  x: number;
  y: number;
  quadrant: ValueEffortQuadrant;
}

export interface ValueEffortMatrix {
  points: ValueEffortPoint[];
  /** Open requests without a score yet: they cannot be placed, so they are listed instead. */
  unscored: Pick<RequestSummary, 'id' | 'title'>[];
  /** The lines between the quadrants: value out of 100 and ICT days. */
  valueThreshold: number;
  effortThreshold: number;
  maxEffortDays: number;
}

/** The median of the efforts, so half the portfolio counts as light and half as heavy. */
function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Places open requests by value (their score, 0–100) against ICT effort (days). Value splits at
 * 50; effort splits at the portfolio's median, since what counts as "a lot of days" differs
 * between a district council and a shared service. Best value first, then lightest.
 */
export function placeValueAgainstEffort(requests: readonly RequestSummary[], valueThreshold = 50): ValueEffortMatrix {
  const open = requests.filter((request) => OPEN_STAGES.includes(request.stage));
  // A request without an effort estimate has no place on the effort axis yet (never at 0 days).
  const scored = open.filter((request): request is RequestSummary & { ictEffortDays: number } => request.score !== undefined && request.ictEffortDays !== undefined);
  const effortThreshold = medianOf(scored.map((request) => request.ictEffortDays));
  const maxEffortDays = Math.max(1, ...scored.map((request) => request.ictEffortDays));
  const points = scored
    .map((request): ValueEffortPoint => {
      const value = request.score!.total;
      const highValue = value >= valueThreshold;
      const lowEffort = request.ictEffortDays <= effortThreshold;
      return {
        id: request.id,
        title: request.title,
        value,
        effortDays: request.ictEffortDays,
        x: request.ictEffortDays / maxEffortDays,
        y: Math.min(1, Math.max(0, value / 100)),
        quadrant: highValue ? (lowEffort ? 'quick_win' : 'major_project') : lowEffort ? 'fill_in' : 'question',
      };
    })
    .sort((a, b) => b.value - a.value || a.effortDays - b.effortDays || a.id.localeCompare(b.id));
  return {
    points,
    unscored: open.filter((request) => request.score === undefined).map(({ id, title }) => ({ id, title })),
    valueThreshold,
    effortThreshold,
    maxEffortDays,
  };
}
