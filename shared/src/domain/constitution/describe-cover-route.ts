import type { ReportTable } from '../reports/report-table';

/** The cover block's "Decision maker" and "Key decision" lines, when the report's tables say them. */
export interface CoverRoute {
  decisionMaker?: string;
  keyDecision?: string;
}

function column(table: ReportTable, label: string): string[] {
  const index = table.columns.findIndex((candidate) => candidate.label === label);
  return table.rows.map((row) => (index >= 0 ? (row[index]?.text ?? '') : ''));
}

/**
 * The decision route for a committee report's cover: which of the requests awaiting decision
 * (the pipeline) are key decisions on the forward plan, with their notice, and who takes them.
 * Without a forward-plan table, or a pipeline, nothing is claimed and the prompts stay.
 */
export function describeCoverRoute(pipeline: ReportTable | undefined, forwardPlan: ReportTable | undefined): CoverRoute {
  if (!pipeline || !forwardPlan) return {};
  const awaited = new Set(column(pipeline, 'Ref'));
  const refs = column(forwardPlan, 'Ref');
  const makers = column(forwardPlan, 'Decision maker');
  const notices = column(forwardPlan, 'Notice published');
  const key = refs.map((ref, index) => ({ ref, maker: makers[index]!, notice: notices[index]! })).filter((entry) => awaited.has(entry.ref));
  if (key.length === 0) return { keyDecision: 'No: none of the requests for decision is a key decision' };
  const byMaker = [...new Set(key.map((entry) => entry.maker))].map((maker) => `${maker} (${key.filter((entry) => entry.maker === maker).map((entry) => entry.ref).join(', ')})`);
  return {
    decisionMaker: `Key decisions: ${byMaker.join('; ')}`,
    keyDecision: `Yes: ${key.map((entry) => `${entry.ref}, forward plan notice ${/^\d/.test(entry.notice) ? `published ${entry.notice}` : entry.notice.replace(/^Not/, 'not')}`).join('; ')}`,
  };
}
