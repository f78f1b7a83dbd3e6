import { z } from 'zod';
import { isFinancialYear } from '../actions/financial-year';
import { LIMITS, isoDate, money, optionalText, requiredText } from '../validation/fields';

/** The person answerable for a benefit: they get the review card and may record its actual figures. */
export const benefitOwnerSchema = z
  .object({
    id: requiredText('Owner id', 64),
    name: requiredText('Owner name'),
  })
  .strict();
export type BenefitOwner = z.infer<typeof benefitOwnerSchema>;

/** A financial year written the council way: "2026/27". */
export function financialYearField(label: string) {
  return z
    .string({ error: `${label} must be a financial year like 2026/27.` })
    .refine(isFinancialYear, { error: `${label} must be a financial year like 2026/27.` });
}

/** Any measured quantity (minutes, per cent, visits): a finite number within ±1bn. */
export function measureNumber(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(-1_000_000_000, { error: `${label} must be -1,000,000,000 or more.` })
    .max(1_000_000_000, { error: `${label} must be 1,000,000,000 or less.` });
}

const commonFields = {
  description: requiredText('Benefit', LIMITS.shortText),
  owner: benefitOwnerSchema,
  /** When the benefit should be fully realised and looked at last (besides the 6- and 12-month reviews). */
  reviewDate: isoDate('Review date'),
};

/** A cashable saving: so many pounds a year, from a financial year on. */
export const cashableBenefitSchema = z
  .object({
    kind: z.literal('cashable'),
    ...commonFields,
    amountPerYear: money('Saving per year'),
    fromYear: financialYearField('From year'),
  })
  .strict();

/** A non-cashable measure: a baseline, a target and the unit both are in. */
export const measureBenefitSchema = z
  .object({
    kind: z.literal('measure'),
    ...commonFields,
    unit: requiredText('Unit', 40),
    baseline: measureNumber('Baseline'),
    target: measureNumber('Target'),
  })
  .strict()
  .refine((benefit) => benefit.baseline !== benefit.target, { error: 'The target must differ from the baseline.', path: ['target'] });

export const benefitSchema = z.discriminatedUnion('kind', [cashableBenefitSchema, measureBenefitSchema], {
  error: 'Each benefit needs a kind: cashable (a saving in pounds) or measure (baseline, target and unit).',
});
export type CashableBenefit = z.infer<typeof cashableBenefitSchema>;
export type MeasureBenefit = z.infer<typeof measureBenefitSchema>;
export type Benefit = CashableBenefit | MeasureBenefit;

/** At most this many benefits per request, so closing one schedules its reviews in one transaction. */
export const MAX_BENEFITS = 20;

const BENEFIT_ID = /^[A-Za-z0-9_-]{1,32}$/;
const benefitIdMessage = 'A benefit id may use only letters, digits, dashes and underscores (at most 32).';

/** The business case's benefits, keyed by an id the author chooses ("B1", "staff-time"). */
export const businessCaseBenefitsSchema = z
  .record(z.string().regex(BENEFIT_ID, { error: benefitIdMessage }), benefitSchema, { error: 'Benefits must be an object keyed by benefit id.' })
  .refine((benefits) => Object.keys(benefits).length <= MAX_BENEFITS, { error: `A request can have at most ${MAX_BENEFITS} benefits.` });
export type BusinessCaseBenefits = Record<string, Benefit>;

/**
 * A merge patch of the benefits (RFC 7396, one level down): a benefit sent is replaced whole,
 * `null` removes it, benefits not sent stay as they are.
 */
export const benefitsPatchSchema = z.record(z.string().regex(BENEFIT_ID, { error: benefitIdMessage }), benefitSchema.nullable(), {
  error: 'Benefits must be an object keyed by benefit id.',
});
export type BenefitsPatch = z.infer<typeof benefitsPatchSchema>;

/** Applies a benefits patch; an empty result means the request has no benefits (the field is absent). */
export function mergeBenefitsPatch(current: BusinessCaseBenefits | undefined, patch: BenefitsPatch | null): BusinessCaseBenefits | null {
  if (patch === null) return null;
  const next: BusinessCaseBenefits = { ...current };
  for (const [id, benefit] of Object.entries(patch)) {
    if (benefit === null) delete next[id];
    else Object.defineProperty(next, id, { value: benefit, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(next).length === 0 ? null : next;
}

/** The actual figures recorded at a review. Absent figures are not yet known, never 0. */
export interface BenefitActual {
  /** Cashable: the saving realised in `financialYear`, in whole pounds. */
  amount?: number;
  financialYear?: string;
  /** Measure: the value measured, in the benefit's unit. */
  value?: number;
  comment?: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

/** A post-implementation review of one benefit, scheduled when its request closes. */
export interface BenefitReview {
  /** `<benefitId>.<label key>`, e.g. `B1.m6`: one review per benefit and point in time. */
  id: string;
  organisationId: string;
  requestId: string;
  requestTitle: string;
  benefitId: string;
  benefitDescription: string;
  owner: BenefitOwner;
  /** What the review is: "6-month review", "12-month review", "Final review". */
  label: string;
  dueOn: string;
  actual?: BenefitActual;
  /** When the owner's review card was put in the outbox (once per review). */
  reminderQueuedAt?: string;
  /** When ICT was sent word that this review is overdue (once per review; queue-overdue-review-notices.ts). */
  overdueFlaggedAt?: string;
}

/** What the benefit owner sends back from the card or the API. */
export const recordActualSchema = z
  .object({
    reviewId: z.string().regex(/^[A-Za-z0-9_.-]{1,48}$/, { error: 'Review id is not valid.' }).optional(),
    amount: money('Saving realised').optional(),
    financialYear: financialYearField('Financial year').optional(),
    value: measureNumber('Value measured').optional(),
    comment: optionalText('Comment', LIMITS.longText),
  })
  .strict();
export type RecordActualInput = z.infer<typeof recordActualSchema>;
