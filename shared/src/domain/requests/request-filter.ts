import { z } from 'zod';
import { totalCost } from './project-request';
import type { RequestSummary } from './request-summary';
import { stageSchema } from './stage';

const SORTS = ['score', 'neededBy', 'cost', 'submittedAt', 'updatedAt'] as const;

/** Filters offered wherever requests are listed (board, API, report tables). */
export const requestFilterSchema = z
  .object({
    stage: z.union([stageSchema, z.array(stageSchema)]).optional(),
    theme: z.string().max(64).optional(),
    serviceArea: z.string().max(200).optional(),
    partner: z.string().max(200).optional(),
    requester: z.string().max(64).optional(),
    text: z.string().max(200, { error: 'Search text must be 200 characters or fewer.' }).optional(),
    sort: z.enum(SORTS, { error: `Sort must be one of: ${SORTS.join(', ')}.` }).optional(),
  })
  .strict();
export type RequestFilter = z.infer<typeof requestFilterSchema>;

/** Filters and sorts read only a request's summary fields, so lists of summaries filter as the server does. */
export function matchesRequestFilter(request: RequestSummary, filter: RequestFilter): boolean {
  const stages = filter.stage === undefined ? undefined : Array.isArray(filter.stage) ? filter.stage : [filter.stage];
  if (stages && !stages.includes(request.stage)) return false;
  if (filter.theme !== undefined && !request.themeIds.includes(filter.theme)) return false;
  if (filter.serviceArea !== undefined && request.serviceArea !== filter.serviceArea) return false;
  if (filter.partner !== undefined && !request.partnerCouncils.includes(filter.partner)) return false;
  if (filter.requester !== undefined && request.requester.id !== filter.requester) return false;
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const needle = filter.text.trim().toLocaleLowerCase('en-GB');
    const haystack = [request.id, request.title, request.problem, request.proposedOutcome, request.serviceArea, request.sponsor, request.requester.name]
      .join('\n')
      .toLocaleLowerCase('en-GB');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

type RequestSort = NonNullable<RequestFilter['sort']>;

const COMPARATORS: Record<RequestSort, (a: RequestSummary, b: RequestSummary) => number> = {
  score: (a, b) => (b.score?.total ?? -1) - (a.score?.total ?? -1),
  // Not yet costed sorts after every costed request.
  cost: (a, b) => (totalCost(b) ?? -1) - (totalCost(a) ?? -1),
  neededBy: (a, b) => a.neededBy.localeCompare(b.neededBy),
  submittedAt: (a, b) => b.submittedAt.localeCompare(a.submittedAt),
  updatedAt: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

/** Orders requests: score and cost highest first, needed-by soonest first, newest submitted first; the reference breaks ties. */
export function compareRequests(sort: RequestSort = 'submittedAt'): (a: RequestSummary, b: RequestSummary) => number {
  return (a, b) => COMPARATORS[sort](a, b) || a.id.localeCompare(b.id);
}

export function sortRequests<T extends RequestSummary>(requests: readonly T[], sort?: RequestSort): T[] {
  return [...requests].sort(compareRequests(sort));
}

export function filterRequests<T extends RequestSummary>(requests: readonly T[], filter: RequestFilter): T[] {
  return sortRequests(
    requests.filter((request) => matchesRequestFilter(request, filter)),
    filter.sort,
  );
}
