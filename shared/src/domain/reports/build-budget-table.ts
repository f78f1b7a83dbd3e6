import { formatPounds } from '../formatting/format-values';
import { partnerPart, type BudgetYear } from '../requests/budget-profile';
import type { ProjectRequest } from '../requests/project-request';
import { COMMITTED_STAGES, FINISHED_STAGES, STAGE_LABELS, type Stage } from '../requests/stage';
import { assembleTable, titleWithChoices, type TableFrame } from './build-report-tables';
import { listInWords } from './label-in-sentence';
import type { ReportCell, ReportTable } from './report-table';

/** The budget shows the approved programme unless the author chooses other stages. */
export const BUDGET_DEFAULT_STAGES: readonly Stage[] = COMMITTED_STAGES;

interface Money {
  capital: number;
  revenue: number;
}

const ZERO: Money = { capital: 0, revenue: 0 };
const add = (a: Money, b: Money): Money => ({ capital: a.capital + b.capital, revenue: a.revenue + b.revenue });

/** "Shared: Fenwick District Council 60%, Marsh Vale District Council 40%". */
const sharesInWords = (request: ProjectRequest) => (request.partnerShares ? `\nShared: ${request.partnerShares.map((share) => `${share.council} ${share.percent}%`).join(', ')}` : '');

/** Money cells: whole pounds, rounded once, here (partners' parts are kept exact until shown). */
const moneyCells = (money: Money, bold: boolean): ReportCell[] => [
  { text: formatPounds(Math.round(money.capital)), ...(bold ? { bold } : {}) },
  { text: formatPounds(Math.round(money.revenue)), ...(bold ? { bold } : {}) },
];

/**
 * Summary rows for a set of (request, year) entries: the total, then, when any project is shared,
 * each partner's part of it and what no partner share covers. Closed, rejected and withdrawn
 * projects are shown but left out of totals.
 */
function summaryRows(label: string, caption: string, entries: readonly { request: ProjectRequest; money: Money }[], partners: readonly string[]): ReportCell[][] {
  const counted = entries.filter((entry) => !FINISHED_STAGES.includes(entry.request.stage));
  const total = counted.reduce((sum, entry) => add(sum, entry.money), ZERO);
  const leftOut = entries.length - counted.length;
  const rows: ReportCell[][] = [[{ text: label, bold: true }, { text: 'Total', bold: true }, { text: `${caption}${leftOut > 0 ? ' (excluding closed, rejected and withdrawn)' : ''}`, bold: true }, ...moneyCells(total, true)]];
  if (partners.length === 0) return rows;
  for (const council of partners) {
    const part = counted.reduce((sum, entry) => {
      const share = entry.request.partnerShares?.find((candidate) => candidate.council === council);
      return share ? add(sum, { capital: partnerPart(entry.money.capital, share), revenue: partnerPart(entry.money.revenue, share) }) : sum;
    }, ZERO);
    rows.push([{ text: label }, { text: council }, { text: 'Share of shared projects' }, ...moneyCells(part, false)]);
  }
  const unshared = counted.filter((entry) => !entry.request.partnerShares).reduce((sum, entry) => add(sum, entry.money), ZERO);
  if (unshared.capital > 0 || unshared.revenue > 0) rows.push([{ text: label }, { text: 'Not shared' }, { text: 'Projects with no partner shares' }, ...moneyCells(unshared, false)]);
  return rows;
}

/**
 * Budget and resources by financial year: for each year, the projects profiled in it with capital
 * and revenue apart, a total for the year and, where projects are shared between partner councils,
 * each partner's part; then a total over all years when there is more than one. Requests arrive in
 * reference order.
 */
export function buildBudgetTable(frame: TableFrame, requests: readonly ProjectRequest[]): ReportTable {
  const stages = frame.choices.stage ?? BUDGET_DEFAULT_STAGES;
  const chosenYear = frame.choices.year;
  const shown = requests.filter((request) => stages.includes(request.stage) && request.budgetProfile !== undefined);
  const entries = shown.flatMap((request) =>
    (request.budgetProfile ?? [])
      .filter((entry: BudgetYear) => chosenYear === undefined || entry.year === chosenYear)
      .map((entry) => ({ year: entry.year, request, money: { capital: entry.capital, revenue: entry.revenue } })),
  );
  const years = [...new Set(entries.map((entry) => entry.year))].sort();
  // Partners in the order they first appear, so the rows read the same way every time.
  const partners = [...new Set(entries.flatMap((entry) => entry.request.partnerShares?.map((share) => share.council) ?? []))];
  const rows: ReportCell[][] = [];
  for (const year of years) {
    const inYear = entries.filter((entry) => entry.year === year);
    for (const entry of inYear) {
      rows.push([{ text: year }, { text: entry.request.id }, { text: `${entry.request.title}${sharesInWords(entry.request)}` }, ...moneyCells(entry.money, false)]);
    }
    rows.push(...summaryRows(year, `${year}: ${inYear.length} ${inYear.length === 1 ? 'project' : 'projects'}`, inYear, partners));
  }
  if (years.length > 1) rows.push(...summaryRows('All years', `${years[0]} to ${years[years.length - 1]}`, entries, partners));
  const projects = new Set(entries.map((entry) => entry.request.id)).size;
  return assembleTable('budget', frame, {
    title: titleWithChoices(`Budget by financial year${chosenYear ? ` ${chosenYear}` : ''}`, [
      `${listInWords(stages.map((stage) => STAGE_LABELS[stage].toLowerCase()))} only`,
      `${projects} ${projects === 1 ? 'project' : 'projects'}`,
      partners.length > 0 && `shares for ${listInWords([...partners])}`,
    ]),
    columns: [{ label: 'Financial year', nowrap: true }, { label: 'Ref' }, { label: 'Project' }, { label: 'Capital', numeric: true }, { label: 'Revenue', numeric: true }],
    rows,
    itemsInWords: 'rows (each project in each year, then totals)',
    emptyText: 'No projects have a budget profiled for these choices.',
    note:
      'Capital and revenue are kept apart; revenue is the cost in that financial year (April to March). ' +
      (partners.length > 0 ? "A partner's share applies its percentage to each shared project; projects without shares are shown as not shared. " : '') +
      'Totals leave out closed, rejected and withdrawn projects.',
  });
}
