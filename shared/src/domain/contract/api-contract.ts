import type { z } from 'zod';
import { actionFilterSchema, actionUpdateSchema } from '../actions/action';
import { auditQuerySchema } from '../requests/read-audit-trail';
import { amendDecisionSchema, recordDecisionSchema, rescindDecisionSchema } from '../decisions/decision';
import { decisionFilterSchema } from '../decisions/list-decisions';
import type { Permission } from '../identity/permissions';
import { createMeetingSchema, setCurrentItemSchema, updateMeetingSchema } from '../meetings/meeting';
import { moveStageSchema } from '../requests/stage-move';
import { createRequestSchema, updateRequestSchema } from '../requests/project-request';
import { requestListQuerySchema } from '../requests/request-list-query';
import { reportQuerySchema } from '../reports/report-choices';
import { riskFilterSchema } from '../risks/list-risks';
import { scoreInputSchema } from '../scoring/score-request';
import { recordActualSchema } from '../benefits/benefit';
import { benefitsQuerySchema } from '../benefits/list-benefits';
import {
  actionRecordSchema,
  auditEventSchema,
  benefitReviewRecordSchema,
  benefitsOverviewSchema,
  catalogueItemSchema,
  decisionSchema,
  directoryProfileSchema,
  listOf,
  pageOf,
  meetingFeedSchema,
  meetingRecordSchema,
  quarterDemandSchema,
  reportTableSchema,
  requestRecordSchema,
  requestSummarySchema,
  riskRecordSchema,
  signedInUserSchema,
  strategyRecordSchema,
  constitutionSettingsRecordSchema,
  forwardPlanEntrySchema,
  routedRequestRecordSchema,
} from './record-schemas';
import { constitutionSettingsSchema } from '../constitution/constitution-settings';
import { recordBodyDecisionSchema } from '../decisions/record-body-decision';
import { applicationFilterSchema, createApplicationSchema, updateApplicationSchema } from '../estate/application';
import { overlapNoteInputSchema } from '../estate/overlap-note';
import { estateTargetFieldsSchema } from '../estate/summarise-estate';
import { updateStrategyTargetSchema } from '../strategy/update-strategy-target';
import { applicationImportSchema, applicationRecordSchema, estateSummarySchema, estateTargetRecordSchema, overlapAnswerSchema, overlapNoteSchema } from './record-schemas';
import { z as zod } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'del';

/**
 * One route of the API, declared once. The server mounts it (shared/src/api/contract/implement-route.ts),
 * the browser client calls it by name (api-client.ts), the OpenAPI document describes it
 * (openapi-document.ts) and the contract test checks every answer against `output`.
 */
export interface RouteDeclaration {
  method: HttpMethod;
  /** restify's form: `/api/v1/requests/:id`. Path parameters are strings. */
  path: string;
  summary: string;
  /** Any one of these lets a caller use the route on any record it can see. */
  permission: Permission | readonly Permission[];
  /** Lets a caller use the route on their own records only (the command narrows it). */
  ownPermission?: Permission;
  /** The query string, after repeated and comma-separated values become lists (query-string.ts). */
  query?: z.ZodType;
  /** The JSON body; the command parses it with this schema (and names each bad field). */
  body?: z.ZodType;
  /** The body of a successful answer. */
  output: z.ZodType;
  /** The status of a successful answer (200 unless said). */
  status?: 200 | 201;
  /** An update: the caller sends the version it changes in If-Match (428 without, 412 when stale). */
  ifMatch?: boolean;
  /** A create that an Idempotency-Key header makes safe to retry. */
  idempotencyKey?: boolean;
  /** Raw bodies this route answers instead of JSON, by the `format` the query asks for, with their content types. */
  downloads?: Readonly<Record<string, string>>;
}

const declare = <const R extends RouteDeclaration>(route: R): R => route;

/** A write that answers the decision and the request it moved. */
const decisionOutcomeSchema = zod.object({ decision: decisionSchema, request: requestRecordSchema });

export const WORD_CONTENT_TYPES = {
  ooxml: 'application/xml; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The register as a spreadsheet (`format=csv`). */
export const CSV_CONTENT_TYPES = { csv: 'text/csv; charset=utf-8' } as const;

/**
 * Every route of the JSON API, by operation name. Adding a route here is the whole of declaring
 * it: the server refuses to start if one has no handler (see buildAllApiRoutes), and the role ×
 * route test, the contract test and the OpenAPI document pick it up.
 */
export const API_CONTRACT = {
  getMe: declare({ method: 'get', path: '/api/v1/me', summary: 'The signed-in user, organisation, roles and permissions', permission: 'me:read', output: signedInUserSchema }),
  getStrategy: declare({ method: 'get', path: '/api/v1/strategy', summary: 'The current strategy, its themes and corporate priorities', permission: 'strategy:read', output: strategyRecordSchema }),
  listActions: declare({
    method: 'get',
    path: '/api/v1/actions',
    summary: 'The action plan and audit actions, each with RAG in words',
    permission: 'actions:read',
    query: actionFilterSchema,
    output: listOf(actionRecordSchema),
  }),
  getAction: declare({ method: 'get', path: '/api/v1/actions/:id', summary: 'One action', permission: 'actions:read', output: actionRecordSchema }),
  updateAction: declare({
    method: 'patch',
    path: '/api/v1/actions/:id',
    summary: 'Record progress and status (a merge patch)',
    permission: 'actions:update',
    body: actionUpdateSchema,
    ifMatch: true,
    output: actionRecordSchema,
  }),
  listRequests: declare({
    method: 'get',
    path: '/api/v1/requests',
    summary: 'The portfolio as summaries, filtered and sorted, a page at a time (limit, continuation); officers see their own',
    permission: 'requests:read-all',
    ownPermission: 'requests:read',
    query: requestListQuerySchema,
    output: pageOf(requestSummarySchema),
  }),
  createRequest: declare({
    method: 'post',
    path: '/api/v1/requests',
    summary: 'Submit a request',
    permission: 'requests:create',
    body: createRequestSchema,
    idempotencyKey: true,
    status: 201,
    output: requestRecordSchema,
  }),
  getRequest: declare({
    method: 'get',
    path: '/api/v1/requests/:id',
    summary: 'One request, every field, and who decides it (decisionRoute)',
    permission: 'requests:read-all',
    ownPermission: 'requests:read',
    output: routedRequestRecordSchema,
  }),
  updateRequest: declare({
    method: 'patch',
    path: '/api/v1/requests/:id',
    summary: 'Complete or correct a request (a merge patch); plannedQuarter sequences it',
    permission: ['requests:update', 'requests:sequence'],
    ownPermission: 'requests:update-own',
    body: updateRequestSchema,
    ifMatch: true,
    output: requestRecordSchema,
  }),
  moveRequestStage: declare({
    method: 'post',
    path: '/api/v1/requests/:id/stage',
    summary: 'Move a request to another stage (allowed moves only)',
    permission: 'requests:stage',
    ownPermission: 'requests:withdraw-own',
    body: moveStageSchema,
    ifMatch: true,
    output: requestRecordSchema,
  }),
  scoreRequest: declare({
    method: 'put',
    path: '/api/v1/requests/:id/score',
    summary: 'Weighted scoring; an override needs a reason',
    permission: 'requests:score',
    body: scoreInputSchema,
    ifMatch: true,
    output: requestRecordSchema,
  }),
  listRequestDecisions: declare({
    method: 'get',
    path: '/api/v1/requests/:id/decisions',
    summary: 'The decisions on one request',
    permission: 'requests:read-all',
    ownPermission: 'requests:read',
    output: listOf(decisionSchema),
  }),
  recordDecision: declare({
    method: 'post',
    path: '/api/v1/requests/:id/decisions',
    summary: 'Approve, defer, reject or ask for more information',
    permission: 'decisions:record',
    body: recordDecisionSchema,
    ifMatch: true,
    status: 201,
    output: decisionOutcomeSchema,
  }),
  rescindDecision: declare({
    method: 'post',
    path: '/api/v1/requests/:id/decisions/:decisionId/rescind',
    summary: 'Take back the latest decision, with a reason',
    permission: 'decisions:record',
    body: rescindDecisionSchema,
    ifMatch: true,
    status: 201,
    output: decisionOutcomeSchema,
  }),
  amendDecision: declare({
    method: 'post',
    path: '/api/v1/requests/:id/decisions/:decisionId/amend',
    summary: 'Correct the latest decision with a new one naming it',
    permission: 'decisions:record',
    body: amendDecisionSchema,
    ifMatch: true,
    status: 201,
    output: decisionOutcomeSchema,
  }),
  listDecisions: declare({ method: 'get', path: '/api/v1/decisions', summary: 'The decisions log', permission: 'governance:read', query: decisionFilterSchema, output: listOf(decisionSchema) }),
  listRisks: declare({ method: 'get', path: '/api/v1/risks', summary: 'The risk register, most severe first', permission: 'governance:read', query: riskFilterSchema, output: listOf(riskRecordSchema) }),
  getCapacity: declare({
    method: 'get',
    path: '/api/v1/capacity',
    summary: 'ICT days and budget per quarter beside committed and proposed demand',
    permission: 'governance:read',
    output: zod.object({ quarters: zod.array(quarterDemandSchema) }),
  }),
  listMeetings: declare({ method: 'get', path: '/api/v1/meetings', summary: 'Steering group meetings', permission: 'governance:read', output: listOf(meetingRecordSchema) }),
  createMeeting: declare({ method: 'post', path: '/api/v1/meetings', summary: 'Arrange a meeting', permission: 'meetings:manage', body: createMeetingSchema, status: 201, output: meetingRecordSchema }),
  getMeeting: declare({ method: 'get', path: '/api/v1/meetings/:id', summary: 'One meeting', permission: 'governance:read', output: meetingRecordSchema }),
  getMeetingFeed: declare({
    method: 'get',
    path: '/api/v1/meetings/:id/feed',
    summary: 'What an open meeting tab shows, in one read',
    permission: 'governance:read',
    output: meetingFeedSchema,
  }),
  setMeetingCurrentItem: declare({
    method: 'put',
    path: '/api/v1/meetings/:id/current-item',
    summary: 'The chair moves the meeting to an agenda item',
    permission: 'decisions:record',
    body: setCurrentItemSchema,
    output: meetingRecordSchema,
  }),
  updateMeeting: declare({
    method: 'patch',
    path: '/api/v1/meetings/:id',
    summary: 'Change a meeting (a merge patch)',
    permission: 'meetings:manage',
    body: updateMeetingSchema,
    ifMatch: true,
    output: meetingRecordSchema,
  }),
  readAuditTrail: declare({
    method: 'get',
    path: '/api/v1/audit',
    summary: 'The append-only history of a record',
    permission: 'audit:read',
    ownPermission: 'requests:read',
    query: auditQuerySchema,
    output: listOf(auditEventSchema),
  }),
  listReportTables: declare({ method: 'get', path: '/api/v1/reports/tables', summary: 'The live tables for Word', permission: 'reports:read', output: listOf(catalogueItemSchema) }),
  getReportTable: declare({
    method: 'get',
    path: '/api/v1/reports/tables/:key',
    summary: 'One live table as JSON, or as Word OOXML (format=ooxml) or a .docx (format=docx)',
    permission: 'reports:read',
    query: reportQuerySchema,
    output: reportTableSchema,
    downloads: WORD_CONTENT_TYPES,
  }),
  getMyProfile: declare({
    method: 'get',
    path: '/api/v1/me/profile',
    summary: 'The signed-in person as the directory knows them',
    permission: 'me:read',
    output: directoryProfileSchema,
  }),
  listBenefits: declare({
    method: 'get',
    path: '/api/v1/benefits',
    summary: 'Benefits realisation: planned against realised for agreed and delivered projects (or one request), and the reviews owed',
    permission: 'governance:read',
    ownPermission: 'benefits:record-own',
    query: benefitsQuerySchema,
    output: benefitsOverviewSchema,
  }),
  recordBenefitActual: declare({
    method: 'post',
    path: '/api/v1/requests/:id/benefits/:benefitId/actuals',
    summary: 'Record the actual figures of a benefit at its post-implementation review (its owner, ICT or an administrator)',
    permission: 'benefits:record',
    ownPermission: 'benefits:record-own',
    body: recordActualSchema,
    status: 201,
    output: benefitReviewRecordSchema,
  }),
  // Decisions routed by the constitution (docs/governance.md).
  getOrganisationSettings: declare({
    method: 'get',
    path: '/api/v1/organisation/settings',
    summary: 'The constitution settings in force: scheme of delegation, key decisions, forward-plan notice, forums',
    permission: 'governance:read',
    output: constitutionSettingsRecordSchema,
  }),
  replaceOrganisationSettings: declare({
    method: 'put',
    path: '/api/v1/organisation/settings',
    summary: 'Replace the constitution settings (administrators)',
    permission: 'settings:manage',
    body: constitutionSettingsSchema,
    ifMatch: true,
    output: constitutionSettingsRecordSchema,
  }),
  listForwardPlan: declare({
    method: 'get',
    path: '/api/v1/forward-plan',
    summary: 'Forthcoming key decisions, soonest first',
    permission: 'governance:read',
    output: listOf(forwardPlanEntrySchema),
  }),
  recordBodyDecision: declare({
    method: 'post',
    path: '/api/v1/requests/:id/body-decision',
    summary: "A member body's decision on the steering group's recommendation, as its minutes record it",
    permission: 'decisions:record-body',
    body: recordBodyDecisionSchema,
    ifMatch: true,
    status: 201,
    output: decisionOutcomeSchema,
  }),
  // The application estate (docs/estate.md).
  listApplications: declare({
    method: 'get',
    path: '/api/v1/applications',
    summary: 'The application register by name, or a CSV download of it (format=csv)',
    permission: 'applications:read',
    query: applicationFilterSchema,
    output: listOf(applicationRecordSchema),
    downloads: CSV_CONTENT_TYPES,
  }),
  createApplication: declare({
    method: 'post',
    path: '/api/v1/applications',
    summary: 'Add an application to the register',
    permission: 'applications:manage',
    body: createApplicationSchema,
    status: 201,
    output: applicationRecordSchema,
  }),
  importApplications: declare({
    method: 'post',
    path: '/api/v1/applications/import',
    summary: 'Add applications from a CSV file (Content-Type: text/csv, UTF-8, at most 1 MB); all or nothing, refused lines named',
    permission: 'applications:manage',
    status: 201,
    output: applicationImportSchema,
  }),
  getApplication: declare({ method: 'get', path: '/api/v1/applications/:id', summary: 'One application', permission: 'applications:read', output: applicationRecordSchema }),
  updateApplication: declare({
    method: 'patch',
    path: '/api/v1/applications/:id',
    summary: 'Change an application (a merge patch; null clears)',
    permission: 'applications:manage',
    body: updateApplicationSchema,
    ifMatch: true,
    output: applicationRecordSchema,
  }),
  getEstateSummary: declare({
    method: 'get',
    path: '/api/v1/estate/summary',
    summary: 'The estate against its target: count, by capability and disposition, over time, contracts ending',
    permission: 'applications:read',
    output: estateSummarySchema,
  }),
  setEstateTarget: declare({
    method: 'put',
    path: '/api/v1/estate/target',
    summary: 'Set the rationalisation target (If-Match once one exists)',
    permission: 'applications:manage',
    body: estateTargetFieldsSchema,
    output: estateTargetRecordSchema,
  }),
  getEstateTarget: declare({
    method: 'get',
    path: '/api/v1/estate/target',
    summary: 'The rationalisation target with its version (ETag) to send back when changing it; 404 until one is set',
    permission: 'applications:read',
    output: estateTargetRecordSchema,
  }),
  // The strategy's measurable targets (docs/decisions.md: ICT measures, administrators define).
  updateStrategyTarget: declare({
    method: 'patch',
    path: '/api/v1/strategy/targets/:id',
    summary: 'Record a strategy target’s current figure and date (ICT, Admin) or change its definition (Admin); a merge patch, If-Match on the strategy',
    permission: 'strategy:measure',
    body: updateStrategyTargetSchema,
    ifMatch: true,
    output: strategyRecordSchema,
  }),
  listRequestOverlaps: declare({
    method: 'get',
    path: '/api/v1/requests/:id/overlaps',
    summary: 'Applications and open requests that look like this request, with any note on them',
    permission: 'requests:read-all',
    ownPermission: 'requests:read',
    output: overlapAnswerSchema,
  }),
  recordOverlapNote: declare({
    method: 'put',
    path: '/api/v1/requests/:id/overlaps/:targetId',
    summary: 'Say that the request replaces a suggested application or request, or why it is different',
    permission: 'requests:update',
    ownPermission: 'requests:update-own',
    body: overlapNoteInputSchema,
    output: overlapNoteSchema,
  }),
} as const satisfies Record<string, RouteDeclaration>;

export type ApiContract = typeof API_CONTRACT;
export type OperationName = keyof ApiContract;

/** Every declaration, in table order (the order of the role × route matrix in docs/decisions.md). */
export function listRouteDeclarations(): (RouteDeclaration & { name: OperationName })[] {
  return (Object.keys(API_CONTRACT) as OperationName[]).map((name) => ({ ...API_CONTRACT[name], name }));
}
