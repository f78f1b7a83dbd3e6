import type { QuarterDemand } from '../capacity/capacity-demand';

/**
 * Whether a request fits the capacity of its quarter, in words, from the shared quarter fitting:
 * "Fits in Q3 2026-27", "Does not fit in Q4 2026-27", "Committed in Q1 2027-28".
 */
export function describeCapacityFit(requestId: string, quarters: readonly QuarterDemand[]): string {
  for (const entry of quarters) {
    const label = entry.quarter.label;
    if (entry.doesNotFit.includes(requestId)) return `Does not fit in ${label}`;
    if (entry.proposed.requestIds.includes(requestId)) return `Fits in ${label}`;
    if (entry.committed.requestIds.includes(requestId)) return `Committed in ${label}`;
  }
  return 'Not in any quarter';
}
