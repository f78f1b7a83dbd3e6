import { indexRiskLevelsByRequest } from './request-risk-levels';

describe('indexRiskLevelsByRequest', () => {
  it('gives each request its highest open risk level and ignores closed and strategy-wide risks', () => {
    const levels = indexRiskLevelsByRequest([
      { requestId: 'EH-1', likelihood: 1, impact: 2, status: 'open' },
      { requestId: 'EH-1', likelihood: 4, impact: 4, status: 'open' },
      { requestId: 'EH-2', likelihood: 5, impact: 5, status: 'closed' },
      { likelihood: 5, impact: 5, status: 'open' },
    ]);
    expect([...levels]).toEqual([['EH-1', 'high']]);
  });
});
