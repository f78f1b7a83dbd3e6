import type { ProjectRequest } from './project-request';

/**
 * The fields of a request that lists are read for: the board's cards, columns and table, its
 * filters and text search (`matchesRequestFilter`), the charts (strategy, value against effort,
 * capacity) and the meeting admin's agenda picker. Everything else (the business case's long
 * answers, benefits, budget profile, data protection notes…) is read with the one request,
 * `GET /api/v1/requests/:id`.
 */
export const REQUEST_SUMMARY_FIELDS = [
  'id',
  'organisationId',
  'requester',
  'stage',
  'stageChangedAt',
  'score',
  'plannedQuarter',
  'awaitingDecision',
  'latestDecisionId',
  'submittedAt',
  'updatedAt',
  'title',
  'serviceArea',
  'sponsor',
  'problem',
  'proposedOutcome',
  'themeIds',
  'corporatePriorityId',
  'statutoryDriver',
  'statutoryDeadline',
  'cashableSavings',
  'capitalCost',
  'revenueCost',
  'ictEffortDays',
  'neededBy',
  'partnerCouncils',
] as const satisfies readonly (keyof ProjectRequest)[];

export type RequestSummaryField = (typeof REQUEST_SUMMARY_FIELDS)[number];

/** A request as lists show it (see REQUEST_SUMMARY_FIELDS). */
export type RequestSummary = Pick<ProjectRequest, RequestSummaryField>;

/** The summary of a request: its list fields, absent ones left out. */
export function summariseRequest(request: RequestSummary): RequestSummary {
  const summary: Partial<Record<RequestSummaryField, unknown>> = {};
  for (const field of REQUEST_SUMMARY_FIELDS) {
    if (request[field] !== undefined) summary[field] = request[field];
  }
  return summary as RequestSummary;
}
