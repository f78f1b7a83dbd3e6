import { calculateScore, scoreRequest } from './score-request';
import { DEFAULT_SCORING_WEIGHTS, type Ratings } from './scoring-criteria';

const allRatings = (value: number): Ratings => ({ strategicFit: value, benefits: value, statutoryNeed: value, riskOfNotDoing: value, cost: value, effort: value, readiness: value });

describe('scoring a request', () => {
  it('scores full marks as 100 and nothing as 0', () => {
    expect(calculateScore(allRatings(5), DEFAULT_SCORING_WEIGHTS).calculated).toBe(100);
    expect(calculateScore(allRatings(0), DEFAULT_SCORING_WEIGHTS).calculated).toBe(0);
  });

  it('shows each criterion’s part, and the parts add up to the score', () => {
    const ratings = { ...allRatings(3), strategicFit: 5, cost: 1 };
    const { parts, calculated } = calculateScore(ratings, DEFAULT_SCORING_WEIGHTS);
    expect(parts).toHaveLength(7);
    expect(parts.find((part) => part.criterion === 'strategicFit')).toMatchObject({ rating: 5, weight: 25, points: 25 });
    expect(parts.find((part) => part.criterion === 'cost')).toMatchObject({ rating: 1, weight: 10, points: 2 });
    expect(Math.abs(parts.reduce((sum, part) => sum + part.points, 0) - calculated)).toBeLessThan(0.5);
  });

  it('follows the organisation’s weights', () => {
    const onlyStatutory = { ...Object.fromEntries(Object.keys(DEFAULT_SCORING_WEIGHTS).map((key) => [key, 0])), statutoryNeed: 1 } as typeof DEFAULT_SCORING_WEIGHTS;
    expect(calculateScore({ ...allRatings(0), statutoryNeed: 4 }, onlyStatutory).calculated).toBe(80);
  });

  it('keeps the calculated score beside an override and ranks by the override', () => {
    const score = scoreRequest({ ratings: allRatings(2), override: { total: 90, reason: 'Statutory deadline in April' } }, DEFAULT_SCORING_WEIGHTS, { id: 'u1', name: 'Tom Reed' }, '2026-11-22T10:00:00Z');
    expect(score.calculated).toBe(40);
    expect(score.total).toBe(90);
    expect(score.override?.reason).toBe('Statutory deadline in April');
  });
});
