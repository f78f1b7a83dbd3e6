import { binRiskHeatMap } from './bin-risk-heat-map';

const risk = (id: string, likelihood: number, impact: number, status: 'open' | 'closed' = 'open') => ({ id, title: `Risk ${id}`, likelihood, impact, status });

describe('binRiskHeatMap', () => {
  it('lays the matrix out with impact 5 on the top row and likelihood 1 on the left', () => {
    const map = binRiskHeatMap([]);
    expect(map.rows).toHaveLength(5);
    expect(map.rows[0]!.map((cell) => [cell.likelihood, cell.impact])).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(map.rows[4]![0]).toMatchObject({ likelihood: 1, impact: 1, score: 1, level: 'low' });
    expect(map.rows[0]![4]).toMatchObject({ score: 25, level: 'high' });
  });

  it('puts each open risk in the cell of its likelihood and impact', () => {
    const map = binRiskHeatMap([risk('R1', 4, 5), risk('R2', 4, 5), risk('R3', 1, 2)]);
    expect(map.rows[0]![3]!.risks.map((entry) => entry.id)).toEqual(['R1', 'R2']);
    expect(map.rows[3]![0]!.risks.map((entry) => entry.id)).toEqual(['R3']);
    expect(map.openCount).toBe(3);
  });

  it('counts closed risks without placing them', () => {
    const map = binRiskHeatMap([risk('R1', 3, 3, 'closed'), risk('R2', 3, 3)]);
    expect(map.rows[2]![2]!.risks.map((entry) => entry.id)).toEqual(['R2']);
    expect(map.closedCount).toBe(1);
    expect(map.openCount).toBe(1);
  });

  it('keeps a rating outside 1–5 on the edge of the matrix instead of losing it', () => {
    const map = binRiskHeatMap([risk('R1', 7, 0)]);
    expect(map.rows[4]![4]!.risks.map((entry) => entry.id)).toEqual(['R1']);
  });

  it('bands cells as the register does: 1–4 low, 5–12 medium, 15–25 high', () => {
    const levels = binRiskHeatMap([]).rows.flat().map((cell) => `${cell.score}:${cell.level}`);
    expect(levels).toContain('4:low');
    expect(levels).toContain('5:medium');
    expect(levels).toContain('12:medium');
    expect(levels).toContain('15:high');
  });
});
