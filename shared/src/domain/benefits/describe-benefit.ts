import { formatLongDate, formatNumber, formatPounds } from '../formatting/format-values';
import { NOT_YET_KNOWN } from './assess-benefit';
import type { AssessedBenefit } from './build-benefits-overview';

/** How a benefit reads in words, the same in the tab and in the Word table. */

/** "£18,000 a year from 2025/26"; "From 35 to 80 % of payments". */
export function describePlan(benefit: AssessedBenefit): string {
  return benefit.kind === 'cashable'
    ? `${formatPounds(benefit.amountPerYear)} a year from ${benefit.fromYear}`
    : `From ${formatNumber(benefit.baseline)} to ${formatNumber(benefit.target)} ${benefit.unit}`;
}

/** One line per financial year with a figure ("2025/26: £16,500 of £18,000"), or the latest measured value; "Not yet known" otherwise. */
export function describeRealised(benefit: AssessedBenefit): string {
  const { assessment } = benefit;
  if (benefit.kind === 'cashable') {
    const known = (assessment.years ?? []).filter((year) => year.realised !== undefined);
    return known.length === 0 ? NOT_YET_KNOWN : known.map((year) => `${year.financialYear}: ${formatPounds(year.realised)} of ${formatPounds(year.planned)}`).join('\n');
  }
  if (assessment.latestValue === undefined) return NOT_YET_KNOWN;
  return `${formatNumber(assessment.latestValue)} ${benefit.unit} (${Math.round((assessment.progress ?? 0) * 100)}% of the way to target)`;
}

/** The next review still owed, with its state in words, or that all are recorded. */
export function describeNextReview(benefit: AssessedBenefit): string {
  const next = benefit.reviews.find((review) => review.state !== 'recorded');
  if (!next) return benefit.reviews.length === 0 ? 'Scheduled when the project closes' : 'All reviews recorded';
  return `${next.label}, ${formatLongDate(next.dueOn)}: ${next.stateLabel}`;
}
