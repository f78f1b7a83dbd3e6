import { formatLongDate, formatNumber, formatPounds } from '../formatting/format-values';
import { assembleTable, type TableFrame } from '../reports/build-report-tables';
import type { ReportCell, ReportKeyItem, ReportTable } from '../reports/report-table';
import { BENEFIT_RAG_LABELS, NOT_YET_KNOWN, type BenefitRag } from './assess-benefit';
import type { AssessedBenefit, BenefitsOverview } from './build-benefits-overview';

/** Shading repeats the words (contrast at least 4.5:1), as in the action plan's RAG. */
const RAG_SHADING: Record<BenefitRag, { fill: string; color: string }> = {
  green: { fill: 'C6EFCE', color: '004D1A' },
  amber: { fill: 'FFE699', color: '5C3B00' },
  red: { fill: 'F4B6B6', color: '7A0000' },
  not_known: { fill: 'D9D9D9', color: '000000' },
};

const LEGEND: ReportKeyItem[] = (['green', 'amber', 'red', 'not_known'] as const).map((rag) => ({
  label: rag === 'not_known' ? NOT_YET_KNOWN : `${BENEFIT_RAG_LABELS[rag]} – ${rag === 'green' ? 'on plan or target met' : rag === 'amber' ? 'below plan (75% or more) or part way to target' : 'well below plan or short of target'}`,
  ...RAG_SHADING[rag],
}));

const text = (value: string): ReportCell => ({ text: value });

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

/**
 * "Benefits realisation" for committee: each benefit of the agreed and delivered projects, planned
 * against realised, its RAG in words (shaded as a second cue), and the next review.
 */
export function buildBenefitsRealisationTable(frame: TableFrame, overview: BenefitsOverview): ReportTable {
  const rows: ReportCell[][] = overview.requests.flatMap((request) =>
    request.benefits.map((benefit) => [
      text(`${request.title} (${request.requestId})`),
      text(`${benefit.description}\n${benefit.kind === 'cashable' ? 'Cashable saving' : 'Measure'}`),
      text(benefit.owner.name),
      text(describePlan(benefit)),
      text(describeRealised(benefit)),
      { text: benefit.assessment.summary, ...RAG_SHADING[benefit.assessment.rag], bold: true },
      text(describeNextReview(benefit)),
    ]),
  );
  const count = rows.length;
  const { due, overdue } = overview.counts;
  return assembleTable('benefits-realisation', frame, {
    title: 'Benefits realisation',
    columns: [
      { label: 'Project' },
      { label: 'Benefit' },
      { label: 'Owner' },
      { label: 'Planned' },
      { label: 'Realised' },
      { label: 'Status (RAG)' },
      { label: 'Next review' },
    ],
    rows,
    itemsInWords: count === 1 ? 'benefit' : 'benefits',
    emptyText: 'No agreed or delivered project has benefits recorded in its business case.',
    legend: LEGEND,
    note: `Savings are compared with the plan only for years with a figure recorded; a figure not yet recorded is not yet known, not £0. Reviews due: ${due}; overdue (more than 28 days): ${overdue}.`,
  });
}
