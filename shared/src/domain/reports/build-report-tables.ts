import { ACTION_PRIORITIES, type Action, type ActionPriority, type ActionStatus, type AssuranceLevel } from '../actions/action';
import { RAG_KEY, ragForStatus } from '../actions/rag';
import { describeDecision, type Decision } from '../decisions/decision';
import { decisionTaken, type DecisionTaken } from '../decisions/decision-taken';
import type { Meeting, MeetingStatus } from '../meetings/meeting';
import type { ProjectRequest } from '../requests/project-request';
import { FINISHED_STAGES, STAGE_LABELS, STAGES, type Stage } from '../requests/stage';
import { RISK_LEVEL_LABELS, riskLevel, riskScore, type Risk } from '../risks/risk';
import { findCorporatePriority, findTheme, type Strategy } from '../strategy/strategy';
import { findCatalogueEntry } from './report-catalogue';
import type { ReportCell, ReportChoices, ReportColumn, ReportTable, ReportTableKey } from './report-table';
import { formatNumber, formatPounds, formatLongDate, formatLongDateTime } from '../formatting/format-values';
import { labelInSentence, listInWords } from './label-in-sentence';

/** What every table builder is told besides its data. */
export interface TableFrame {
  organisation: { id: string; name: string };
  choices: ReportChoices;
  /** When the data was read, ISO date-time. */
  asAt: string;
}

const ASSURANCE_LABELS: Record<AssuranceLevel, string> = {
  high: 'High assurance',
  satisfactory: 'Satisfactory assurance',
  partial: 'Partial assurance',
  minimal: 'Minimal assurance',
};

/** The RAG colour key in words, as every RAG table shows it. */
export const RAG_TABLE_KEY = RAG_KEY.map(({ label, fill, text }) => ({ label, fill, color: text }));

const text = (value: string | number): ReportCell => ({ text: String(value) });

function statusCell(action: Action): ReportCell {
  const rag = ragForStatus(action.status);
  return { text: rag.label, fill: rag.fill, color: rag.text, bold: true };
}

export function themeTitle(strategy: Strategy | undefined, themeId: string): string {
  return (strategy && findTheme(strategy, themeId)?.title) ?? themeId;
}

/** Report dates in GOV.UK style: "30 September 2026". */
const formatDate = formatLongDate;

/** A number the requester may not have estimated: absent reads "Not known", never £0. */
type Estimate = number | undefined;
const estimate = (value: unknown): Estimate => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Sums what is known and counts what is not, so a total can say "(2 not estimated)". */
function sumEstimates(values: readonly Estimate[]): { sum: number; unknown: number } {
  return values.reduce<{ sum: number; unknown: number }>((total, value) => (value === undefined ? { ...total, unknown: total.unknown + 1 } : { ...total, sum: total.sum + value }), { sum: 0, unknown: 0 });
}

function estimateText(total: { sum: number; unknown: number }, format: (value: number) => string, count: number): string {
  if (count > 0 && total.unknown === count) return 'Not known';
  return total.unknown > 0 ? `${format(total.sum)} (${total.unknown} not estimated)` : format(total.sum);
}

/** "top 10 of 14 by score", or "all 8 by score" when the limit shows everything. */
function topInWords(top: number | undefined, total: number, order: string): string {
  return top !== undefined && top < total ? `top ${top} of ${total} ${order}` : `all ${total} ${order}`;
}

/** Whether a day (YYYY-MM-DD) falls in the period chosen, either end of which may be open. */
const inChosenPeriod = (day: string, { from, to }: { from?: string; to?: string }) => (from === undefined || day >= from) && (to === undefined || day <= to);

/** "from 1 January 2026 to 31 March 2026", either end alone, or nothing when no dates were chosen. */
function periodInWords(from: string | undefined, to: string | undefined): string | undefined {
  return from || to ? [from && `from ${formatDate(from)}`, to && `to ${formatDate(to)}`].filter(Boolean).join(' ') : undefined;
}

/** Assembles the parts every table shares: caption with "data as at", text alternative, catalogue facts (also for tables built beside their feature, e.g. the estate). */
export function assembleTable(
  key: ReportTableKey,
  frame: TableFrame,
  parts: { title: string; columns: ReportColumn[]; rows: ReportCell[][]; itemsInWords: string; emptyText: string; legend?: ReportTable['legend']; note?: string },
): ReportTable {
  const entry = findCatalogueEntry(key)!;
  const columnsInWords = listInWords(parts.columns.map((column) => labelInSentence(column.label)));
  const colourNote = parts.legend ? ' Status is written in words; cell shading repeats it.' : '';
  return {
    key,
    title: parts.title,
    choices: frame.choices,
    organisation: frame.organisation,
    dataAsAt: frame.asAt,
    caption: `${parts.title} – data as at ${formatLongDateTime(frame.asAt)}`,
    description: `${frame.organisation.name}: ${parts.rows.length} ${parts.itemsInWords}, with ${columnsInWords}.${colourNote}${parts.note ? ` ${parts.note}` : ''}`,
    columns: parts.columns,
    rows: parts.rows,
    identityColumns: [...entry.identityColumns],
    ...(entry.statusColumn !== undefined ? { statusColumn: entry.statusColumn } : {}),
    ...(parts.legend ? { legend: parts.legend } : {}),
    emptyText: parts.emptyText,
    ...(frame.choices.landscape ? { landscape: true } : {}),
  };
}

const limitTo = <T>(items: readonly T[], top: number | undefined): T[] => (top === undefined ? [...items] : items.slice(0, top));

/** The strategy on a page: themes, the corporate priorities they serve, their objectives. */
export function buildStrategyTable(frame: TableFrame, strategy: Strategy): ReportTable {
  const themes = strategy.themes.filter((theme) => frame.choices.theme === undefined || theme.id === frame.choices.theme);
  return assembleTable('strategy', frame, {
    title: `${strategy.title}${strategy.status === 'approved' && strategy.approvedBy ? ` (approved by ${strategy.approvedBy})` : ''}`,
    columns: [
      { label: 'Theme' },
      { label: 'Corporate priorities' },
      { label: 'Objectives' },
    ],
    rows: themes.map((theme) => [
      { text: theme.title, bold: true },
      text(theme.corporatePriorityIds.map((id) => findCorporatePriority(strategy, id)?.title ?? id).join('\n')),
      text(theme.objectives.join('\n')),
    ]),
    itemsInWords: themes.length === 1 ? 'strategy theme' : 'strategy themes',
    emptyText: 'The strategy has no themes matching these choices.',
  });
}

const PRIORITY_LABELS: Record<ActionPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

const priorityCell = (action: Action) => text(action.priority ? PRIORITY_LABELS[action.priority] : 'Not set');

/** Due date, with the revised date under it when one was agreed. */
function dueText(action: Action): string {
  return action.revisedDueDate && action.revisedDueDate !== action.dueDate ? `${formatDate(action.dueDate)}\nRevised: ${formatDate(action.revisedDueDate)}` : formatDate(action.dueDate);
}

const progressText = (action: Action) => action.progressNote.trim() || 'No update given';

/** Actions narrowed to the statuses chosen ("key outcomes achieved" is the complete ones). */
function withChosenStatus(actions: readonly Action[], statuses: readonly ActionStatus[] | undefined): Action[] {
  return actions.filter((action) => statuses === undefined || statuses.includes(action.status));
}

const statusesInWords = (statuses: readonly ActionStatus[] | undefined) =>
  statuses === undefined ? undefined : `${listInWords(statuses.map((status) => ragForStatus(status).label.split(' – ')[1]!))} only`;

/** "ICT action plan 2026/27: theme Modern workforce, complete only" — every narrowing choice in words. */
export function titleWithChoices(base: string, choices: (string | undefined | false)[]): string {
  const said = choices.filter((choice): choice is string => Boolean(choice));
  return said.length > 0 ? `${base}: ${said.join(', ')}` : base;
}

/** The action plan for a year with priority, owner, due and revised due date, progress commentary, RAG in words and shading, with a key. Actions arrive in plan order. */
export function buildActionPlanTable(frame: TableFrame, strategy: Strategy | undefined, actions: readonly Action[]): ReportTable {
  const shown = withChosenStatus(actions, frame.choices.status);
  return assembleTable('action-plan', frame, {
    title: titleWithChoices(['ICT action plan', frame.choices.year].filter(Boolean).join(' '), [
      frame.choices.theme !== undefined && `theme ${themeTitle(strategy, frame.choices.theme)}`,
      statusesInWords(frame.choices.status),
      `${shown.length} ${shown.length === 1 ? 'action' : 'actions'}`,
    ]),
    columns: [
      { label: 'Ref' },
      { label: 'Action' },
      { label: 'Priority' },
      { label: 'Owner' },
      { label: 'Due', nowrap: true },
      { label: 'Status (RAG)' },
      { label: 'Progress' },
    ],
    rows: shown.map((action) => [
      text(action.reference),
      text(frame.choices.theme ? action.title : `${action.title}\nTheme: ${themeTitle(strategy, action.themeId)}`),
      priorityCell(action),
      text(action.owner),
      text(dueText(action)),
      statusCell(action),
      text(progressText(action)),
    ]),
    itemsInWords: shown.length === 1 ? 'action' : 'actions',
    emptyText: 'No actions in the plan match these choices.',
    legend: RAG_TABLE_KEY,
  });
}

/** Stages whose requests are over: shown, but left out of the total. */
const EXCLUDED_FROM_TOTAL: readonly Stage[] = FINISHED_STAGES;

/** Requests by stage: count, capital, revenue (a year) and ICT days apart, and a total of the live stages. */
export function buildPortfolioTable(frame: TableFrame, requests: readonly ProjectRequest[], themeName?: string): ReportTable {
  const { from, to, stage } = frame.choices;
  const inPeriod = requests.filter((request) => inChosenPeriod(request.submittedAt.slice(0, 10), frame.choices));
  const stages = STAGES.filter((candidate) => stage === undefined || stage.includes(candidate));
  const sumsOf = (matching: readonly ProjectRequest[]) => ({
    count: matching.length,
    capital: sumEstimates(matching.map((request) => estimate(request.capitalCost))),
    revenue: sumEstimates(matching.map((request) => estimate(request.revenueCost))),
    days: sumEstimates(matching.map((request) => estimate(request.ictEffortDays))),
  });
  const rowOf = (label: string, sums: ReturnType<typeof sumsOf>, bold = false): ReportCell[] =>
    [label, String(sums.count), estimateText(sums.capital, formatPounds, sums.count), estimateText(sums.revenue, formatPounds, sums.count), estimateText(sums.days, formatNumber, sums.count)].map((value) => ({ text: value, ...(bold ? { bold } : {}) }));
  const counted = stages.filter((candidate) => !EXCLUDED_FROM_TOTAL.includes(candidate));
  const left = stages.filter((candidate) => EXCLUDED_FROM_TOTAL.includes(candidate));
  const dates = periodInWords(from, to);
  const period = dates && `submitted ${dates}`;
  const stageWords = stage ? `${listInWords(stages.map((candidate) => STAGE_LABELS[candidate].toLowerCase()))} only` : undefined;
  return assembleTable('portfolio', frame, {
    title: titleWithChoices('Portfolio summary by stage', [frame.choices.theme !== undefined && `theme ${themeName ?? frame.choices.theme}`, stageWords, period]),
    columns: [{ label: 'Stage' }, { label: 'Requests', numeric: true }, { label: 'Capital', numeric: true }, { label: 'Revenue a year', numeric: true }, { label: 'ICT days', numeric: true }],
    rows: [
      ...stages.map((candidate) => rowOf(STAGE_LABELS[candidate], sumsOf(inPeriod.filter((request) => request.stage === candidate)))),
      ...(counted.length > 0 ? [rowOf(left.length > 0 ? 'Total (excluding closed, rejected and withdrawn)' : 'Total', sumsOf(inPeriod.filter((request) => counted.includes(request.stage))), true)] : []),
    ],
    itemsInWords: 'rows (one per stage and a total)',
    emptyText: 'No requests match these choices.',
    note: 'Capital and revenue are kept apart; revenue is the cost for one year. The total leaves out closed, rejected and withdrawn requests. Costs not estimated are left out of the sums and counted.',
  });
}

/** The stages a request is "awaiting decision" in, unless the author chose others. */
export const PIPELINE_DEFAULT_STAGES: readonly Stage[] = ['ready_for_decision'];

/** Requests awaiting decision, best score first (the caller sorts with the domain's score order). */
export function buildPipelineTable(frame: TableFrame, requests: readonly ProjectRequest[], themeName?: string): ReportTable {
  const shown = limitTo(requests, frame.choices.top);
  const stages = frame.choices.stage ?? PIPELINE_DEFAULT_STAGES;
  const manyStages = stages.length > 1;
  const money = (value: unknown) => {
    const known = estimate(value);
    return known === undefined ? 'Not known' : formatPounds(known);
  };
  return assembleTable('pipeline', frame, {
    title: titleWithChoices('Pipeline', [
      `${listInWords(stages.map((candidate) => STAGE_LABELS[candidate].toLowerCase()))} only`,
      frame.choices.theme !== undefined && `theme ${themeName ?? frame.choices.theme}`,
      topInWords(frame.choices.top, requests.length, 'by score'),
    ]),
    columns: [
      { label: 'Ref' },
      { label: 'Request' },
      { label: 'Service area' },
      ...(manyStages ? [{ label: 'Stage' }] : []),
      { label: 'Score (of 100)', numeric: true },
      { label: 'Capital', numeric: true },
      { label: 'Revenue a year', numeric: true },
      { label: 'ICT days', numeric: true },
      { label: 'Needed by', nowrap: true },
    ],
    rows: shown.map((request) => [
      text(request.id),
      text(request.title),
      text(request.serviceArea),
      ...(manyStages ? [text(STAGE_LABELS[request.stage])] : []),
      text(request.score ? `${formatNumber(request.score.total)}${request.score.override ? ' (override)' : ''}` : 'Not scored'),
      text(money(request.capitalCost)),
      text(money(request.revenueCost)),
      text(estimate(request.ictEffortDays) === undefined ? 'Not known' : formatNumber(request.ictEffortDays)),
      text(formatDate(request.neededBy)),
    ]),
    itemsInWords: shown.length === 1 ? 'request' : 'requests',
    emptyText: 'No requests are awaiting a decision.',
  });
}

/** The steering group's name when the constitution cannot be read. */
export const DEFAULT_STEERING_GROUP = 'ICT steering group';

/**
 * The decisions log by meeting: the meeting and its date (a member body's with its minute), the
 * request, outcome, reason, conditions, who decided; oldest first. A period chosen is matched
 * against the date the row shows (when the decision was taken), not when it was typed in.
 */
export function buildDecisionsTable(frame: TableFrame, decisions: readonly Decision[], meetings: readonly Meeting[] = [], steeringGroup = DEFAULT_STEERING_GROUP): ReportTable {
  const { from, to } = frame.choices;
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const chosen = frame.choices.meeting ? byId.get(frame.choices.meeting) : undefined;
  const scope = chosen
    ? `${chosen.title}, ${formatDate(chosen.startsAt)}`
    : periodInWords(from, to);
  const shown = decisions
    .map((decision) => ({ decision, taken: decisionTaken(decision, { steeringGroup, ...(decision.meetingId && byId.has(decision.meetingId) ? { meeting: byId.get(decision.meetingId)! } : {}) }) }))
    // The period is matched here, against the date each row shows (the log's rule: `dateTaken`).
    .filter(({ taken }) => inChosenPeriod(taken.on, frame.choices))
    // Stable: decisions taken the same day keep the log's order (when they were recorded).
    .sort((a, b) => a.taken.on.localeCompare(b.taken.on));
  const meetingCell = (taken: DecisionTaken) => [taken.at, formatDate(taken.on), ...(taken.minuteReference ? [`Minute ${taken.minuteReference}`] : [])].join('\n');
  return assembleTable('decisions', frame, {
    title: titleWithChoices('Decisions log', [scope, `${shown.length} ${shown.length === 1 ? 'decision' : 'decisions'}`]),
    columns: [{ label: 'Meeting' }, { label: 'Ref' }, { label: 'Request' }, { label: 'Decision' }, { label: 'Reason' }, { label: 'Conditions' }, { label: 'Decided by' }],
    rows: shown.map(({ decision, taken }) => [
      text(meetingCell(taken)),
      text(decision.requestId),
      text(decision.requestTitle),
      { text: describeDecision(decision), bold: true },
      text(decision.reason),
      text(decision.conditions ?? 'None'),
      text(taken.by),
    ]),
    itemsInWords: shown.length === 1 ? 'decision' : 'decisions',
    emptyText: 'No decisions were taken for these choices.',
    note: 'A recommendation is the steering group’s; the body it names decides. The date is the meeting’s, or the day a decision outside a meeting was recorded.',
  });
}

/** The default number of risks a committee sees. */
export const DEFAULT_TOP_RISKS = 10;

const scoreText = (risk: Pick<Risk, 'likelihood' | 'impact'>) => `${RISK_LEVEL_LABELS[riskLevel(risk)]} (${riskScore(risk)})`;

/** The most severe open risks (the caller sorts with the domain's severity order): reference, owner, current and target score, mitigation. */
export function buildRiskTable(frame: TableFrame, risks: readonly Risk[]): ReportTable {
  const top = frame.choices.top ?? DEFAULT_TOP_RISKS;
  const shown = limitTo(risks, top);
  return assembleTable('risks', frame, {
    title: `Risk register: ${topInWords(top, risks.length, risks.length === 1 ? 'open risk by score' : 'open risks by score')}`,
    columns: [
      { label: 'Ref' },
      { label: 'Risk' },
      { label: 'Owner' },
      { label: 'Current score', nowrap: true },
      { label: 'Target score', nowrap: true },
      { label: 'Mitigation' },
    ],
    rows: shown.map((risk) => [
      text(risk.reference ?? 'None'),
      text(risk.requestId ? `${risk.title} (${risk.requestId})` : risk.title),
      text(risk.owner),
      { text: scoreText(risk), bold: true },
      text(risk.target ? scoreText(risk.target) : 'Not set'),
      text(risk.mitigation),
    ]),
    itemsInWords: shown.length === 1 ? 'open risk' : 'open risks',
    emptyText: 'There are no open risks.',
    note: 'Scores are likelihood times impact, each from 1 to 5: 1 to 4 low, 5 to 12 medium, 15 to 25 high.',
  });
}

/** Agreed internal-audit actions with their audit and assurance, priority, progress, RAG in words and shading, with a key. */
export function buildAuditActionsTable(frame: TableFrame, actions: readonly Action[]): ReportTable {
  const matching = withChosenStatus(actions, frame.choices.status);
  const shown = limitTo(matching, frame.choices.top);
  return assembleTable('audit-actions', frame, {
    title: titleWithChoices(`Agreed audit actions ${frame.choices.year ?? ''}`.trim(), [statusesInWords(frame.choices.status), topInWords(frame.choices.top, matching.length, matching.length === 1 ? 'action' : 'actions')]),
    columns: [
      { label: 'Ref' },
      { label: 'Action and audit' },
      { label: 'Priority' },
      { label: 'Owner' },
      { label: 'Due', nowrap: true },
      { label: 'Status (RAG)' },
      { label: 'Progress' },
    ],
    rows: shown.map((action) => [
      text(action.reference),
      text(action.source.kind === 'internal_audit' ? `${action.title}\n${action.source.auditTitle} (${ASSURANCE_LABELS[action.source.assurance]})` : action.title),
      priorityCell(action),
      text(action.owner),
      text(dueText(action)),
      statusCell(action),
      text(progressText(action)),
    ]),
    itemsInWords: shown.length === 1 ? 'audit action' : 'audit actions',
    emptyText: 'No agreed audit actions match these choices.',
    legend: RAG_TABLE_KEY,
  });
}

/** The RAG columns of the summary, most urgent last-but-one as committees read them: Green, Amber, Red, Blue, Grey. */
const SUMMARY_STATUSES: readonly ActionStatus[] = ['on_track', 'at_risk', 'off_track', 'complete', 'not_started'];

const countText = (count: number, bold = false): ReportCell => ({ text: formatNumber(count), ...(bold ? { bold } : {}) });

/** How many of the actions are in each summary status, then the total. */
const ragCounts = (actions: readonly Action[]) => [...SUMMARY_STATUSES.map((status) => actions.filter((action) => action.status === status).length), actions.length];

/** The action plan for a year summarised: one row per strategy theme with its count in each RAG status (in words), and a total row. */
export function buildRagSummaryTable(frame: TableFrame, strategy: Strategy | undefined, actions: readonly Action[]): ReportTable {
  const themeIds = [...new Set([...(strategy?.themes.map((theme) => theme.id) ?? []), ...actions.map((action) => action.themeId)])].filter((id) => actions.some((action) => action.themeId === id));
  const rows = themeIds.map((id) => [{ text: themeTitle(strategy, id) }, ...ragCounts(actions.filter((action) => action.themeId === id)).map((count) => countText(count))]);
  return assembleTable('rag-summary', frame, {
    title: titleWithChoices(['RAG summary by theme, ICT action plan', frame.choices.year].filter(Boolean).join(' '), [
      `${actions.length} ${actions.length === 1 ? 'action' : 'actions'} in ${themeIds.length} ${themeIds.length === 1 ? 'theme' : 'themes'}`,
    ]),
    columns: [{ label: 'Theme' }, ...SUMMARY_STATUSES.map((status) => ({ label: ragForStatus(status).label, numeric: true })), { label: 'Total', numeric: true }],
    rows: rows.length > 0 ? [...rows, [{ text: 'Total', bold: true }, ...ragCounts(actions).map((count) => countText(count, true))]] : [],
    itemsInWords: 'rows (one per theme and a total)',
    emptyText: 'The action plan has no actions for these choices.',
    note: 'Each column counts the actions in that status; status is written in words in the column headings.',
  });
}

/** Standard UK internal audit wording for each assurance level, one sentence each (the audit summary's key). */
export const ASSURANCE_DEFINITIONS: Record<AssuranceLevel, string> = {
  high: 'There is a sound system of governance, risk management and control, and the controls are being applied consistently.',
  satisfactory: 'There is a generally sound system of control, but some weaknesses or inconsistent application of controls put a few objectives at risk.',
  partial: 'Weaknesses in the design or application of controls put the achievement of the system’s objectives at risk.',
  minimal: 'Control is generally weak or not applied, leaving the system open to significant error, loss or abuse.',
};

const ASSURANCE_KEY = (Object.keys(ASSURANCE_DEFINITIONS) as AssuranceLevel[]).map((level) => ({ label: ASSURANCE_LABELS[level], definition: ASSURANCE_DEFINITIONS[level] }));

/** Agreed, by priority, then the total agreed, implemented (complete) and outstanding. */
function auditCounts(actions: readonly Action[]): number[] {
  const implemented = actions.filter((action) => action.status === 'complete').length;
  return [...ACTION_PRIORITIES.map((priority) => actions.filter((action) => action.priority === priority).length), actions.length, implemented, actions.length - implemented];
}

/** One row per internal audit: its assurance level in words, the actions agreed by priority, implemented and outstanding; the assurance definitions as its key. */
export function buildAuditSummaryTable(frame: TableFrame, actions: readonly Action[]): ReportTable {
  const audits = new Map<string, { assurance: AssuranceLevel; actions: Action[] }>();
  for (const action of actions) {
    if (action.source.kind !== 'internal_audit') continue;
    const audit = audits.get(action.source.auditTitle) ?? { assurance: action.source.assurance, actions: [] };
    audit.actions.push(action);
    audits.set(action.source.auditTitle, audit);
  }
  const counted = [...audits.values()].flatMap((audit) => audit.actions);
  const unprioritised = counted.filter((action) => action.priority === undefined).length;
  // Audit and assurance share a column (as in the audit actions table): eight columns fit A4 portrait without breaking words.
  const rows = [...audits].map(([title, audit]) => [text(`${title}\n${ASSURANCE_LABELS[audit.assurance]}`), ...auditCounts(audit.actions).map((count) => countText(count))]);
  return assembleTable('audit-summary', frame, {
    title: titleWithChoices(`Internal audit summary ${frame.choices.year ?? ''}`.trim(), [
      `${audits.size} ${audits.size === 1 ? 'audit' : 'audits'}, ${counted.length} agreed ${counted.length === 1 ? 'action' : 'actions'}`,
    ]),
    columns: [
      { label: 'Audit and assurance level' },
      ...ACTION_PRIORITIES.map((priority) => ({ label: `${PRIORITY_LABELS[priority]} priority`, numeric: true })),
      { label: 'Agreed', numeric: true },
      { label: 'Implemented', numeric: true },
      { label: 'Outstanding', numeric: true },
    ],
    rows: rows.length > 0 ? [...rows, [{ text: 'Total', bold: true }, ...auditCounts(counted).map((count) => countText(count, true))]] : [],
    itemsInWords: 'rows (one per audit and a total)',
    emptyText: 'No internal audit actions were agreed for these choices.',
    legend: ASSURANCE_KEY,
    note: `Implemented means the action is complete; outstanding is every other agreed action.${unprioritised > 0 ? ` ${unprioritised} agreed ${unprioritised === 1 ? 'action has' : 'actions have'} no priority and ${unprioritised === 1 ? 'is' : 'are'} counted only in the agreed total.` : ''}`,
  });
}

const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { planned: 'Planned', in_progress: 'In progress', closed: 'Held' };

/** Said of a date from the organisation's meeting calendar that has no meeting arranged in Entrance Hall. */
export const SCHEDULED_STATUS = 'Scheduled';

/** A forum and the dates it meets on, as the organisation settings list them. */
export type ForumCalendar = { name: string; meetingDates: readonly string[] };

/**
 * The committee timetable from a date, soonest first: the meetings arranged in Entrance Hall and
 * every forum's dates from the organisation settings, one row per forum and day (an arranged
 * meeting stands for its forum's date), with the date in GOV.UK style and the status in words.
 */
export function buildCommitteeTimetableTable(frame: TableFrame, meetings: readonly Meeting[], forums: readonly ForumCalendar[] = []): ReportTable {
  const { from, to } = frame.choices;
  const inPeriod = (day: string) => inChosenPeriod(day, frame.choices);
  const arranged = meetings.map((meeting) => ({ title: meeting.title, forum: meeting.forum, day: meeting.startsAt.slice(0, 10), sortBy: meeting.startsAt, status: MEETING_STATUS_LABELS[meeting.status] }));
  const taken = new Set(arranged.map((meeting) => `${meeting.forum}\u0000${meeting.day}`));
  const calendar = forums.flatMap((forum) =>
    [...new Set(forum.meetingDates)].filter((day) => !taken.has(`${forum.name}\u0000${day}`)).map((day) => ({ title: forum.name, forum: forum.name, day, sortBy: day, status: SCHEDULED_STATUS })),
  );
  const shown = [...arranged, ...calendar].filter((meeting) => inPeriod(meeting.day)).sort((a, b) => a.day.localeCompare(b.day) || a.sortBy.localeCompare(b.sortBy) || a.forum.localeCompare(b.forum));
  const period = periodInWords(from, to);
  return assembleTable('committee-timetable', frame, {
    title: titleWithChoices('Committee timetable', [period, `${shown.length} ${shown.length === 1 ? 'meeting' : 'meetings'}`]),
    columns: [{ label: 'Meeting' }, { label: 'Forum' }, { label: 'Date', nowrap: true }, { label: 'Status' }],
    rows: shown.map((meeting) => [text(meeting.title), text(meeting.forum), text(formatDate(meeting.day)), text(meeting.status)]),
    itemsInWords: shown.length === 1 ? 'meeting' : 'meetings',
    emptyText: 'No meetings are arranged for these choices.',
    ...(forums.length > 0 ? { note: `${SCHEDULED_STATUS} dates come from the organisation’s meeting calendar; no agenda has been arranged for them yet.` } : {}),
  });
}
