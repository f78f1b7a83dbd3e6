import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import type { RequestSummary } from '@entrance-hall/shared/domain/requests/request-summary';
import { STAGES } from '@entrance-hall/shared/domain/requests/stage';
import type { RiskLevel } from '@entrance-hall/shared/domain/risks/risk';

/** The board table's sortable columns. */
export const TABLE_COLUMNS = ['request', 'stage', 'serviceArea', 'score', 'cost', 'effort', 'neededBy', 'risk'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

const RISK_ORDER: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

/** Each column's value to order by; undefined is "not known yet" (not scored, not costed, no risks). */
const SORT_VALUES: Record<TableColumn, (request: RequestSummary, risk: RiskLevel | undefined) => string | number | undefined> = {
  request: (request) => request.id,
  stage: (request) => STAGES.indexOf(request.stage),
  serviceArea: (request) => request.serviceArea.toLocaleLowerCase('en-GB'),
  score: (request) => request.score?.total,
  cost: (request) => totalCost(request),
  effort: (request) => request.ictEffortDays,
  neededBy: (request) => request.neededBy,
  risk: (_request, risk) => (risk ? RISK_ORDER[risk] : undefined),
};

/**
 * The rows in a table column's order, either way. Requests whose value is not known yet (not
 * scored, not costed, no risks) come last whichever way, so "highest cost" never starts with
 * unknowns; the reference breaks ties, so the order is stable between refreshes.
 */
export function sortBoardTable<T extends RequestSummary>(requests: readonly T[], sort: TableSort, riskLevels: ReadonlyMap<string, RiskLevel>): T[] {
  const valueOf = SORT_VALUES[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = requests.map((request) => ({ request, value: valueOf(request, riskLevels.get(request.id)) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
    } else if (a.value !== b.value) {
      return sign * (a.value < b.value ? -1 : 1);
    }
    return a.request.id.localeCompare(b.request.id);
  });
  return keyed.map((entry) => entry.request);
}
