import { z } from 'zod';
import { optionalText, requiredText } from '../validation/fields';
import { CRITERION_LABELS, MAX_RATING, SCORING_CRITERIA, ratingsSchema, type Ratings, type ScoringCriterion, type ScoringWeights } from './scoring-criteria';

/** One criterion's part of a score, so the steering group sees why a request scores as it does. */
export interface ScorePart {
  criterion: ScoringCriterion;
  label: string;
  rating: number;
  weight: number;
  /** Points this criterion adds to the 0–100 total. */
  points: number;
}

export interface ScoreOverride {
  total: number;
  reason: string;
}

/** A request's score: the calculated total, each part, and any override with its reason. */
export interface RequestScore {
  ratings: Ratings;
  parts: ScorePart[];
  calculated: number;
  override?: ScoreOverride;
  /** What is used for ranking: the override if there is one, else the calculated total. */
  total: number;
  rationale?: string;
  scoredBy: { id: string; name: string };
  scoredAt: string;
}

export const scoreInputSchema = z
  .object({
    ratings: ratingsSchema,
    rationale: optionalText('Rationale', 2000),
    override: z
      .object({
        total: z
          .number({ error: 'Override score must be a number from 0 to 100.' })
          .min(0, { error: 'Override score must be from 0 to 100.' })
          .max(100, { error: 'Override score must be from 0 to 100.' }),
        reason: requiredText('Override reason', 2000).refine((value) => value.length >= 10, {
          error: 'Explain the override in at least 10 characters.',
        }),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ScoreInput = z.infer<typeof scoreInputSchema>;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Calculates the weighted 0–100 score and each criterion's part of it. */
export function calculateScore(ratings: Ratings, weights: ScoringWeights): { parts: ScorePart[]; calculated: number } {
  const weightSum = SCORING_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  const parts = SCORING_CRITERIA.map((criterion) => ({
    criterion,
    label: CRITERION_LABELS[criterion],
    rating: ratings[criterion],
    weight: weights[criterion],
    points: weightSum === 0 ? 0 : round1((100 * weights[criterion] * ratings[criterion]) / (MAX_RATING * weightSum)),
  }));
  const calculated = weightSum === 0 ? 0 : round1(SCORING_CRITERIA.reduce((sum, c) => sum + (100 * weights[c] * ratings[c]) / (MAX_RATING * weightSum), 0));
  return { parts, calculated };
}

export function scoreRequest(input: ScoreInput, weights: ScoringWeights, scoredBy: { id: string; name: string }, now: string): RequestScore {
  const { parts, calculated } = calculateScore(input.ratings, weights);
  return {
    ratings: input.ratings,
    parts,
    calculated,
    override: input.override,
    total: input.override ? round1(input.override.total) : calculated,
    rationale: input.rationale,
    scoredBy,
    scoredAt: now,
  };
}
