import type { ActionStatus } from '../actions/action';
import type { Stage } from '../requests/stage';

/** The keys of the live tables in the catalogue, as they appear in URLs and content-control tags. */
export const REPORT_TABLE_KEYS = ['strategy', 'action-plan', 'portfolio', 'pipeline', 'decisions', 'risks', 'audit-actions', 'rag-summary', 'audit-summary', 'committee-timetable', 'budget', 'targets', 'benefits-realisation', 'forward-plan', 'estate-summary', 'estate-rationalisation'] as const;
export type ReportTableKey = (typeof REPORT_TABLE_KEYS)[number];

export function isReportTableKey(value: string): value is ReportTableKey {
  return (REPORT_TABLE_KEYS as readonly string[]).includes(value);
}

/** The choices a report author makes for a table; every one is optional. */
export interface ReportChoices {
  /** Financial year, e.g. "2026/27". */
  year?: string;
  theme?: string;
  stage?: Stage[];
  /** Date range, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  meeting?: string;
  /** Action statuses to show (e.g. complete only: "key outcomes achieved"). */
  status?: ActionStatus[];
  top?: number;
  /** Lay the table out for an A4 landscape page. */
  landscape?: boolean;
}

export type ReportChoiceName = keyof ReportChoices;

/** One cell: text in words (lines split on "\n"), with optional shading as a second cue. */
export interface ReportCell {
  text: string;
  /** Background and text colours, hex without '#'. Only ever beside words that say the same. */
  fill?: string;
  color?: string;
  bold?: boolean;
}

export interface ReportColumn {
  label: string;
  /** Numbers and money: right-aligned in tabular figures so digits line up. Widths come from the content. */
  numeric?: boolean;
  /** Short values that read badly broken ("31 December 2026"): the column is at least as wide as its longest line. */
  nowrap?: boolean;
}

export interface ReportKeyItem {
  label: string;
  /** Shading for a colour key; absent for a key of definitions. */
  fill?: string;
  color?: string;
  /** What the label means, one sentence (a key of definitions, e.g. assurance levels: one line each). */
  definition?: string;
}

/** A table ready to render: the same model becomes JSON, OOXML and .docx. */
export interface ReportTable {
  key: ReportTableKey;
  /** What it is, with the choices in words: "ICT action plan 2026/27". */
  title: string;
  /** The choices the table was built with (normalised: defaults filled in). */
  choices: ReportChoices;
  organisation: { id: string; name: string };
  /** When the data was read, ISO date-time. */
  dataAsAt: string;
  /** The caption shown above the table: title and "data as at". */
  caption: string;
  /** Text alternative for screen readers (Word's table description). */
  description: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Which columns identify a row, and which one holds its status (for "what changed"). */
  identityColumns: number[];
  statusColumn?: number;
  /** The key to the colours used, each in words (shown under the table as "Key: …"). */
  legend?: ReportKeyItem[];
  /** Said in the table's only row (one cell across the table) when there is nothing to show. */
  emptyText: string;
  /** Laid out for an A4 landscape page (wide tables). */
  landscape?: boolean;
}
