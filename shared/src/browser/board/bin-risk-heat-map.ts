import { riskLevel, riskScore, type Risk, type RiskLevel } from '../risks/risk';

/** One cell of the 5×5 risk matrix: a likelihood and impact pair, and the risks that sit in it. */
export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  risks: Pick<Risk, 'id' | 'title' | 'requestId'>[];
}

/** The matrix as rows of cells, impact 5 (top) to 1, each row likelihood 1 to 5 (left to right). */
export interface RiskHeatMap {
  rows: HeatMapCell[][];
  /** Risks left out because they are closed. */
  closedCount: number;
  openCount: number;
}

const SIDE = [1, 2, 3, 4, 5] as const;

/** Clamps a rating into the matrix, so a stray value still lands in an edge cell rather than vanishing. */
function toMatrixRating(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

/**
 * Bins open risks into the likelihood × impact matrix the council's risk register uses. Closed
 * risks are counted, not placed: the heat map shows exposure now.
 */
export function binRiskHeatMap(risks: readonly Pick<Risk, 'id' | 'title' | 'requestId' | 'likelihood' | 'impact' | 'status'>[]): RiskHeatMap {
  const rows = [...SIDE].reverse().map((impact) =>
    SIDE.map((likelihood): HeatMapCell => ({ likelihood, impact, score: riskScore({ likelihood, impact }), level: riskLevel({ likelihood, impact }), risks: [] })),
  );
  let closedCount = 0;
  for (const risk of risks) {
    if (risk.status !== 'open') {
      closedCount += 1;
      continue;
    }
    const impact = toMatrixRating(risk.impact);
    const likelihood = toMatrixRating(risk.likelihood);
    rows[5 - impact]![likelihood - 1]!.risks.push({ id: risk.id, title: risk.title, ...(risk.requestId ? { requestId: risk.requestId } : {}) });
  }
  return { rows, closedCount, openCount: risks.length - closedCount };
}
