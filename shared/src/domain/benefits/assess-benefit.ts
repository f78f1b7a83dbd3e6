import { financialYearOf, formatFinancialYear } from '../actions/financial-year';
import type { Benefit, BenefitReview } from './benefit';

/**
 * Planned against realised: the one place the arithmetic lives. A figure nobody has recorded is
 * `undefined` ("not yet known"), never 0: a saving not yet reported must not read as a saving
 * that failed, nor be summed as one.
 */

/** RAG in words and colour. `not_known` has no colour: nothing to judge yet. */
export type BenefitRag = 'green' | 'amber' | 'red' | 'not_known';

export const BENEFIT_RAG_LABELS: Record<BenefitRag, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  not_known: 'Not yet known',
};

/** Realised at or above plan is green; at least this share of plan is amber; less is red. */
export const AMBER_SHARE_OF_PLAN = 0.75;
/** A measure at least this far from baseline to target is amber. */
export const AMBER_PROGRESS_TO_TARGET = 0.5;
/** A review not recorded this many days after it fell due is overdue (flagged to ICT). */
export const OVERDUE_AFTER_DAYS = 28;

export type ReviewState = 'recorded' | 'not_due' | 'due' | 'overdue';

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  recorded: 'Recorded',
  not_due: 'Not due yet',
  due: 'Due',
  overdue: 'Overdue',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a review stands on `today` (YYYY-MM-DD). */
export function reviewState(review: Pick<BenefitReview, 'dueOn' | 'actual'>, today: string): ReviewState {
  if (review.actual) return 'recorded';
  if (review.dueOn > today) return 'not_due';
  const daysLate = (Date.parse(`${today.slice(0, 10)}T00:00:00Z`) - Date.parse(`${review.dueOn}T00:00:00Z`)) / DAY_MS;
  return daysLate > OVERDUE_AFTER_DAYS ? 'overdue' : 'due';
}

/** Whether the owner owes this review on `today`: it has fallen due (or is overdue) and has no figures yet. */
export function isReviewOwed(review: Pick<BenefitReview, 'dueOn' | 'actual'>, today: string): boolean {
  const state = reviewState(review, today);
  return state === 'due' || state === 'overdue';
}

/** Financial years from `from` to `until` inclusive ("2025/26" … "2027/28"). */
export function financialYearsBetween(from: string, until: string): string[] {
  const years: string[] = [];
  for (let start = Number(from.slice(0, 4)); start <= Number(until.slice(0, 4)); start += 1) years.push(formatFinancialYear(start));
  return years;
}

/** A saving realised in each financial year: the latest figure recorded for that year wins. */
export function realisedSavingsByYear(reviews: readonly Pick<BenefitReview, 'actual' | 'dueOn'>[]): Map<string, number> {
  const latest = new Map<string, { amount: number; at: string }>();
  for (const review of reviews) {
    const actual = review.actual;
    if (actual?.amount === undefined) continue;
    const year = actual.financialYear ?? financialYearOf(review.dueOn);
    const seen = latest.get(year);
    if (!seen || actual.recordedAt >= seen.at) latest.set(year, { amount: actual.amount, at: actual.recordedAt });
  }
  return new Map([...latest].map(([year, { amount }]) => [year, amount]));
}

/** One financial year of savings: planned, and realised when anything is known. */
export interface YearOfSavings {
  financialYear: string;
  planned: number;
  /** Sum of the savings recorded for the year; undefined when none is. */
  realised?: number;
  /** How many of the savings planned for the year have a figure recorded. */
  known: number;
  /** How many savings were planned for the year. */
  expected: number;
}

/** The latest measured value of a measure, or undefined when none has been recorded. */
export function latestMeasuredValue(reviews: readonly Pick<BenefitReview, 'actual'>[]): number | undefined {
  let best: { value: number; at: string } | undefined;
  for (const review of reviews) {
    const actual = review.actual;
    if (actual?.value === undefined) continue;
    if (!best || actual.recordedAt >= best.at) best = { value: actual.value, at: actual.recordedAt };
  }
  return best?.value;
}

/** How far a measure has moved from its baseline to its target: 0 at baseline, 1 at target (either direction). */
export function progressToTarget(benefit: { baseline: number; target: number }, value: number): number {
  return (value - benefit.baseline) / (benefit.target - benefit.baseline);
}

function ragForShare(realised: number, planned: number): BenefitRag {
  if (realised >= planned) return 'green';
  return realised >= planned * AMBER_SHARE_OF_PLAN ? 'amber' : 'red';
}

/** A benefit judged against its plan. */
export interface BenefitAssessment {
  rag: BenefitRag;
  /** The RAG and what it means, in words (for screen readers, Word and the card). */
  summary: string;
  /** Cashable: savings planned and realised by year (years from `fromYear` to the horizon, and any year with a figure). */
  years?: YearOfSavings[];
  /** Cashable: planned total over the years that have a figure, and the realised total of them. */
  plannedToDate?: number;
  realisedToDate?: number;
  /** Measure: the latest value, and how far it is from baseline to target (1 = target met). */
  latestValue?: number;
  progress?: number;
}

/**
 * Judges one benefit from its reviews. A cashable saving is compared only over the years that
 * have a recorded figure (a year not yet reported is not yet known, not a shortfall); a measure
 * by its latest value. `untilYear` is the last financial year the plan is shown for.
 */
export function assessBenefit(benefit: Benefit, reviews: readonly BenefitReview[], untilYear: string): BenefitAssessment {
  if (benefit.kind === 'cashable') {
    const realised = realisedSavingsByYear(reviews);
    const planned = (year: string) => (year >= benefit.fromYear ? benefit.amountPerYear : 0);
    const yearSet = new Set([...financialYearsBetween(benefit.fromYear, untilYear < benefit.fromYear ? benefit.fromYear : untilYear), ...realised.keys()]);
    const years = [...yearSet].sort().map((financialYear): YearOfSavings => {
      const amount = realised.get(financialYear);
      const plan = planned(financialYear);
      return { financialYear, planned: plan, ...(amount !== undefined ? { realised: amount } : {}), known: amount !== undefined ? 1 : 0, expected: plan > 0 || amount !== undefined ? 1 : 0 };
    });
    if (realised.size === 0) return { rag: 'not_known', summary: 'Not yet known: no saving recorded yet.', years };
    const plannedToDate = [...realised.keys()].reduce((sum, year) => sum + planned(year), 0);
    const realisedToDate = [...realised.values()].reduce((sum, amount) => sum + amount, 0);
    const rag = ragForShare(realisedToDate, plannedToDate);
    const words = rag === 'green' ? 'On or above plan' : rag === 'amber' ? 'Below plan' : 'Well below plan';
    return { rag, summary: `${BENEFIT_RAG_LABELS[rag]}: ${words}.`, years, plannedToDate, realisedToDate };
  }
  const latestValue = latestMeasuredValue(reviews);
  if (latestValue === undefined) return { rag: 'not_known', summary: 'Not yet known: nothing measured yet.' };
  const progress = progressToTarget(benefit, latestValue);
  const rag: BenefitRag = progress >= 1 ? 'green' : progress >= AMBER_PROGRESS_TO_TARGET ? 'amber' : 'red';
  const words = rag === 'green' ? 'Target met' : rag === 'amber' ? 'Part way to target' : 'Short of target';
  return { rag, summary: `${BENEFIT_RAG_LABELS[rag]}: ${words}.`, latestValue, progress };
}

/**
 * The portfolio's cashable savings by financial year: planned is the sum of every saving planned
 * for the year; realised the sum of the figures recorded, undefined while none is, with how many
 * of the expected figures are known so a partial sum is never read as the whole.
 */
export function summariseSavingsByYear(assessed: readonly { years?: YearOfSavings[] }[]): YearOfSavings[] {
  const byYear = new Map<string, YearOfSavings>();
  for (const { years } of assessed) {
    for (const year of years ?? []) {
      const total = byYear.get(year.financialYear) ?? { financialYear: year.financialYear, planned: 0, known: 0, expected: 0 };
      total.planned += year.planned;
      total.known += year.known;
      total.expected += year.expected;
      if (year.realised !== undefined) total.realised = (total.realised ?? 0) + year.realised;
      byYear.set(year.financialYear, total);
    }
  }
  return [...byYear.values()].sort((a, b) => a.financialYear.localeCompare(b.financialYear));
}

/** How a realised figure nobody has recorded reads everywhere: never £0. */
export const NOT_YET_KNOWN = 'Not yet known';

/** £12,500 realised, or "Not yet known". */
export function formatRealised(value: number | undefined, format: (value: number) => string): string {
  return value === undefined ? NOT_YET_KNOWN : format(value);
}
