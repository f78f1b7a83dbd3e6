import type { ReportChoiceName, ReportTableKey } from './report-table';

/** A table a report author can insert: what it shows and the choices it takes. */
export interface CatalogueEntry {
  key: ReportTableKey;
  title: string;
  description: string;
  choices: readonly ReportChoiceName[];
  /** Columns that identify a row and the one that holds its status, for "what changed since the last refresh". */
  identityColumns: readonly number[];
  statusColumn?: number;
}

/** The live tables, in the order the task pane lists them. */
export const REPORT_CATALOGUE: readonly CatalogueEntry[] = [
  {
    key: 'strategy',
    title: 'ICT strategy on a page',
    description: 'Each strategy theme, the corporate priorities it serves and its objectives.',
    choices: ['theme', 'landscape'],
    identityColumns: [0],
  },
  {
    key: 'action-plan',
    title: 'ICT action plan',
    description: 'The action plan for a financial year: reference, action, priority, owner, due and revised due date, status (RAG in words and shading) and progress commentary, with a key. Choose statuses for e.g. key outcomes achieved.',
    choices: ['year', 'theme', 'status', 'landscape'],
    identityColumns: [0],
    statusColumn: 5,
  },
  {
    key: 'portfolio',
    title: 'Portfolio summary',
    description: 'Project requests by stage, with their count, capital, revenue a year and ICT days; the total leaves out closed, rejected and withdrawn.',
    choices: ['theme', 'stage', 'from', 'to', 'landscape'],
    identityColumns: [0],
    statusColumn: 1,
  },
  {
    key: 'pipeline',
    title: 'Pipeline awaiting decision',
    description: 'Requests awaiting a decision, highest score first, with their scores, capital, revenue a year and ICT days.',
    choices: ['theme', 'stage', 'top', 'landscape'],
    identityColumns: [0],
  },
  {
    key: 'decisions',
    title: 'Decisions log',
    description: 'Decisions by meeting: the meeting and its date, the request, the outcome, the reason, any conditions and who decided.',
    choices: ['meeting', 'from', 'to', 'landscape'],
    identityColumns: [0, 1],
    statusColumn: 3,
  },
  {
    key: 'risks',
    title: 'Risk register (top risks)',
    description: 'The most severe open risks with reference, owner, current and target score and mitigation; after publication, the direction of travel.',
    choices: ['top', 'landscape'],
    identityColumns: [0, 1],
    statusColumn: 3,
  },
  {
    key: 'audit-actions',
    title: 'Agreed audit actions',
    description: 'Internal-audit actions with the audit and its assurance level, priority, owner, due and revised due date, status (RAG in words and shading) and progress, with a key.',
    choices: ['year', 'status', 'top', 'landscape'],
    identityColumns: [0],
    statusColumn: 5,
  },
  {
    key: 'rag-summary',
    title: 'RAG summary by theme',
    description: 'The action plan for a financial year summarised: for each strategy theme, how many actions are Green, Amber, Red, Blue and Grey (in words), with a total row.',
    choices: ['year', 'landscape'],
    identityColumns: [0],
  },
  {
    key: 'audit-summary',
    title: 'Internal audit summary',
    description: 'One row per internal audit: its assurance level, the actions agreed by priority, implemented and outstanding, with a total row and the assurance level definitions as the key.',
    choices: ['year', 'landscape'],
    identityColumns: [0],
  },
  {
    key: 'committee-timetable',
    title: 'Committee timetable',
    description: 'The meetings arranged and every forum’s dates from the organisation settings, from a date, soonest first: meeting, forum, date and status.',
    choices: ['from', 'to', 'landscape'],
    identityColumns: [0, 2],
  },
  {
    key: 'budget',
    title: 'Budget by financial year',
    description: 'Capital and revenue of each project by financial year (April to March), with a total for each year and, for shared projects, each partner council\'s share.',
    choices: ['year', 'stage', 'landscape'],
    identityColumns: [0, 1],
  },
  {
    key: 'targets',
    title: 'Progress against strategy targets',
    description: 'The strategy\'s measurable targets: measure, baseline, target and current figure with their dates, and status (RAG in words and shading), with a key.',
    choices: ['theme', 'landscape'],
    identityColumns: [0],
    statusColumn: 5,
  },
  {
    key: 'benefits-realisation',
    title: 'Benefits realisation',
    description: 'Each benefit of the agreed and delivered projects: owner, planned, realised by year (not yet known where nothing is recorded, never £0), status (RAG in words and shading) and the next post-implementation review, with a key.',
    choices: ['landscape'],
    identityColumns: [0, 1],
    statusColumn: 5,
  },
  {
    key: 'forward-plan',
    title: 'Forward plan of key decisions',
    description: 'Forthcoming key decisions, soonest first: reference, subject, decision maker, date of decision, when notice was published (or by when it must be), and why it is a key decision.',
    choices: ['landscape'],
    identityColumns: [0],
    statusColumn: 4,
  },
  {
    key: 'estate-summary',
    title: 'Application estate summary',
    description: 'The business applications in the estate by capability, with how many are to be tolerated, invested in, migrated or eliminated, and a total row.',
    choices: ['landscape'],
    identityColumns: [0],
  },
  {
    key: 'estate-rationalisation',
    title: 'Application rationalisation progress',
    description: 'The estate against the strategy’s target: baseline, target, current count, where the plan expects it today, progress in words, and contracts ending in the next 18 months.',
    choices: ['landscape'],
    identityColumns: [0],
  },
];

export function findCatalogueEntry(key: string): CatalogueEntry | undefined {
  return REPORT_CATALOGUE.find((entry) => entry.key === key);
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** For meetings: when it starts (ISO), for the report skeleton's front sheet. */
  date?: string;
}

/** One choice a table offers, with what the author may pick; the task pane builds its form from this. */
export interface CatalogueChoice {
  name: ReportChoiceName;
  label: string;
  kind: 'select' | 'multiselect' | 'date' | 'number' | 'boolean';
  options?: ChoiceOption[];
  default?: string | string[] | number;
  min?: number;
  max?: number;
}

export interface CatalogueItem {
  key: ReportTableKey;
  title: string;
  description: string;
  choices: CatalogueChoice[];
}

