import { parseQuarterId, quarterOf, type FinancialQuarter } from '../actions/financial-year';
import { isNotYetEstimated, type ProjectRequest } from '../requests/project-request';
import { COMMITTED_STAGES, OPEN_STAGES } from '../requests/stage';
import type { QuarterCapacity } from './capacity';

/** One quarter's capacity beside the demand on it, and what no longer fits. */
export interface QuarterDemand {
  quarter: FinancialQuarter;
  capacity: { ictDays: number; budget: number };
  committed: { ictDays: number; budget: number; requestIds: string[] };
  proposed: { ictDays: number; budget: number; requestIds: string[] };
  /** Proposed requests, best score first, that do not fit after committed work and better-scored proposals. */
  doesNotFit: string[];
  /**
   * Requests in the quarter with a cost or ICT effort not yet known: only their known figures are
   * counted, so the demand shown is a floor, and the view says how many are missing.
   */
  notYetEstimated: string[];
  overCommitted: boolean;
}

/** The quarter a request's effort and cost fall in: where it was sequenced, else when it is needed. */
export function demandQuarterOf(request: ProjectRequest, startMonth = 4): FinancialQuarter {
  return (request.plannedQuarter && parseQuarterId(request.plannedQuarter, startMonth)) || quarterOf(request.neededBy, startMonth);
}

/** Capital plus revenue as far as they are known (a figure not known adds nothing). */
function knownCost(request: ProjectRequest): number {
  return (request.capitalCost ?? 0) + (request.revenueCost ?? 0);
}

/**
 * Fits demand into capacity quarter by quarter. Committed work (approved, in delivery) is taken
 * first; then proposals in score order, so the ones that no longer fit are the weakest cases.
 */
export function fitDemandToCapacity(
  capacities: readonly QuarterCapacity[],
  requests: readonly ProjectRequest[],
  startMonth = 4,
): QuarterDemand[] {
  const quarters = new Map<string, QuarterDemand>();
  const ensure = (quarter: FinancialQuarter) => {
    let entry = quarters.get(quarter.id);
    if (!entry) {
      entry = {
        quarter,
        capacity: { ictDays: 0, budget: 0 },
        committed: { ictDays: 0, budget: 0, requestIds: [] },
        proposed: { ictDays: 0, budget: 0, requestIds: [] },
        doesNotFit: [],
        notYetEstimated: [],
        overCommitted: false,
      };
      quarters.set(quarter.id, entry);
    }
    return entry;
  };
  for (const capacity of capacities) {
    const quarter = parseQuarterId(capacity.quarterId, startMonth);
    if (quarter) ensure(quarter).capacity = { ictDays: capacity.ictDays, budget: capacity.budget };
  }
  const committed = requests.filter((request) => COMMITTED_STAGES.includes(request.stage));
  const proposed = requests
    .filter((request) => OPEN_STAGES.includes(request.stage))
    .sort((a, b) => (b.score?.total ?? -1) - (a.score?.total ?? -1) || a.id.localeCompare(b.id));
  for (const request of committed) {
    const entry = ensure(demandQuarterOf(request, startMonth));
    entry.committed.ictDays += request.ictEffortDays ?? 0;
    entry.committed.budget += knownCost(request);
    entry.committed.requestIds.push(request.id);
    if (isNotYetEstimated(request)) entry.notYetEstimated.push(request.id);
  }
  for (const entry of quarters.values()) {
    entry.overCommitted = entry.committed.ictDays > entry.capacity.ictDays || entry.committed.budget > entry.capacity.budget;
  }
  for (const request of proposed) {
    const entry = ensure(demandQuarterOf(request, startMonth));
    const cost = knownCost(request);
    const days = request.ictEffortDays ?? 0;
    if (isNotYetEstimated(request)) entry.notYetEstimated.push(request.id);
    entry.proposed.ictDays += days;
    entry.proposed.budget += cost;
    entry.proposed.requestIds.push(request.id);
    const daysUsed = entry.committed.ictDays + entry.proposed.ictDays;
    const budgetUsed = entry.committed.budget + entry.proposed.budget;
    if (daysUsed > entry.capacity.ictDays || budgetUsed > entry.capacity.budget) {
      entry.doesNotFit.push(request.id);
      // What does not fit is not counted against the capacity left for later, smaller proposals.
      entry.proposed.ictDays -= days;
      entry.proposed.budget -= cost;
      entry.proposed.requestIds.pop();
    }
  }
  return [...quarters.values()].sort((a, b) => a.quarter.start.localeCompare(b.quarter.start));
}
