import { z } from 'zod';
import { LIMITS, isoDate, money, optionalText, requiredText, textList, wholeNumber } from '../validation/fields';
import { mergePatchSchema } from '../validation/merge-patch';
import { budgetProfileSchema, partnerSharesSchema, type BudgetYear, type PartnerShare } from './budget-profile';
import type { RequestScore } from '../scoring/score-request';
import type { Stage } from './stage';
import { benefitsPatchSchema, businessCaseBenefitsSchema, type BusinessCaseBenefits } from '../benefits/benefit';
import type { AwaitingDecision } from '../constitution/decision-route';

/** Who asked: the Teams / Entra user. */
export interface Person {
  id: string;
  name: string;
  email?: string;
  department?: string;
  jobTitle?: string;
}

export const personSchema = z.object({
  id: requiredText('Person id', 64),
  name: requiredText('Name'),
  email: optionalText('Email'),
  department: optionalText('Department'),
  jobTitle: optionalText('Job title'),
});

/**
 * Everything an officer tells Entrance Hall about a proposed project. These are the intake
 * fields: the bot's steps, the API's create and update bodies and the tab's detail panel all use
 * this one schema.
 */
export const requestFieldsSchema = z.object({
  title: requiredText('Title', 120),
  serviceArea: requiredText('Service area'),
  sponsor: requiredText('Sponsor'),
  problem: requiredText('The problem', LIMITS.longText),
  proposedOutcome: requiredText('Proposed outcome', LIMITS.longText),
  whoIsAffected: optionalText('Who is affected', LIMITS.longText),
  themeIds: z
    .array(z.string().max(64), { error: 'Themes must be a list.' })
    .min(1, { error: 'Choose at least one strategy theme.' })
    .max(10, { error: 'Choose at most 10 themes.' }),
  corporatePriorityId: optionalText('Corporate priority', 64),
  statutoryDriver: optionalText('Statutory or regulatory driver', 1000),
  statutoryDeadline: isoDate('Statutory deadline').optional(),
  // Figures an officer does not know yet are absent, never 0: a blank cost must not read as free.
  cashableSavings: money('Cashable savings').optional(),
  nonCashableBenefits: optionalText('Non-cashable benefits', LIMITS.longText),
  capitalCost: money('Capital cost').optional(),
  revenueCost: money('Annual revenue cost').optional(),
  ictEffortDays: wholeNumber('ICT effort (days)', 0, 10_000).optional(),
  neededBy: isoDate('Needed by'),
  systemsTouched: textList('Systems it touches').default([]),
  systemsReplaced: textList('Systems it replaces').default([]),
  personalData: z.boolean({ error: 'Personal data must be true or false.' }).default(false),
  dataProtectionNotes: optionalText('Data protection notes', LIMITS.longText),
  keyRisks: optionalText('Key risks', LIMITS.longText),
  dependencies: textList('Dependencies').default([]),
  partnerCouncils: textList('Partner councils', 20).default([]),
});
export type RequestFields = z.infer<typeof requestFieldsSchema>;
export type RequestFieldName = keyof RequestFields;

/** Creating a request: the intake fields, checked whole. */
export const createRequestSchema = requestFieldsSchema.extend({ benefits: businessCaseBenefitsSchema.optional() }).strict();
export type CreateRequestInput = z.input<typeof createRequestSchema>;

/** The quarter the steering group sequenced a request into, e.g. "2026-27-Q2". */
export const plannedQuarterSchema = z.string({ error: 'Planned quarter must look like 2026-27-Q1.' }).regex(/^\d{4}-\d{2}-Q[1-4]$/, { error: 'Planned quarter must look like 2026-27-Q1.' });

/**
 * Updating a request: a merge patch of the intake fields and the planned quarter, each checked as
 * at intake. Fields not sent keep their values; `null` clears an optional one.
 */
export const updateRequestSchema = mergePatchSchema(
  requestFieldsSchema.extend({
    plannedQuarter: plannedQuarterSchema.optional(),
    // Not asked at intake: ICT profiles the money by year and shares it out once the project is shaped.
    budgetProfile: budgetProfileSchema.optional(),
    partnerShares: partnerSharesSchema.optional(),
    benefits: benefitsPatchSchema.optional(),
    // ICT's assessment for the decision route (see constitution/): not asked at intake.
    wardsAffected: wholeNumber('Wards significantly affected', 0, 200).optional(),
    forwardPlanNoticeOn: isoDate('Forward plan notice published').optional(),
  }),
);
export type UpdateRequestInput = z.infer<typeof updateRequestSchema>;

/** A project request as stored: the intake fields plus what Entrance Hall tracks. */
export interface ProjectRequest extends RequestFields {
  /** The reference, e.g. EH-2026-0042; also the record's id. */
  id: string;
  organisationId: string;
  requester: Person;
  stage: Stage;
  stageChangedAt: string;
  score?: RequestScore;
  /** The quarter the steering group sequenced it into, e.g. "2026-27-Q2". */
  plannedQuarter?: string;
  /** Capital and revenue by financial year, when the project's money has been profiled (absent: not profiled). */
  budgetProfile?: BudgetYear[];
  /** Each partner council's share of a shared project's costs, adding up to 100% (absent: not shared out). */
  partnerShares?: PartnerShare[];
  /** The business case's benefits by id (shared/src/benefits), checked after delivery; absent when none. */
  benefits?: BusinessCaseBenefits;
  /** Wards the request significantly affects, as ICT judged at triage (a key-decision test). */
  wardsAffected?: number;
  /** The day its key-decision notice was published on the forward plan. */
  forwardPlanNoticeOn?: string;
  /** Set while a member body (Cabinet, a committee) decides on the steering group's recommendation. */
  awaitingDecision?: AwaitingDecision;
  /** The latest decision's id, if any. */
  latestDecisionId?: string;
  submittedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** Fields that may not change once a decision has been taken on them. */
export const FROZEN_AFTER_DECISION: readonly RequestFieldName[] = ['capitalCost', 'revenueCost', 'ictEffortDays'];

/** Total cost shown on cards and in tables: capital plus one year's revenue; not known when either is. */
export function totalCost(request: Pick<RequestFields, 'capitalCost' | 'revenueCost'>): number | undefined {
  return request.capitalCost === undefined || request.revenueCost === undefined ? undefined : request.capitalCost + request.revenueCost;
}

/** True when a request has no estimate yet of its cost or ICT effort (a figure left as not known). */
export function isNotYetEstimated(request: Pick<RequestFields, 'capitalCost' | 'revenueCost' | 'ictEffortDays'>): boolean {
  return request.capitalCost === undefined || request.revenueCost === undefined || request.ictEffortDays === undefined;
}
