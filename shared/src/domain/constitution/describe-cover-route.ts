import { formatLongDate } from '../formatting/format-values';
import type { ReportTable } from '../reports/report-table';
import type { MeetingRoute } from './route-at-meeting';

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

function keyDecisionLine(reference: string, route: MeetingRoute): string {
  const published = route.noticePublishedOn ? `published ${formatLongDate(route.noticePublishedOn)}` : undefined;
  switch (route.action) {
    case 'notice_due':
      return `${reference}, forward plan notice not yet published; needed by ${formatLongDate(route.noticeBy)} for this meeting`;
    case 'notice_too_late':
      return `${reference} cannot be decided at this meeting: forward plan notice needed by ${formatLongDate(route.noticeBy)}, ${published ?? 'not yet published'}`;
    case 'recommends':
    case 'awaiting_body':
    case 'officer':
    case 'other_forum': {
      const when = route.bodyMeetingDate ? ` on ${formatLongDate(route.bodyMeetingDate)}` : '';
      const notice = published ?? `not yet published${route.noticeBy ? `; needed by ${formatLongDate(route.noticeBy)}` : ''}`;
      return `${reference}, to be decided by ${route.decisionMaker}${when}: forward plan notice ${notice}`;
    }
    default:
      return `${reference}, forward plan notice ${published ?? 'not yet published'}`;
  }
}

/**
 * The cover block for a report to one meeting, from each request's route at that meeting's date:
 * the decision maker is the meeting's forum (and the bodies it recommends to); each key decision
 * says whether this meeting can take it and, if not, by when notice was needed.
 */
export function describeMeetingCoverRoute(references: readonly string[], routes: Readonly<Record<string, MeetingRoute>>, forum: string): CoverRoute {
  const routed = references.flatMap((reference) => (routes[reference] ? [{ reference, route: routes[reference] }] : []));
  const recommended = routed.filter(({ route }) => route.action === 'recommends');
  const bodies = [...new Set(recommended.map(({ route }) => route.decisionMaker!))].map((body) => `${body} on its recommendation (${recommended.filter(({ route }) => route.decisionMaker === body).map(({ reference }) => reference).join(', ')})`);
  const key = routed.filter(({ route }) => route.keyDecision === 'key');
  const unknown = routed.filter(({ route }) => route.keyDecision === 'not_known').map(({ reference }) => reference);
  const keyDecision =
    key.length > 0
      ? `Yes: ${key.map(({ reference, route }) => keyDecisionLine(reference, route)).join('; ')}`
      : unknown.length > 0
        ? `Not known yet for ${unknown.join(', ')} (whole-life cost or wards not assessed); none of the others is a key decision`
        : 'No: none of the requests for decision is a key decision';
  return { decisionMaker: [forum, ...bodies].join('; '), keyDecision };
}
