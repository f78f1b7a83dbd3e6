import { z } from 'zod';
import { ACTION_PRIORITIES, ACTION_STATUSES, ASSURANCE_LEVELS, type Action } from '../actions/action';
import type { FinancialQuarter } from '../actions/financial-year';
import type { RagStatus } from '../actions/rag';
import { AUDITED_ENTITIES, type AuditEvent } from '../audit/audit-event';
import type { BenefitAssessment, YearOfSavings } from '../benefits/assess-benefit';
import type { Benefit, BenefitReview } from '../benefits/benefit';
import type { AssessedBenefit, BenefitsOverview, ReviewWithState } from '../benefits/build-benefits-overview';
import type { QuarterDemand } from '../capacity/capacity-demand';
import type { AppErrorCode } from '../errors/app-error';
import type { ProblemDetails } from './problem-details';
import { CORRECTION_KINDS, DECISION_OUTCOMES, type Decision } from '../decisions/decision';
import type { SignedInUser } from '../identity/describe-signed-in-user';
import type { Permission } from '../identity/permissions';
import { ROLES } from '../identity/roles';
import type { DirectoryProfile } from '../identity/user-directory';
import { MEETING_STATUSES, type Meeting } from '../meetings/meeting';
import type { CatalogueItem } from '../reports/report-catalogue';
import { REPORT_TABLE_KEYS, type ReportTable } from '../reports/report-table';
import type { ProjectRequest } from '../requests/project-request';
import { REQUEST_SUMMARY_FIELDS, type RequestSummary, type RequestSummaryField } from '../requests/request-summary';
import { STAGES } from '../requests/stage';
import type { Risk, RiskLevel } from '../risks/risk';
import { SCORING_CRITERIA, type ScoringCriterion } from '../scoring/scoring-criteria';
import type { RequestScore } from '../scoring/score-request';
import { STRATEGY_STATUSES, type Strategy } from '../strategy/strategy';
import { TARGET_UNITS, type StrategyTarget } from '../strategy/strategy-target';
import { DECISION_MAKER_KINDS, type StoredConstitutionSettings } from '../constitution/constitution-settings';
import type { DecisionRoute, RouteMeeting } from '../constitution/decision-route';
import { NOTICE_DAY_COUNTS } from '../constitution/forward-plan-dates';
import type { ForwardPlanEntry } from '../constitution/route-request';
import { CAPABILITY_IDS, DISPOSITION_IDS, HOSTING, SUPPORT_STATUSES, type Application, type Capability, type Disposition, type Hosting, type SupportStatus } from '../estate/application';
import type { ImportReport, OverlapAnswer, OverlapWithNote } from '../estate/estate-commands';
import type { OverlapNote } from '../estate/overlap-note';
import type { EstateSummary, EstateTarget, RationalisationStatus } from '../estate/summarise-estate';

/**
 * The shapes the API answers with, as zod schemas. Each is annotated with the domain type it
 * describes (`z.ZodType<T>`), so the compiler keeps the two equal: a field added to a record and
 * not to its schema (or the other way round) fails the type check. The schemas feed the OpenAPI
 * document, the typed browser client and the contract test; the server does not re-parse its own
 * answers in production.
 */

const text = z.string();
const isoDateTime = z.string().describe('ISO 8601 date and time');
const isoDate = z.string().describe('YYYY-MM-DD');
const stage = z.enum(STAGES);
const actor = z.object({ id: text, name: text });

/** Every record carries the version to send back in If-Match. */
const etag = { etag: text.describe('The version to send back in If-Match') };

/**
 * `z.ZodType<T>` accepts a schema that leaves out one of T's optional fields, and the parse would
 * then strip that field from every answer (and from the OpenAPI document). Wrapping an object
 * schema in `namingEvery<T>()` makes the type check name any field of T the schema forgets.
 */
function namingEvery<T>() {
  return <S extends z.ZodObject>(schema: S & ([Exclude<keyof T, keyof z.output<S>>] extends [never] ? unknown : { forgotten: Exclude<keyof T, keyof z.output<S>> })): S => schema;
}

const PERMISSIONS = [
  'me:read',
  'strategy:read',
  'actions:read',
  'actions:read-audit',
  'actions:update',
  'requests:create',
  'requests:read',
  'requests:read-all',
  'requests:update',
  'requests:update-own',
  'requests:sequence',
  'requests:score',
  'requests:stage',
  'requests:withdraw-own',
  'decisions:record',
  'governance:read',
  'meetings:manage',
  'audit:read',
  'reports:read',
  'benefits:record',
  'benefits:record-own',
  'settings:manage',
  'decisions:record-body',
  'applications:read',
  'applications:manage',
  'strategy:measure',
  'strategy:define',
] as const satisfies readonly Permission[];
// Every permission is listed: a new one missing here fails the type check.
const permission = z.enum(PERMISSIONS);
const allListed: Permission extends (typeof PERMISSIONS)[number] ? true : false = true;
void allListed;

export const signedInUserSchema: z.ZodType<SignedInUser> = namingEvery<SignedInUser>()(z.object({
  id: text,
  name: text,
  email: text.optional(),
  organisation: z.object({
    id: text,
    name: text.optional(),
    shortName: text.optional(),
    serviceAreas: z.array(text).optional(),
    partnerCouncils: z.array(text).optional(),
    forums: z.array(text).optional(),
  }),
  roles: z.array(z.object({ id: z.enum(ROLES), label: text })),
  permissions: z.array(permission),
}));

export const directoryProfileSchema: z.ZodType<DirectoryProfile> = namingEvery<DirectoryProfile>()(z.object({
  id: text,
  displayName: text,
  mail: text.optional(),
  department: text.optional(),
  jobTitle: text.optional(),
}));

/** A measurable target of the strategy, with its latest measurement (update-strategy-target.ts changes it). */
const strategyTargetSchema: z.ZodType<StrategyTarget> = namingEvery<StrategyTarget>()(z.object({
  id: text,
  themeId: text.optional(),
  measure: text,
  unit: z.enum(TARGET_UNITS),
  baseline: z.number(),
  baselineDate: isoDate,
  target: z.number(),
  targetDate: isoDate,
  current: z.number().optional(),
  currentDate: isoDate.optional(),
  owner: text.optional(),
}));

const strategyFields = namingEvery<Strategy>()(z.object({
  id: text,
  organisationId: text,
  title: text,
  periodStart: isoDate,
  periodEnd: isoDate,
  status: z.enum(STRATEGY_STATUSES),
  approvedBy: text.optional(),
  approvedOn: isoDate.optional(),
  corporatePriorities: z.array(z.object({ id: text, title: text })),
  themes: z.array(z.object({ id: text, title: text, description: text, corporatePriorityIds: z.array(text), objectives: z.array(text) })),
  targets: z.array(strategyTargetSchema).optional().describe('Measurable targets with baseline, target and the latest measurement'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}));
export const strategyRecordSchema: z.ZodType<Strategy & { etag: string }> = strategyFields.extend(etag);

const ragStatusSchema: z.ZodType<RagStatus> = namingEvery<RagStatus>()(z.object({
  status: z.enum(ACTION_STATUSES),
  rag: z.enum(['red', 'amber', 'green', 'blue', 'grey']),
  label: text.describe('The colour in words, e.g. "Amber – at risk"'),
  fill: text,
  text: text,
}));

const actionFields = namingEvery<Action>()(z.object({
  id: text,
  organisationId: text,
  reference: text,
  title: text,
  themeId: text,
  owner: text,
  dueDate: isoDate,
  revisedDueDate: isoDate.optional(),
  priority: z.enum(ACTION_PRIORITIES).optional(),
  financialYear: text,
  status: z.enum(ACTION_STATUSES),
  progressNote: text,
  progressUpdatedAt: isoDateTime.optional(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('strategy') }),
    z.object({ kind: z.literal('internal_audit'), auditTitle: text, assurance: z.enum(ASSURANCE_LEVELS) }),
  ]),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}));
export const actionRecordSchema: z.ZodType<Action & { etag: string; rag: RagStatus }> = actionFields.extend({ ...etag, rag: ragStatusSchema });

const criterion: z.ZodType<ScoringCriterion> = z.enum(SCORING_CRITERIA);
const requestScoreSchema: z.ZodType<RequestScore> = namingEvery<RequestScore>()(z.object({
  ratings: z.object(Object.fromEntries(SCORING_CRITERIA.map((name) => [name, z.number()])) as Record<ScoringCriterion, z.ZodNumber>),
  parts: z.array(z.object({ criterion, label: text, rating: z.number(), weight: z.number(), points: z.number() })),
  calculated: z.number(),
  override: z.object({ total: z.number(), reason: text }).optional(),
  total: z.number().describe('What ranking uses: the override if there is one, else the calculated total'),
  rationale: text.optional(),
  scoredBy: actor,
  scoredAt: isoDateTime,
}));

/** A business-case benefit as stored on its request (the domain's `Benefit`, see docs/benefits.md). */
const benefitCommonFields = { description: text, owner: actor, reviewDate: isoDate };
const cashableBenefitFields = z.object({ kind: z.literal('cashable'), ...benefitCommonFields, amountPerYear: z.number().describe('Whole pounds a year'), fromYear: text.describe('Financial year, e.g. 2026/27') });
const measureBenefitFields = z.object({ kind: z.literal('measure'), ...benefitCommonFields, unit: text, baseline: z.number(), target: z.number() });
export const benefitRecordSchema: z.ZodType<Benefit> = z.discriminatedUnion('kind', [cashableBenefitFields, measureBenefitFields]);

const requestFields = namingEvery<ProjectRequest>()(z.object({
  id: text.describe('The reference, e.g. EH-2026-0042'),
  organisationId: text,
  requester: z.object({ id: text, name: text, email: text.optional(), department: text.optional(), jobTitle: text.optional() }),
  stage,
  stageChangedAt: isoDateTime,
  score: requestScoreSchema.optional(),
  plannedQuarter: text.optional(),
  latestDecisionId: text.optional(),
  wardsAffected: z.number().int().optional(),
  forwardPlanNoticeOn: isoDate.optional(),
  awaitingDecision: z.object({ body: text, recommendationId: text, recommendedAt: isoDateTime }).optional(),
  submittedAt: isoDateTime,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  title: text,
  serviceArea: text,
  sponsor: text,
  problem: text,
  proposedOutcome: text,
  whoIsAffected: text.optional(),
  themeIds: z.array(text),
  corporatePriorityId: text.optional(),
  statutoryDriver: text.optional(),
  statutoryDeadline: isoDate.optional(),
  cashableSavings: z.number().optional(),
  nonCashableBenefits: text.optional(),
  capitalCost: z.number().optional(),
  revenueCost: z.number().optional(),
  ictEffortDays: z.number().optional(),
  neededBy: isoDate,
  systemsTouched: z.array(text),
  systemsReplaced: z.array(text),
  personalData: z.boolean(),
  dataProtectionNotes: text.optional(),
  keyRisks: text.optional(),
  dependencies: z.array(text),
  partnerCouncils: z.array(text),
  benefits: z.record(text, benefitRecordSchema).optional().describe('The business case\'s benefits by id'),
  budgetProfile: z.array(z.object({ year: text.describe('Financial year, e.g. 2026/27'), capital: z.number(), revenue: z.number() })).optional().describe('Capital and revenue by financial year, whole pounds'),
  partnerShares: z.array(z.object({ council: text, percent: z.number() })).optional().describe('Each partner council\'s share of the costs, in per cent; they total 100'),
}));
export const requestRecordSchema: z.ZodType<ProjectRequest & { etag: string }> = requestFields.extend(etag);

/** A request as lists answer it: the fields the board, its filters, the charts and meeting admin read (request-summary.ts). */
export const requestSummarySchema: z.ZodType<RequestSummary & { etag: string }> = requestFields
  .pick(Object.fromEntries(REQUEST_SUMMARY_FIELDS.map((field) => [field, true])) as { [K in RequestSummaryField]: true })
  .extend(etag);

export const decisionSchema: z.ZodType<Decision> = namingEvery<Decision>()(z.object({
  id: text,
  organisationId: text,
  requestId: text,
  requestTitle: text,
  outcome: z.enum(DECISION_OUTCOMES),
  reason: text,
  conditions: text.optional(),
  meetingId: text.optional(),
  recordedBy: actor,
  recordedAt: isoDateTime,
  fromStage: stage,
  toStage: stage,
  corrects: z.object({ kind: z.enum(CORRECTION_KINDS), decisionId: text, previousOutcome: z.enum(DECISION_OUTCOMES) }).optional(),
  recommendedTo: text.optional(),
  madeBy: z.object({ body: text, meetingDate: isoDate, minuteReference: text }).optional(),
}));

const riskLevel: z.ZodType<RiskLevel> = z.enum(['low', 'medium', 'high']);
const riskFields = namingEvery<Risk>()(z.object({
  id: text,
  organisationId: text,
  reference: text.optional(),
  title: text,
  description: text.optional(),
  likelihood: z.number(),
  impact: z.number(),
  owner: text,
  mitigation: text,
  target: z.object({ likelihood: z.number(), impact: z.number() }).optional(),
  requestId: text.optional(),
  themeId: text.optional(),
  status: z.enum(['open', 'closed']),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}));
export const riskRecordSchema: z.ZodType<Risk & { etag: string; score: number; level: RiskLevel }> = riskFields.extend({ ...etag, score: z.number(), level: riskLevel });

const meetingFields = namingEvery<Meeting>()(z.object({
  id: text,
  organisationId: text,
  forum: text,
  title: text,
  startsAt: isoDateTime,
  status: z.enum(MEETING_STATUSES),
  agenda: z.array(text).describe('Request references, in agenda order'),
  attendees: z.array(text),
  apologies: z.array(text).optional(),
  currentItem: text.optional(),
  notes: text.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}));
export const meetingRecordSchema: z.ZodType<Meeting & { etag: string }> = meetingFields.extend(etag);

export const meetingFeedSchema = z.object({ meeting: meetingRecordSchema, decisions: z.array(decisionSchema), requests: z.array(requestRecordSchema) });

export const auditEventSchema: z.ZodType<AuditEvent> = namingEvery<AuditEvent>()(z.object({
  id: text,
  organisationId: text,
  entity: z.enum(AUDITED_ENTITIES),
  entityId: text,
  kind: z.enum(['created', 'updated', 'stage_changed', 'scored', 'decision_recorded', 'decision_amended', 'decision_rescinded', 'benefit_actual_recorded']),
  actor,
  at: isoDateTime,
  summary: text,
  changes: z.array(z.object({ field: text, from: z.unknown(), to: z.unknown() })),
}));

const financialQuarterSchema: z.ZodType<FinancialQuarter> = namingEvery<FinancialQuarter>()(z.object({
  id: text,
  financialYear: text,
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  start: isoDate,
  end: isoDate,
  label: text,
}));
const demand = z.object({ ictDays: z.number(), budget: z.number(), requestIds: z.array(text) });
export const quarterDemandSchema: z.ZodType<QuarterDemand> = namingEvery<QuarterDemand>()(z.object({
  quarter: financialQuarterSchema,
  capacity: z.object({ ictDays: z.number(), budget: z.number() }),
  committed: demand,
  proposed: demand,
  doesNotFit: z.array(text),
  notYetEstimated: z.array(text),
  overCommitted: z.boolean(),
}));

const reportTableKey = z.enum(REPORT_TABLE_KEYS);
const choiceName = z.enum(['year', 'theme', 'stage', 'from', 'to', 'meeting', 'status', 'top', 'landscape']);
export const catalogueItemSchema: z.ZodType<CatalogueItem> = namingEvery<CatalogueItem>()(z.object({
  key: reportTableKey,
  title: text,
  description: text,
  choices: z.array(
    z.object({
      name: choiceName,
      label: text,
      kind: z.enum(['select', 'multiselect', 'date', 'number', 'boolean']),
      options: z.array(z.object({ value: text, label: text, date: text.optional() })).optional(),
      default: z.union([text, z.array(text), z.number()]).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
    }),
  ),
}));

const reportCell = z.object({ text, fill: text.optional(), color: text.optional(), bold: z.boolean().optional() });
export const reportTableSchema: z.ZodType<ReportTable & { tag: string }> = namingEvery<ReportTable>()(z.object({
  key: reportTableKey,
  title: text,
  choices: z.object({
    year: text.optional(),
    theme: text.optional(),
    stage: z.array(stage).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    meeting: text.optional(),
    status: z.array(z.enum(ACTION_STATUSES)).optional(),
    top: z.number().optional(),
    landscape: z.boolean().optional(),
  }),
  organisation: z.object({ id: text, name: text }),
  dataAsAt: isoDateTime,
  caption: text,
  description: text,
  columns: z.array(z.object({ label: text, numeric: z.boolean().optional(), nowrap: z.boolean().optional() })),
  rows: z.array(z.array(reportCell)),
  identityColumns: z.array(z.number()),
  statusColumn: z.number().optional(),
  legend: z.array(z.object({ label: text, fill: text.optional(), color: text.optional(), definition: text.optional() })).optional(),
  emptyText: text,
  landscape: z.boolean().optional(),
  tag: text.describe('The content-control tag the add-in gives the table'),
}));

// Decisions routed by the constitution (shared/src/domain/constitution).
const decisionMakerKind = z.enum(DECISION_MAKER_KINDS);
const constitutionSettingsFields = z.object({
  delegation: z.array(z.object({ decisionMaker: text, kind: decisionMakerKind, upTo: z.number().optional() })),
  wholeLifeYears: z.number(),
  keyDecision: z.object({ moneyThreshold: z.number(), wardsThreshold: z.number() }),
  forwardPlan: z.object({ noticeClearDays: z.number(), count: z.enum(NOTICE_DAY_COUNTS) }),
  forums: z.array(z.object({ name: text, meetingDates: z.array(isoDate) })),
  id: z.literal('constitution'),
  organisationId: text,
  updatedAt: isoDateTime,
  updatedBy: actor.optional(),
});
export const constitutionSettingsRecordSchema: z.ZodType<StoredConstitutionSettings & { etag: string }> = constitutionSettingsFields.extend(etag);

const routeMeetingSchema: z.ZodType<RouteMeeting> = namingEvery<RouteMeeting>()(z.object({ date: isoDate, noticeBy: isoDate.optional(), noticeInTime: z.boolean() }));
export const decisionRouteSchema: z.ZodType<DecisionRoute> = namingEvery<DecisionRoute>()(z.object({
  wholeLifeCost: z.number().optional(),
  decisionMaker: z.object({ name: text, kind: decisionMakerKind, upTo: z.number().optional() }).optional(),
  steeringGroupRole: z.enum(['decides', 'recommends', 'not_involved', 'not_known']),
  steeringGroup: text,
  keyDecision: z.object({ status: z.enum(['key', 'not_key', 'not_known']), reasons: z.array(text) }),
  forwardPlan: z
    .object({ noticeClearDays: z.number(), count: z.enum(NOTICE_DAY_COUNTS), noticePublishedOn: isoDate.optional(), earliestDecisionDate: isoDate })
    .optional(),
  meetings: z.array(routeMeetingSchema),
  targetMeeting: routeMeetingSchema.optional(),
  awaitingDecision: z.object({ body: text, recommendationId: text, recommendedAt: isoDateTime }).optional(),
  decided: z
    .object({ outcome: z.enum(['approve', 'reject', 'withdrawn']), by: text.optional(), on: isoDate.optional(), minuteReference: text.optional() })
    .describe('Once decided or withdrawn: who decided and when (absent parts: not on record)')
    .optional(),
  summary: text.describe('The route in a sentence, for the officer'),
}));
/** One request with who decides it: `GET /api/v1/requests/:id`. */
export const routedRequestRecordSchema: z.ZodType<ProjectRequest & { etag: string; decisionRoute: DecisionRoute }> = requestFields.extend({ ...etag, decisionRoute: decisionRouteSchema });

export const forwardPlanEntrySchema: z.ZodType<ForwardPlanEntry> = namingEvery<ForwardPlanEntry>()(z.object({
  requestId: text,
  subject: text,
  decisionMaker: text,
  decisionDate: isoDate,
  noticeBy: isoDate.optional(),
  noticePublishedOn: isoDate.optional(),
  reasons: z.array(text),
}));

/** A list answer: the items and how many there are. */
export function listOf<T>(item: z.ZodType<T>) {
  return z.object({ items: z.array(item), count: z.number().int() });
}

/** One page of a paged list: `count` is the items on this page; `continuation`, when present, asks for the next. */
export function pageOf<T>(item: z.ZodType<T>) {
  return z.object({
    items: z.array(item),
    count: z.number().int(),
    continuation: z.string().optional().describe('Send back as ?continuation= (with the same filters) for the next page; absent on the last page'),
  });
}

const APP_ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'rule_violation',
  'idempotency_conflict',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'storage_unavailable',
  'record_unreadable',
  'internal',
] as const satisfies readonly AppErrorCode[];
const everyCodeListed: AppErrorCode extends (typeof APP_ERROR_CODES)[number] ? true : false = true;
void everyCodeListed;

/** Every error: an RFC 9457 problem document with a stable `code` and, for bad input, each field's problem. */
export const problemSchema: z.ZodType<ProblemDetails> = namingEvery<ProblemDetails>()(z.object({
  type: text,
  title: text,
  status: z.number().int(),
  detail: text,
  code: z.enum(APP_ERROR_CODES),
  errors: z.array(z.object({ field: text, message: text })).optional(),
  current: z.unknown().optional().describe('For 412: the newer version of the record someone else saved first'),
}));

// Benefits realisation (docs/benefits.md): post-implementation reviews and planned against realised.
const benefitActualSchema = z.object({
  amount: z.number().optional().describe('Cashable: the saving realised in financialYear, whole pounds'),
  financialYear: text.optional(),
  value: z.number().optional().describe('Measure: the value measured, in the benefit\'s unit'),
  comment: text.optional(),
  recordedBy: actor,
  recordedAt: isoDateTime,
});
const benefitReviewFields = z.object({
  id: text.describe('<benefitId>.<review>, e.g. B1.m6'),
  organisationId: text,
  requestId: text,
  requestTitle: text,
  benefitId: text,
  benefitDescription: text,
  owner: actor,
  label: text,
  dueOn: isoDate,
  actual: benefitActualSchema.optional(),
  reminderQueuedAt: isoDateTime.optional(),
  overdueFlaggedAt: isoDateTime.optional().describe('When ICT was told, by the bot, that the review is overdue'),
});
export const benefitReviewRecordSchema: z.ZodType<BenefitReview & { etag: string }> = benefitReviewFields.extend(etag);
const reviewWithStateSchema: z.ZodType<ReviewWithState> = benefitReviewFields.extend({
  state: z.enum(['recorded', 'not_due', 'due', 'overdue']),
  stateLabel: text,
});
const yearOfSavingsSchema: z.ZodType<YearOfSavings> = namingEvery<YearOfSavings>()(z.object({
  financialYear: text,
  planned: z.number(),
  realised: z.number().optional().describe('Absent when no figure is recorded for the year (not yet known, never 0)'),
  known: z.number(),
  expected: z.number(),
}));
const benefitAssessmentSchema: z.ZodType<BenefitAssessment> = namingEvery<BenefitAssessment>()(z.object({
  rag: z.enum(['green', 'amber', 'red', 'not_known']),
  summary: text.describe('The RAG and what it means, in words'),
  years: z.array(yearOfSavingsSchema).optional(),
  plannedToDate: z.number().optional(),
  realisedToDate: z.number().optional(),
  latestValue: z.number().optional(),
  progress: z.number().optional(),
}));
const assessedFields = { id: text, assessment: benefitAssessmentSchema, reviews: z.array(reviewWithStateSchema) };
const assessedBenefitSchema: z.ZodType<AssessedBenefit> = z.discriminatedUnion('kind', [cashableBenefitFields.extend(assessedFields), measureBenefitFields.extend(assessedFields)]);
export const benefitsOverviewSchema: z.ZodType<BenefitsOverview> = namingEvery<BenefitsOverview>()(z.object({
  asOf: isoDate,
  untilYear: text,
  savingsByYear: z.array(yearOfSavingsSchema),
  requests: z.array(z.object({ requestId: text, title: text, stage, serviceArea: text, benefits: z.array(assessedBenefitSchema) })),
  reviewsOwed: z.array(reviewWithStateSchema),
  counts: z.object({ benefits: z.number().int(), due: z.number().int(), overdue: z.number().int(), recorded: z.number().int() }),
}));

// The application estate (docs/estate.md).

const capability: z.ZodType<Capability> = z.enum(CAPABILITY_IDS as [Capability, ...Capability[]]);
const disposition: z.ZodType<Disposition> = z.enum(DISPOSITION_IDS as [Disposition, ...Disposition[]]);
const byDisposition = z.object(Object.fromEntries(DISPOSITION_IDS.map((id) => [id, z.number().int()])) as Record<Disposition, z.ZodNumber>);

export const applicationRecordSchema: z.ZodType<Application & { etag: string }> = namingEvery<Application>()(z.object({
  id: text,
  organisationId: text,
  name: text,
  supplier: text,
  serviceAreas: z.array(text),
  capability,
  hosting: z.enum(Object.keys(HOSTING) as [Hosting, ...Hosting[]]),
  supportStatus: z.enum(Object.keys(SUPPORT_STATUSES) as [SupportStatus, ...SupportStatus[]]),
  contractEnd: isoDate.optional(),
  annualCost: z.number().optional().describe('Pounds a year; absent when not known (never 0 for unknown)'),
  users: z.number().int().optional(),
  personalData: z.boolean(),
  businessOwner: text,
  disposition,
  dispositionTargetDate: isoDate.optional(),
  retiredOn: isoDate.optional().describe('The day it was switched off; it leaves the count the day after'),
  notes: text.optional(),
  addedOn: isoDate,
  importedIn: text.optional().describe('The CSV import that added it, when it came from one'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  ...etag,
}));

export const applicationImportSchema: z.ZodType<ImportReport> = namingEvery<ImportReport>()(z.object({
  imported: z.number().int(),
  items: z.array(z.object({ row: z.number().int().describe('The line in the file'), id: text, name: text })),
}));

const estateTargetFields = { baselineCount: z.number().int(), baselineDate: isoDate, targetCount: z.number().int(), targetDate: isoDate, source: text };

export const estateTargetRecordSchema: z.ZodType<EstateTarget & { etag: string }> = namingEvery<EstateTarget>()(z.object({ id: text, organisationId: text, updatedAt: isoDateTime, ...estateTargetFields, ...etag }));

const rationalisationStatus: z.ZodType<RationalisationStatus> = z.enum(['ahead', 'on_track', 'behind', 'no_target']);

export const estateSummarySchema: z.ZodType<EstateSummary> = namingEvery<EstateSummary>()(z.object({
  asAt: isoDate,
  current: z.number().int(),
  retired: z.number().int(),
  target: z.object(estateTargetFields).optional(),
  expectedNow: z.number().int().optional(),
  status: rationalisationStatus,
  byCapability: z.array(z.object({ capability, label: text, total: z.number().int(), byDisposition })),
  byDisposition,
  series: z.array(z.object({ date: isoDate, count: z.number().int() })),
  annualCost: z.object({ known: z.number(), notKnown: z.number().int() }),
  contractsEnding: z.array(
    z.object({
      applicationId: text,
      name: text,
      supplier: text,
      capability,
      contractEnd: isoDate,
      annualCost: z.number().optional(),
      disposition,
      coveredBy: z.array(z.object({ id: text, title: text, stage })),
    }),
  ),
}));

const overlapVerdict = z.enum(['replaces', 'different']);

const overlapWithNoteSchema: z.ZodType<OverlapWithNote> = namingEvery<OverlapWithNote>()(z.object({
  kind: z.enum(['application', 'request']),
  id: text,
  name: text,
  relevance: z.number().describe('0-100 against the best candidate found'),
  reasons: z.array(text),
  capability: capability.optional(),
  stage: stage.optional(),
  note: z.object({ verdict: overlapVerdict, reason: text.optional(), by: actor, at: isoDateTime }).optional(),
}));

export const overlapAnswerSchema: z.ZodType<OverlapAnswer> = namingEvery<OverlapAnswer>()(z.object({
  capability: capability.optional(),
  applications: z.array(overlapWithNoteSchema),
  requests: z.array(overlapWithNoteSchema),
}));

export const overlapNoteSchema: z.ZodType<OverlapNote> = namingEvery<OverlapNote>()(z.object({
  id: text,
  organisationId: text,
  requestId: text,
  target: z.object({ kind: z.enum(['application', 'request']), id: text, name: text }),
  verdict: overlapVerdict,
  reason: text.optional(),
  by: actor,
  at: isoDateTime,
}));
