import { listRouteDeclarations, type OperationName, type RouteDeclaration } from '@entrance-hall/shared/domain/contract/api-contract';
import { fillPath, pathParamNames } from '@entrance-hall/shared/domain/contract/path-params';
import { writeQuery } from '@entrance-hall/shared/domain/contract/query-string';
import type { Role } from '@entrance-hall/shared/domain/identity/roles';

/** One Ashcombe demo user holding exactly each role. */
export const USER_FOR: Record<Role, string> = {
  Officer: 'priya.shah',
  ICT: 'tom.reed',
  SteeringChair: 'helen.morris',
  SteeringMember: 'david.okafor',
  ReportAuthor: 'sarah.lewis',
  Admin: 'mark.evans',
};

/** The demo request every sample target names (a test swaps it for the request it means). */
export const SAMPLE_REQUEST = 'EH-2026-0001';

/** A value for each path parameter, by the collection it names. */
function sampleParam(path: string, name: string): string {
  if (name === 'decisionId') return 'unknown';
  if (name === 'key') return 'action-plan';
  if (name === 'benefitId') return 'B1';
  if (path.startsWith('/api/v1/requests/')) return SAMPLE_REQUEST;
  if (path.startsWith('/api/v1/actions/')) return 'A1.1';
  return 'unknown';
}

/** A body for each route that takes one: enough to pass the route's own checks up to the command. */
const SAMPLE_BODIES = {
  updateAction: { status: 'off_track' },
  createRequest: { title: 'x' },
  updateRequest: { title: 'x' },
  moveRequestStage: { to: 'triage' },
  scoreRequest: {},
  recordDecision: { outcome: 'approve', reason: 'x' },
  rescindDecision: { reason: 'x' },
  amendDecision: { outcome: 'defer', reason: 'x' },
  createMeeting: { forum: 'x' },
  setMeetingCurrentItem: { requestId: SAMPLE_REQUEST },
  updateMeeting: { title: 'x' },
  recordBenefitActual: { amount: 1000 },
  replaceOrganisationSettings: { delegation: [] },
  recordBodyDecision: { outcome: 'approve' },
  createApplication: { name: 'x' },
  updateApplication: { supplier: 'x' },
  setEstateTarget: { targetCount: 1 },
  recordOverlapNote: { verdict: 'different', reason: 'x' },
  updateStrategyTarget: { current: 1, currentDate: '2026-11-01' },
} satisfies Partial<Record<OperationName, unknown>>;

/** Required query values (the audit trail names its record). */
const SAMPLE_QUERIES: Partial<Record<OperationName, Record<string, string>>> = {
  readAuditTrail: { entity: `request:${SAMPLE_REQUEST}` },
};

export interface RouteUnderTest {
  name: OperationName;
  method: string;
  path: string;
  body?: unknown;
  declaration: RouteDeclaration;
}

/**
 * Every /api/v1 route with a sample target, derived from the route table (the contract), so
 * authentication, isolation and the role × route matrix cover a new route the day it is declared.
 */
export const API_ROUTES_UNDER_TEST: readonly RouteUnderTest[] = listRouteDeclarations().map((declaration) => {
  const params = Object.fromEntries(pathParamNames(declaration.path).map((name) => [name, sampleParam(declaration.path, name)]));
  const body = (SAMPLE_BODIES as Partial<Record<OperationName, unknown>>)[declaration.name];
  if (declaration.body && body === undefined) throw new Error(`Give ${declaration.name} a sample body in api-routes-under-test.ts.`);
  return {
    name: declaration.name,
    method: declaration.method === 'del' ? 'DELETE' : declaration.method.toUpperCase(),
    path: fillPath(declaration.path, params) + writeQuery(SAMPLE_QUERIES[declaration.name]),
    ...(declaration.body ? { body } : {}),
    declaration,
  };
});
