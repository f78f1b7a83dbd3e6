import { highestRiskLevel, riskLevel, riskScore, sortRisksBySeverity } from './risk';

describe('risks on the 5×5 matrix', () => {
  it('scores likelihood × impact and bands it', () => {
    expect(riskScore({ likelihood: 3, impact: 5 })).toBe(15);
    expect(riskLevel({ likelihood: 1, impact: 4 })).toBe('low');
    expect(riskLevel({ likelihood: 1, impact: 5 })).toBe('medium');
    expect(riskLevel({ likelihood: 3, impact: 4 })).toBe('medium');
    expect(riskLevel({ likelihood: 3, impact: 5 })).toBe('high');
  });

  it('gives a request the level of its worst open risk', () => {
    expect(highestRiskLevel([{ likelihood: 1, impact: 1, status: 'open' }, { likelihood: 4, impact: 4, status: 'open' }, { likelihood: 5, impact: 5, status: 'closed' }])).toBe('high');
    expect(highestRiskLevel([])).toBeUndefined();
  });

  it('puts the most severe first, impact breaking ties', () => {
    const sorted = sortRisksBySeverity([
      { id: 'a', likelihood: 2, impact: 2 },
      { id: 'b', likelihood: 4, impact: 1 },
      { id: 'c', likelihood: 1, impact: 4 },
      { id: 'd', likelihood: 5, impact: 5 },
    ]);
    expect(sorted.map((risk) => risk.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
