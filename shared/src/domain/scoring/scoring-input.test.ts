import { parseInput } from '../validation/parse-input';
import { scoreInputSchema } from './score-request';

const ratings = { strategicFit: 3, benefits: 3, statutoryNeed: 3, riskOfNotDoing: 3, cost: 3, effort: 3, readiness: 3 };

describe('score input', () => {
  it('needs a reason for an override', () => {
    expect(() => parseInput(scoreInputSchema, { ratings, override: { total: 80 } })).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'override.reason' })] } }),
    );
  });

  it('names the criterion whose rating is out of range', () => {
    expect(() => parseInput(scoreInputSchema, { ratings: { ...ratings, cost: 7 } })).toThrow(
      expect.objectContaining({ details: { errors: [{ field: 'ratings.cost', message: 'Cost (5 = low) must be a rating from 0 to 5.' }] } }),
    );
  });
});
