import type { Action, AssuranceLevel } from '../actions/action';
import { RAG_KEY, ragForStatus } from '../actions/rag';
import { OUTCOME_LABELS, type Decision } from '../decisions/decision';
import type { Meeting } from '../meetings/meeting';
import { totalCost, type ProjectRequest } from '../requests/project-request';
import { STAGE_LABELS, STAGES, type Stage } from '../requests/stage';
import { RISK_LEVEL_LABELS, riskLevel, riskScore, type Risk } from '../risks/risk';
import { findCorporatePriority, findTheme, type Strategy } from '../strategy/strategy';
import { findCatalogueEntry } from './report-catalogue';
import type { ReportCell, ReportChoices, ReportColumn, ReportTable, ReportTableKey } from './report-table';
import { formatNumber, formatPounds, formatDate, formatLongDateTime } from '../formatting/format-values';

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

const RAG_TABLE_KEY = RAG_KEY.map(({ label, fill, text }) => ({ label, fill, color: text }));

const text = (value: string | number): ReportCell => ({ text: String(value) });

function statusCell(action: Action): ReportCell {
  const rag = ragForStatus(action.status);
  return { text: rag.label, fill: rag.fill, color: rag.text, bold: true };
}

function themeTitle(strategy: Strategy | undefined, themeId: string): string {
  return (strategy && findTheme(strategy, themeId)?.title) ?? themeId;
}

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Assembles the parts every table shares: caption with "data as at", text alternative, catalogue facts. */
function assembleTable(
  key: ReportTableKey,
  frame: TableFrame,
  parts: { title: string; columns: ReportColumn[]; rows: ReportCell[][]; itemsInWords: string; emptyText: string; legend?: ReportTable['legend']; note?: string },
): ReportTable {
  const entry = findCatalogueEntry(key)!;
  const columnsInWords = listInWords(parts.columns.map((column) => column.label.toLowerCase()));
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
  };
}

const limitTo = <T>(items: readonly T[], top: number | undefined): T[] => (top === undefined ? [...items] : items.slice(0, top));

/** The strategy on a page: themes, the corporate priorities they serve, their objectives. */
export function buildStrategyTable(frame: TableFrame, strategy: Strategy): ReportTable {
  const themes = strategy.themes.filter((theme) => frame.choices.theme === undefined || theme.id === frame.choices.theme);
  return assembleTable('strategy', frame, {
    title: `${strategy.title}${strategy.status === 'approved' && strategy.approvedBy ? ` (approved by ${strategy.approvedBy})` : ''}`,
    columns: [
      { label: 'Theme', width: 28 },
      { label: 'Corporate priorities', width: 28 },
      { label: 'Objectives', width: 44 },
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

/** The action plan for a year, RAG in words and shading, with a key. Actions arrive in plan order. */
export function buildActionPlanTable(frame: TableFrame, strategy: Strategy | undefined, actions: readonly Action[]): ReportTable {
  const themeWords = frame.choices.theme ? ` – ${themeTitle(strategy, frame.choices.theme)}` : '';
  return assembleTable('action-plan', frame, {
    title: `${['ICT action plan', frame.choices.year].filter(Boolean).join(' ')}${themeWords}`,
    columns: [
      { label: 'Ref', width: 8 },
      { label: 'Action', width: 32 },
      { label: 'Theme', width: 18 },
      { label: 'Owner', width: 14 },
      { label: 'Due', width: 12 },
      { label: 'Status (RAG)', width: 16 },
    ],
    rows: actions.map((action) => [
      text(action.reference),
      text(action.title),
      text(themeTitle(strategy, action.themeId)),
      text(action.owner),
      text(formatDate(action.dueDate)),
      statusCell(action),
    ]),
    itemsInWords: actions.length === 1 ? 'action' : 'actions',
    emptyText: 'No actions in the plan match these choices.',
    legend: RAG_TABLE_KEY,
  });
}

/** Requests by stage with their count, cost and ICT days, and a total. */
export function buildPortfolioTable(frame: TableFrame, requests: readonly ProjectRequest[]): ReportTable {
  const { from, to, stage } = frame.choices;
  const inPeriod = requests.filter((request) => {
    const day = request.submittedAt.slice(0, 10);
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  });
  const stages = STAGES.filter((candidate) => stage === undefined || stage.includes(candidate));
  const sums = stages.map((candidate) => {
    const matching = inPeriod.filter((request) => request.stage === candidate);
    return {
      stage: candidate,
      count: matching.length,
      // Figures not known yet add nothing (the request rows say "Not known").
      cost: matching.reduce((sum, request) => sum + (request.capitalCost ?? 0) + (request.revenueCost ?? 0), 0),
      days: matching.reduce((sum, request) => sum + (request.ictEffortDays ?? 0), 0),
    };
  });
  const total = sums.reduce((sum, row) => ({ count: sum.count + row.count, cost: sum.cost + row.cost, days: sum.days + row.days }), { count: 0, cost: 0, days: 0 });
  const period = from || to ? ` submitted ${from ? `from ${formatDate(from)} ` : ''}${to ? `to ${formatDate(to)}` : ''}`.trimEnd() : '';
  return assembleTable('portfolio', frame, {
    title: `Portfolio summary by stage${period}`,
    columns: [
      { label: 'Stage', width: 34 },
      { label: 'Requests', width: 18 },
      { label: 'Cost (capital + revenue)', width: 28 },
      { label: 'ICT days', width: 20 },
    ],
    rows: [
      ...sums.map((row) => [text(STAGE_LABELS[row.stage]), text(row.count), text(formatPounds(row.cost)), text(formatNumber(row.days))]),
      [
        { text: 'Total', bold: true },
        { text: String(total.count), bold: true },
        { text: formatPounds(total.cost), bold: true },
        { text: formatNumber(total.days), bold: true },
      ],
    ],
    itemsInWords: 'rows (one per stage and a total)',
    emptyText: 'No requests match these choices.',
    note: 'Cost is capital plus one year of revenue.',
  });
}

/** The stages a request is "awaiting decision" in, unless the author chose others. */
export const PIPELINE_DEFAULT_STAGES: readonly Stage[] = ['ready_for_decision'];

/** Requests awaiting decision, best score first (the caller sorts with the domain's score order). */
export function buildPipelineTable(frame: TableFrame, requests: readonly ProjectRequest[]): ReportTable {
  const shown = limitTo(requests, frame.choices.top);
  return assembleTable('pipeline', frame, {
    title: `Pipeline awaiting decision${frame.choices.top ? ` (top ${frame.choices.top})` : ''}`,
    columns: [
      { label: 'Ref', width: 15 },
      { label: 'Request', width: 21 },
      { label: 'Service area', width: 14 },
      { label: 'Stage', width: 12 },
      { label: 'Score (of 100)', width: 9 },
      { label: 'Cost', width: 11 },
      { label: 'ICT days', width: 7 },
      { label: 'Needed by', width: 11 },
    ],
    rows: shown.map((request) => [
      text(request.id),
      text(request.title),
      text(request.serviceArea),
      text(STAGE_LABELS[request.stage]),
      text(request.score ? `${formatNumber(request.score.total)}${request.score.override ? ' (override)' : ''}` : 'Not scored'),
      text(formatPounds(totalCost(request))),
      text(formatNumber(request.ictEffortDays)),
      text(formatDate(request.neededBy)),
    ]),
    itemsInWords: shown.length === 1 ? 'request awaiting decision' : 'requests awaiting decision',
    emptyText: 'No requests are awaiting a decision.',
  });
}

/** The decisions log of a meeting or a period, oldest first. */
export function buildDecisionsTable(frame: TableFrame, decisions: readonly Decision[], meeting?: Meeting): ReportTable {
  const { from, to } = frame.choices;
  const scope = meeting
    ? ` – ${meeting.title}`
    : from || to
      ? ` ${from ? `from ${formatDate(from)}` : ''}${from && to ? ' ' : ''}${to ? `to ${formatDate(to)}` : ''}`
      : '';
  return assembleTable('decisions', frame, {
    title: `Decisions log${scope}`,
    columns: [
      { label: 'Date', width: 11 },
      { label: 'Ref', width: 15 },
      { label: 'Request', width: 19 },
      { label: 'Decision', width: 12 },
      { label: 'Reason', width: 25 },
      { label: 'Conditions', width: 18 },
    ],
    rows: decisions.map((decision) => [
      text(formatDate(decision.recordedAt)),
      text(decision.requestId),
      text(decision.requestTitle),
      { text: OUTCOME_LABELS[decision.outcome], bold: true },
      text(decision.reason),
      text(decision.conditions ?? 'None'),
    ]),
    itemsInWords: decisions.length === 1 ? 'decision' : 'decisions',
    emptyText: 'No decisions were recorded for these choices.',
  });
}

/** The default number of risks a committee sees. */
export const DEFAULT_TOP_RISKS = 10;

/** The most severe open risks (the caller sorts with the domain's severity order). */
export function buildRiskTable(frame: TableFrame, risks: readonly Risk[]): ReportTable {
  const top = frame.choices.top ?? DEFAULT_TOP_RISKS;
  const shown = limitTo(risks, top);
  return assembleTable('risks', frame, {
    title: `Risk register – top ${top} open risks`,
    columns: [
      { label: 'Risk', width: 24 },
      { label: 'Likelihood (1–5)', width: 12 },
      { label: 'Impact (1–5)', width: 9 },
      { label: 'Level (score)', width: 12 },
      { label: 'Owner', width: 14 },
      { label: 'Mitigation', width: 29 },
    ],
    rows: shown.map((risk) => [
      text(risk.requestId ? `${risk.title} (${risk.requestId})` : risk.title),
      text(risk.likelihood),
      text(risk.impact),
      { text: `${RISK_LEVEL_LABELS[riskLevel(risk)]} (${riskScore(risk)})`, bold: true },
      text(risk.owner),
      text(risk.mitigation),
    ]),
    itemsInWords: shown.length === 1 ? 'open risk' : 'open risks',
    emptyText: 'There are no open risks.',
    note: 'Level is likelihood × impact: 1–4 low, 5–12 medium, 15–25 high.',
  });
}

/** Agreed internal-audit actions with their assurance level, RAG in words and shading, with a key. */
export function buildAuditActionsTable(frame: TableFrame, actions: readonly Action[]): ReportTable {
  const shown = limitTo(actions, frame.choices.top);
  return assembleTable('audit-actions', frame, {
    title: `Agreed audit actions ${frame.choices.year ?? ''}`.trim(),
    columns: [
      { label: 'Ref', width: 11 },
      { label: 'Action', width: 27 },
      { label: 'Audit (assurance)', width: 22 },
      { label: 'Owner', width: 14 },
      { label: 'Due', width: 11 },
      { label: 'Status (RAG)', width: 15 },
    ],
    rows: shown.map((action) => [
      text(action.reference),
      text(action.title),
      text(action.source.kind === 'internal_audit' ? `${action.source.auditTitle} (${ASSURANCE_LABELS[action.source.assurance]})` : ''),
      text(action.owner),
      text(formatDate(action.dueDate)),
      statusCell(action),
    ]),
    itemsInWords: shown.length === 1 ? 'audit action' : 'audit actions',
    emptyText: 'No agreed audit actions match these choices.',
    legend: RAG_TABLE_KEY,
  });
}
