import { financialYearOf, formatFinancialYear } from '../actions/financial-year';
import type { ProjectRequest } from '../requests/project-request';
import type { Stage } from '../requests/stage';
import { assessBenefit, REVIEW_STATE_LABELS, reviewState, summariseSavingsByYear, type BenefitAssessment, type ReviewState, type YearOfSavings } from './assess-benefit';
import type { Benefit, BenefitReview } from './benefit';

export type ReviewWithState = BenefitReview & { state: ReviewState; stateLabel: string };

export type AssessedBenefit = Benefit & { id: string; assessment: BenefitAssessment; reviews: ReviewWithState[] };

export interface RequestBenefits {
  requestId: string;
  title: string;
  stage: Stage;
  serviceArea: string;
  benefits: AssessedBenefit[];
}

/** Planned against realised for a set of requests: what the API, the tab and Word all show. */
export interface BenefitsOverview {
  /** The day the review states were worked out for (YYYY-MM-DD). */
  asOf: string;
  /** The last financial year plans are shown for: the year after the current one. */
  untilYear: string;
  savingsByYear: YearOfSavings[];
  requests: RequestBenefits[];
  /** Reviews due or overdue now, earliest first: what ICT chases. */
  reviewsOwed: ReviewWithState[];
  counts: { benefits: number; due: number; overdue: number; recorded: number };
}

/**
 * Assesses every benefit of the given requests against its reviews on `today`. Pure: callers
 * decide which requests and benefits the person may see.
 */
export function buildBenefitsOverview(
  requests: readonly Pick<ProjectRequest, 'id' | 'title' | 'stage' | 'serviceArea' | 'benefits'>[],
  reviews: readonly BenefitReview[],
  today: string,
  include: (benefit: Benefit) => boolean = () => true,
): BenefitsOverview {
  const untilYear = formatFinancialYear(Number(financialYearOf(today).slice(0, 4)) + 1);
  const byBenefit = new Map<string, BenefitReview[]>();
  for (const review of reviews) {
    const key = `${review.requestId}|${review.benefitId}`;
    byBenefit.set(key, [...(byBenefit.get(key) ?? []), review]);
  }
  const withState = (review: BenefitReview): ReviewWithState => {
    const state = reviewState(review, today);
    return { ...review, state, stateLabel: REVIEW_STATE_LABELS[state] };
  };
  const result: RequestBenefits[] = [];
  for (const request of requests) {
    const benefits = Object.entries(request.benefits ?? {})
      .filter(([, benefit]) => include(benefit))
      .map(([id, benefit]): AssessedBenefit => {
        const own = (byBenefit.get(`${request.id}|${id}`) ?? []).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
        return { ...benefit, id, assessment: assessBenefit(benefit, own, untilYear), reviews: own.map(withState) };
      });
    if (benefits.length > 0) result.push({ requestId: request.id, title: request.title, stage: request.stage, serviceArea: request.serviceArea, benefits });
  }
  result.sort((a, b) => a.requestId.localeCompare(b.requestId));
  const all = result.flatMap((request) => request.benefits);
  const allReviews = all.flatMap((benefit) => benefit.reviews);
  const reviewsOwed = allReviews.filter((review) => review.state === 'due' || review.state === 'overdue').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return {
    asOf: today,
    untilYear,
    savingsByYear: summariseSavingsByYear(all.map((benefit) => benefit.assessment)),
    requests: result,
    reviewsOwed,
    counts: {
      benefits: all.length,
      due: allReviews.filter((review) => review.state === 'due').length,
      overdue: allReviews.filter((review) => review.state === 'overdue').length,
      recorded: allReviews.filter((review) => review.state === 'recorded').length,
    },
  };
}
