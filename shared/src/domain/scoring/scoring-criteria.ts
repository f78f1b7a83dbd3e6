import { z } from 'zod';

/**
 * The criteria a request is scored on. Each is rated 0–5 where 5 is always the more favourable
 * (for cost and effort, 5 means cheap and light), so a higher total is a stronger case.
 */
export const SCORING_CRITERIA = [
  'strategicFit',
  'benefits',
  'statutoryNeed',
  'riskOfNotDoing',
  'cost',
  'effort',
  'readiness',
] as const;
export type ScoringCriterion = (typeof SCORING_CRITERIA)[number];

export const CRITERION_LABELS: Record<ScoringCriterion, string> = {
  strategicFit: 'Strategic fit',
  benefits: 'Benefits',
  statutoryNeed: 'Statutory need',
  riskOfNotDoing: 'Risk of not doing it',
  cost: 'Cost (5 = low)',
  effort: 'ICT effort (5 = light)',
  readiness: 'Readiness',
};

export type ScoringWeights = Record<ScoringCriterion, number>;

export const DEFAULT_SCORING_WEIGHTS: ScoringWeights = {
  strategicFit: 25,
  benefits: 20,
  statutoryNeed: 15,
  riskOfNotDoing: 15,
  cost: 10,
  effort: 10,
  readiness: 5,
};

export const MAX_RATING = 5;

const rating = (label: string) =>
  z
    .number({ error: `${label} must be a rating from 0 to 5.` })
    .int({ error: `${label} must be a whole number from 0 to 5.` })
    .min(0, { error: `${label} must be a rating from 0 to 5.` })
    .max(MAX_RATING, { error: `${label} must be a rating from 0 to 5.` });

export const ratingsSchema = z
  .object(
    Object.fromEntries(SCORING_CRITERIA.map((criterion) => [criterion, rating(CRITERION_LABELS[criterion])])) as Record<
      ScoringCriterion,
      ReturnType<typeof rating>
    >,
  )
  .strict();
export type Ratings = z.infer<typeof ratingsSchema>;

export const scoringWeightsSchema = z
  .object(
    Object.fromEntries(
      SCORING_CRITERIA.map((criterion) => [
        criterion,
        z
          .number({ error: `${CRITERION_LABELS[criterion]} weight must be a number.` })
          .min(0, { error: `${CRITERION_LABELS[criterion]} weight cannot be negative.` })
          .max(100, { error: `${CRITERION_LABELS[criterion]} weight must be 100 or less.` }),
      ]),
    ) as Record<ScoringCriterion, z.ZodNumber>,
  )
  .strict()
  .refine((weights) => Object.values(weights).some((weight) => weight > 0), {
    error: 'At least one criterion needs a weight above zero.',
  });
