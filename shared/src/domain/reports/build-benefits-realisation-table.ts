import type { ActionStatus } from '../actions/action';
import { ragForStatus } from '../actions/rag';
import { assembleTable, type TableFrame } from './build-report-tables';
import type { ReportCell, ReportKeyItem, ReportTable } from './report-table';
import { BENEFIT_RAG_LABELS, NOT_YET_KNOWN, type BenefitRag } from '../benefits/assess-benefit';
import type { BenefitsOverview } from '../benefits/build-benefits-overview';
import { describeNextReview, describePlan, describeRealised } from '../benefits/describe-benefit';

/** Shading repeats the words: the action plan's RAG colours (contrast at least 4.5:1), grey for not yet known. */
function shadeLike(status: ActionStatus): { fill: string; color: string } {
  const rag = ragForStatus(status);
  return { fill: rag.fill, color: rag.text };
}
const RAG_SHADING: Record<BenefitRag, { fill: string; color: string }> = {
  green: shadeLike('on_track'),
  amber: shadeLike('at_risk'),
  red: shadeLike('off_track'),
  not_known: shadeLike('not_started'),
};

const LEGEND: ReportKeyItem[] = (['green', 'amber', 'red', 'not_known'] as const).map((rag) => ({
  label: rag === 'not_known' ? NOT_YET_KNOWN : `${BENEFIT_RAG_LABELS[rag]} – ${rag === 'green' ? 'on plan or target met' : rag === 'amber' ? 'below plan (75% or more) or part way to target' : 'well below plan or short of target'}`,
  ...RAG_SHADING[rag],
}));

const text = (value: string): ReportCell => ({ text: value });

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
