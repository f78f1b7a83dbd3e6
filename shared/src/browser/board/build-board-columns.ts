import type { RequestSummary } from '../../domain/requests/request-summary';
import { isNotYetEstimated } from '../../domain/requests/project-request';
import { STAGES, STAGE_LABELS, type Stage } from '../../domain/requests/stage';

/** One column of the board: a stage, its requests in the order given, and what they add up to. */
export interface BoardColumn<T extends RequestSummary = RequestSummary> {
  stage: Stage;
  label: string;
  requests: T[];
  count: number;
  totalCost: number;
  /** Requests in the column whose cost or effort is not known yet (left out of the totals). */
  notYetEstimated: number;
  totalIctDays: number;
}

/** The stages the board shows as columns by default: everything still live, in lifecycle order. */
export const BOARD_STAGES: readonly Stage[] = ['submitted', 'triage', 'ready_for_decision', 'deferred', 'approved', 'in_delivery'];

/**
 * Groups requests (already filtered and sorted) into stage columns, keeping their order, with
 * each column's count, total cost (capital plus a year's revenue) and ICT days.
 */
export function buildBoardColumns<T extends RequestSummary>(requests: readonly T[], stages: readonly Stage[] = STAGES): BoardColumn<T>[] {
  const columns = new Map<Stage, BoardColumn<T>>(
    stages.map((stage) => [stage, { stage, label: STAGE_LABELS[stage], requests: [], count: 0, totalCost: 0, totalIctDays: 0, notYetEstimated: 0 }]),
  );
  for (const request of requests) {
    const column = columns.get(request.stage);
    if (!column) continue;
    column.requests.push(request);
    column.count += 1;
    column.totalCost += (request.capitalCost ?? 0) + (request.revenueCost ?? 0);
    column.totalIctDays += request.ictEffortDays ?? 0;
    if (isNotYetEstimated(request)) column.notYetEstimated += 1;
  }
  return [...columns.values()];
}
