import type { Benefit, BenefitActual, BenefitReview, BusinessCaseBenefits } from '../src/domain/benefits/benefit';
import { scheduleBenefitReviews } from '../src/domain/benefits/schedule-benefit-reviews';
import { overdueFrom } from '../src/domain/benefits/find-reviews-to-flag';
import type { ProjectRequest } from '../src/domain/requests/project-request';
import type { Repositories, WriteOperation } from '../src/domain/ports/repositories';
import { findDemoUser } from './demo-users';

/** A demo request's business-case benefits, when it closed, and the figures its owners have recorded. */
interface DemoBenefitPlan {
  closedOn?: string;
  benefits: BusinessCaseBenefits;
  /** Figures recorded at reviews, by review id (`B1.m6`). */
  actuals?: Record<string, Omit<BenefitActual, 'recordedBy' | 'recordedAt'>>;
}

function owner(key: string): Benefit['owner'] {
  const user = findDemoUser(key)!;
  return { id: user.id, name: user.name };
}

/**
 * Closed projects with reviews recorded, due and overdue (as seen in late November 2026), and
 * agreed ones whose savings are still plans, in both councils: keyed by organisation and title.
 */
const DEMO_BENEFITS: Record<string, Record<string, () => DemoBenefitPlan>> = {
  ashcombe: {
    'Cashless parking payments': () => ({
      closedOn: '2025-09-15',
      benefits: {
        B1: { kind: 'cashable', description: 'Cash collection contract ended', owner: owner('priya.shah'), reviewDate: '2026-09-01', amountPerYear: 18_000, fromYear: '2025/26' },
        B2: { kind: 'measure', description: 'Parking paid without cash', owner: owner('tom.reed'), reviewDate: '2026-09-01', unit: '% of payments', baseline: 35, target: 80 },
      },
      actuals: {
        'B1.m6': { amount: 16_500, financialYear: '2025/26', comment: 'Contract ended in October; one final invoice was higher than expected.' },
        'B2.m6': { value: 72, comment: 'Pay-by-phone take-up rising each month.' },
        'B2.m12': { value: 84, comment: 'Target passed in August.' },
      },
    }),
    'Committee management system upgrade': () => ({
      closedOn: '2026-05-20',
      benefits: {
        B1: { kind: 'measure', description: 'Time to publish committee papers', owner: owner('sarah.lewis'), reviewDate: '2027-05-01', unit: 'working days', baseline: 5, target: 2 },
        B2: { kind: 'cashable', description: 'Printed agenda packs stopped', owner: owner('priya.shah'), reviewDate: '2027-05-01', amountPerYear: 6_000, fromYear: '2026/27' },
      },
    }),
    'Revenues system cloud migration': () => ({
      benefits: {
        B1: { kind: 'cashable', description: 'Data centre hosting and hardware support ended', owner: owner('tom.reed'), reviewDate: '2028-06-30', amountPerYear: 30_000, fromYear: '2027/28' },
      },
    }),
    'Garden waste subscriptions online': () => ({
      benefits: {
        B1: { kind: 'cashable', description: 'Paper renewals and cheque handling ended', owner: owner('priya.shah'), reviewDate: '2028-03-31', amountPerYear: 25_000, fromYear: '2027/28' },
        B2: { kind: 'measure', description: 'Subscriptions taken online', owner: owner('priya.shah'), reviewDate: '2028-03-31', unit: '% of subscriptions', baseline: 20, target: 90 },
      },
    }),
  },
  'fenwick-marsh': {
    'Shared telephony platform for both councils': () => ({
      closedOn: '2025-11-03',
      benefits: {
        B1: { kind: 'cashable', description: 'Two telephony contracts replaced by one', owner: owner('claire.bennett'), reviewDate: '2026-10-31', amountPerYear: 42_000, fromYear: '2026/27' },
        B2: { kind: 'measure', description: 'Calls answered within 60 seconds', owner: owner('aled.jones'), reviewDate: '2026-10-31', unit: '% of calls', baseline: 62, target: 85 },
      },
      actuals: {
        'B1.m6': { amount: 41_000, financialYear: '2026/27', comment: 'Forecast outturn for the year; both old contracts ended.' },
        'B2.m6': { value: 80, comment: 'Queue messages changed in April.' },
      },
    }),
    'Marsh Vale server room decommissioning': () => ({
      closedOn: '2026-02-10',
      benefits: {
        B1: { kind: 'cashable', description: 'Server room power and cooling no longer paid', owner: owner('claire.bennett'), reviewDate: '2027-01-31', amountPerYear: 15_000, fromYear: '2026/27' },
      },
    }),
    'Immutable backup service': () => ({
      benefits: {
        B1: { kind: 'measure', description: 'Time to restore a file server', owner: owner('claire.bennett'), reviewDate: '2027-12-31', unit: 'hours', baseline: 48, target: 8 },
      },
    }),
  },
};

/** The benefit fields a demo request carries (and, for a closed one, the day it closed). */
export function demoBenefitFields(organisationId: string, title: string): Partial<Pick<ProjectRequest, 'benefits' | 'stageChangedAt' | 'updatedAt'>> {
  const plan = DEMO_BENEFITS[organisationId]?.[title]?.();
  if (!plan) return {};
  const closedAt = plan.closedOn ? `${plan.closedOn}T16:00:00.000Z` : undefined;
  return { benefits: plan.benefits, ...(closedAt ? { stageChangedAt: closedAt, updatedAt: closedAt } : {}) };
}

/**
 * The reviews left for the bot to ask for on first start: every review due and not yet overdue
 * with no figures; and, in a council that has none (the demo seeded long after its dates), its
 * most recently due review with no figures. So in each council a benefit owner gets the review
 * card from the bot on first start, and the demo shows the feature without a burst of messages.
 */
function reviewsLeftToAsk(reviews: readonly BenefitReview[], seededOn: string): Set<string> {
  const open = reviews.filter((review) => !review.actual && review.dueOn <= seededOn);
  const recent = open.filter((review) => overdueFrom(review.dueOn) > seededOn);
  const latest = [...open].sort((a, b) => b.dueOn.localeCompare(a.dueOn))[0];
  const left = recent.length > 0 ? recent : latest ? [latest] : [];
  return new Set(left.map((review) => `${review.requestId}/${review.id}`));
}

/**
 * The post-implementation reviews of one council's demo requests, as seeded on `seededOn`: the
 * figures already recorded; reviews already due count as asked for (their owners were sent the
 * card "before") and reviews already overdue as flagged to ICT, except those left for the bot to
 * ask for on first start (reviewsLeftToAsk).
 */
export function demoBenefitReviews(requests: readonly ProjectRequest[], seededOn: string): BenefitReview[] {
  const scheduled = requests.flatMap((request) => {
    const plan = DEMO_BENEFITS[request.organisationId]?.[request.title]?.();
    if (!plan?.closedOn) return [];
    return scheduleBenefitReviews(request, plan.closedOn).map((review): BenefitReview => {
      const figures = plan.actuals?.[review.id];
      return figures ? { ...review, actual: { ...figures, recordedBy: review.owner, recordedAt: `${review.dueOn}T15:00:00.000Z` } } : review;
    });
  });
  const leftToAsk = reviewsLeftToAsk(scheduled, seededOn);
  return scheduled.map((review): BenefitReview => {
    if (leftToAsk.has(`${review.requestId}/${review.id}`)) return review;
    const asked = review.dueOn <= seededOn ? { reminderQueuedAt: `${review.dueOn}T08:00:00.000Z` } : {};
    const flagged = !review.actual && overdueFrom(review.dueOn) <= seededOn ? { overdueFlaggedAt: `${overdueFrom(review.dueOn)}T08:00:00.000Z` } : {};
    return { ...review, ...asked, ...flagged };
  });
}

/** The write operations that seed one council's demo reviews (demoBenefitReviews). */
export function demoBenefitReviewOps(repos: Repositories, requests: readonly ProjectRequest[], seededOn: string = new Date().toISOString().slice(0, 10)): WriteOperation[] {
  return demoBenefitReviews(requests, seededOn).map((review) => repos.benefitReviews.upsertOp(review));
}
