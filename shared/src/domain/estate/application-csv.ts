import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { appErrors, type FieldError } from '../errors/app-error';
import { toFieldErrors } from '../validation/parse-input';
import {
  CAPABILITIES,
  DISPOSITIONS,
  HOSTING,
  SUPPORT_STATUSES,
  checkApplicationRules,
  createApplicationSchema,
  normaliseApplicationName,
  type Application,
  type ApplicationFields,
} from './application';

/** The register's columns, in the order a spreadsheet shows them (export writes `id` first and `addedOn` last). */
export const APPLICATION_CSV_COLUMNS = [
  'name',
  'supplier',
  'serviceAreas',
  'capability',
  'hosting',
  'supportStatus',
  'contractEnd',
  'annualCost',
  'users',
  'personalData',
  'businessOwner',
  'disposition',
  'dispositionTargetDate',
  'retiredOn',
  'notes',
] as const satisfies readonly (keyof ApplicationFields)[];
type CsvColumn = (typeof APPLICATION_CSV_COLUMNS)[number];

/** Columns an exported file has that import reads past, so an export can be edited and imported. */
const IGNORED_COLUMNS = ['id', 'addedOn'] as const;
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'supplier', 'serviceAreas', 'capability', 'hosting', 'supportStatus', 'personalData', 'businessOwner', 'disposition'];

/** The most rows one import takes (a council estate is a few hundred at most). */
export const MAX_IMPORT_ROWS = 1000;
/** Service areas in one cell are separated by semicolons (commas separate the cells). */
const LIST_SEPARATOR = ';';

/** One spreadsheet row that was refused, and why. */
export interface RefusedRow {
  /** The line in the file, counting the header as line 1, as the spreadsheet numbers it. */
  row: number;
  name?: string;
  errors: FieldError[];
}

export interface ParsedImport {
  accepted: { row: number; fields: ApplicationFields }[];
  refused: RefusedRow[];
}

/** "Service areas" and "serviceAreas" name the same column. */
const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');
const COLUMN_BY_KEY = new Map<string, CsvColumn | (typeof IGNORED_COLUMNS)[number]>([...APPLICATION_CSV_COLUMNS, ...IGNORED_COLUMNS].map((column) => [headerKey(column), column]));

/** A spreadsheet label ("Software as a service") or the id ("saas") both mean the id. */
function choiceValue(value: string, labels: Record<string, string | { label: string }>): string {
  const wanted = value.toLowerCase().trim();
  for (const [id, entry] of Object.entries(labels)) {
    const label = typeof entry === 'string' ? entry : entry.label;
    if (id === wanted || label.toLowerCase() === wanted || id.replace(/_/g, ' ') === wanted) return id;
  }
  return value;
}

/** Whole numbers as spreadsheets write them ("£12,000"); anything else is left for the schema to refuse in words. */
function numberValue(value: string): number | string {
  const cleaned = value.replace(/[£,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : value;
}

/** 31/03/2027 as spreadsheets in the UK show dates, or 2027-03-31. */
function dateValue(value: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
}

function booleanValue(value: string): boolean | string {
  const wanted = value.toLowerCase();
  if (['yes', 'y', 'true'].includes(wanted)) return true;
  if (['no', 'n', 'false'].includes(wanted)) return false;
  return value;
}

/** Undoes the quote export puts before text that a spreadsheet would run as a formula. */
function unprotect(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function cellValue(column: CsvColumn, raw: string): unknown {
  const value = unprotect(raw);
  switch (column) {
    case 'serviceAreas':
      return value.split(LIST_SEPARATOR).map((area) => area.trim()).filter((area) => area !== '');
    case 'capability':
      return choiceValue(value, CAPABILITIES);
    case 'hosting':
      return choiceValue(value, HOSTING);
    case 'supportStatus':
      return choiceValue(value, SUPPORT_STATUSES);
    case 'disposition':
      return choiceValue(value, DISPOSITIONS);
    case 'annualCost':
    case 'users':
      return numberValue(value);
    case 'personalData':
      return booleanValue(value);
    case 'contractEnd':
    case 'dispositionTargetDate':
    case 'retiredOn':
      return dateValue(value);
    default:
      return value;
  }
}

function readRecords(text: string): string[][] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw appErrors.validation([{ field: '(file)', message: `The file is not readable CSV${line ? ` at line ${line}` : ''}: every row needs the same number of cells, and quotes must be closed.` }]);
  }
}

/** Reads the header: every column known, none twice, the required ones present; otherwise the whole file is refused. */
function readHeader(header: readonly string[]): (CsvColumn | undefined)[] {
  const columns = header.map((name) => COLUMN_BY_KEY.get(headerKey(name)));
  const errors: FieldError[] = [];
  const unknown = header.filter((_, index) => columns[index] === undefined);
  if (unknown.length > 0) errors.push({ field: '(columns)', message: `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. The columns are: ${APPLICATION_CSV_COLUMNS.join(', ')}.` });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) errors.push({ field: '(columns)', message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` });
  const repeated = columns.filter((column, index) => column !== undefined && columns.indexOf(column) !== index);
  if (repeated.length > 0) errors.push({ field: '(columns)', message: `Column given twice: ${[...new Set(repeated)].join(', ')}.` });
  if (errors.length > 0) throw appErrors.validation(errors, 'The file’s columns are not the register’s columns; nothing was imported.');
  return columns.map((column) => ((IGNORED_COLUMNS as readonly string[]).includes(column ?? '') ? undefined : (column as CsvColumn)));
}

/**
 * Reads a CSV of applications and checks every row as the API checks one application, plus names
 * repeated in the file or already in the register. Refuses the whole file when its columns are
 * wrong; otherwise reports each row accepted or refused, with the reasons.
 */
export function parseApplicationCsv(text: string, existingNames: ReadonlySet<string> = new Set()): ParsedImport {
  const [header, ...records] = readRecords(text);
  if (!header) throw appErrors.validation([{ field: '(file)', message: 'The file is empty: send a header row and one row per application.' }]);
  const columns = readHeader(header);
  if (records.length === 0) throw appErrors.validation([{ field: '(file)', message: 'The file has a header but no applications.' }]);
  if (records.length > MAX_IMPORT_ROWS) throw appErrors.validation([{ field: '(file)', message: `The file has ${records.length} applications; import at most ${MAX_IMPORT_ROWS} at a time.` }]);

  const seen = new Map<string, number>();
  const result: ParsedImport = { accepted: [], refused: [] };
  records.forEach((record, index) => {
    const row = index + 2;
    const input: Record<string, unknown> = {};
    columns.forEach((column, cell) => {
      const raw = record[cell] ?? '';
      if (column && raw !== '') input[column] = cellValue(column, raw);
    });
    const parsed = createApplicationSchema.safeParse(input);
    const errors = parsed.success ? checkApplicationRules(parsed.data) : toFieldErrors(parsed.error.issues);
    const name = typeof input.name === 'string' ? input.name : undefined;
    if (name) {
      const key = normaliseApplicationName(name);
      if (existingNames.has(key)) errors.push({ field: 'name', message: `${name} is already in the register; change it there instead.` });
      else if (seen.has(key)) errors.push({ field: 'name', message: `${name} is also on line ${seen.get(key)} of this file.` });
      else seen.set(key, row);
    }
    if (parsed.success && errors.length === 0) result.accepted.push({ row, fields: parsed.data });
    else result.refused.push({ row, ...(name ? { name } : {}), errors });
  });
  return result;
}

/** Text a spreadsheet would run as a formula (=, +, -, @) gets a leading quote, so an export is safe to open. */
function protect(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The register as CSV, one row per application, with the columns import reads (plus id and addedOn). */
export function writeApplicationCsv(applications: readonly Application[]): string {
  const header = ['id', ...APPLICATION_CSV_COLUMNS, 'addedOn'];
  const rows = applications.map((application) =>
    header.map((column) => {
      const value = (application as unknown as Record<string, unknown>)[column];
      if (value === undefined) return '';
      if (Array.isArray(value)) return protect(value.join(`${LIST_SEPARATOR} `));
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      return typeof value === 'number' ? String(value) : protect(String(value));
    }),
  );
  return stringify([header, ...rows]);
}
