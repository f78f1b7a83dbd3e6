import type { BusinessCaseBenefits, BenefitReview } from './benefit';

/** The post-implementation reviews every benefit gets, in months after its request closed. */
export const REVIEW_POINTS = [
  { key: 'm6', months: 6, label: '6-month review' },
  { key: 'm12', months: 12, label: '12-month review' },
] as const;

/** The date `months` calendar months after `date` (YYYY-MM-DD), kept inside the month: 31 Aug + 6 months is 28 or 29 Feb. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The reviews owed when a request with these benefits closes on `closedOn`: one at 6 and one at
 * 12 months for each benefit, and a final one on the benefit's own review date when that falls
 * later still. Sorted by due date, then benefit.
 */
export function scheduleBenefitReviews(
  request: { id: string; organisationId: string; title: string; benefits?: BusinessCaseBenefits },
  closedOn: string,
): BenefitReview[] {
  const reviews: BenefitReview[] = [];
  for (const [benefitId, benefit] of Object.entries(request.benefits ?? {})) {
    const points: { key: string; label: string; dueOn: string }[] = REVIEW_POINTS.map((point) => ({ key: point.key, label: point.label, dueOn: addMonths(closedOn, point.months) }));
    const last = points[points.length - 1]!.dueOn;
    if (benefit.reviewDate > last) points.push({ key: 'final', label: 'Final review', dueOn: benefit.reviewDate });
    for (const point of points) {
      reviews.push({
        id: `${benefitId}.${point.key}`,
        organisationId: request.organisationId,
        requestId: request.id,
        requestTitle: request.title,
        benefitId,
        benefitDescription: benefit.description,
        owner: benefit.owner,
        label: point.label,
        dueOn: point.dueOn,
      });
    }
  }
  return reviews.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.benefitId.localeCompare(b.benefitId));
}
