import { formatLongDate, formatPounds } from '../formatting/format-values';
import type { ConstitutionSettings, DecisionMakerKind, DelegationLevel } from './constitution-settings';
import { earliestDecisionDate, latestNoticeDate, type NoticePeriod } from './forward-plan-dates';
import type { Stage } from '../requests/stage';
import { ukDateOf } from './calendar-days';

/** What the route reads from a request: its costs, the wards it affects and its forward-plan notice. */
export interface RoutedRequest {
  capitalCost?: number;
  revenueCost?: number;
  /** Wards the request significantly affects, as ICT judged at triage; absent when not assessed. */
  wardsAffected?: number;
  /** The day its notice was published on the forward plan. */
  forwardPlanNoticeOn?: string;
  /** Set while a member body decides on the steering group's recommendation. */
  awaitingDecision?: AwaitingDecision;
  /** Where the request is: once decided (or withdrawn) no route is worked out any more. */
  stage?: Stage;
  /** The decision that settled it, when the stage says it was decided and the decision is on record. */
  settledBy?: SettlingDecision;
}

/** The decision that approved or rejected a request: who took it, when and, for a member body, where it is minuted. */
export interface SettlingDecision {
  outcome: 'approve' | 'reject';
  /** The member body that decided on a recommendation; absent when the steering group decided. */
  body?: string;
  /** The day of the decision: the body's meeting, or the day the steering group's decision was recorded. */
  on: string;
  minuteReference?: string;
}

/** Stages a decision has already settled: approved (and on into delivery and closure) or rejected. */
export const SETTLED_STAGES: readonly Stage[] = ['approved', 'in_delivery', 'closed', 'rejected'];

/** A decided request: who decided, when; `undefined` fields while the decision is not on record. */
export interface DecidedRoute {
  outcome: 'approve' | 'reject' | 'withdrawn';
  by?: string;
  on?: string;
  minuteReference?: string;
}

/** The steering group recommended; the named body has not decided yet. */
export interface AwaitingDecision {
  body: string;
  /** The steering group decision that made the recommendation. */
  recommendationId: string;
  recommendedAt: string;
}

export type KeyDecisionStatus = 'key' | 'not_key' | 'not_known';

/** A meeting at which the decision could be taken, and the last day to give forward-plan notice for it. */
export interface RouteMeeting {
  date: string;
  /** Last working day the notice can be published (key decisions only). */
  noticeBy?: string;
  /** False when this meeting is too soon for a key decision's notice. */
  noticeInTime: boolean;
}

/** Who must decide a request, whether it is a key decision and why, and when. */
export interface DecisionRoute {
  /** Capital plus the settings' years of revenue; absent while either cost is not known. */
  wholeLifeCost?: number;
  /** Absent while the whole-life cost is not known. */
  decisionMaker?: { name: string; kind: DecisionMakerKind; upTo?: number };
  /** What the steering group does with it: decides, recommends to a member body, or nothing (an officer decides). */
  steeringGroupRole: 'decides' | 'recommends' | 'not_involved' | 'not_known';
  /** The steering group's name, as the scheme of delegation gives it. */
  steeringGroup: string;
  keyDecision: { status: KeyDecisionStatus; reasons: string[] };
  forwardPlan?: {
    noticeClearDays: number;
    count: NoticePeriod['count'];
    noticePublishedOn?: string;
    /** The first date the decision may be taken, given the notice (or publication today). */
    earliestDecisionDate: string;
  };
  /** The deciding forum's coming meetings (none for an officer). */
  meetings: RouteMeeting[];
  /** The first coming meeting the decision can be taken at. */
  targetMeeting?: RouteMeeting;
  awaitingDecision?: AwaitingDecision;
  /** Set once the request is decided or withdrawn: then there are no meetings to make and no forward plan to keep. */
  decided?: DecidedRoute;
  /** The route in a sentence, for the officer. */
  summary: string;
}

/** Capital plus `years` of annual revenue cost; not known when either is not known. */
export function wholeLifeCostOf(request: Pick<RoutedRequest, 'capitalCost' | 'revenueCost'>, years: number): number | undefined {
  if (request.capitalCost === undefined || request.revenueCost === undefined) return undefined;
  return request.capitalCost + request.revenueCost * years;
}

/** The lowest level of the scheme of delegation whose limit covers the cost (limits are inclusive). */
export function delegationLevelFor(settings: Pick<ConstitutionSettings, 'delegation'>, wholeLifeCost: number): DelegationLevel {
  return settings.delegation.find((level) => level.upTo === undefined || wholeLifeCost <= level.upTo) ?? settings.delegation[settings.delegation.length - 1]!;
}

/** Key decision or not, and why: money at or above the threshold, or a significant effect on enough wards. */
export function classifyKeyDecision(settings: Pick<ConstitutionSettings, 'keyDecision'>, wholeLifeCost: number | undefined, wardsAffected: number | undefined): { status: KeyDecisionStatus; reasons: string[] } {
  const { moneyThreshold, wardsThreshold } = settings.keyDecision;
  const reasons: string[] = [];
  if (wholeLifeCost !== undefined && wholeLifeCost >= moneyThreshold) reasons.push(`Whole-life cost of ${formatPounds(wholeLifeCost)} is at or above the key decision threshold of ${formatPounds(moneyThreshold)}.`);
  if (wardsAffected !== undefined && wardsAffected >= wardsThreshold) reasons.push(`Significant effect on ${wardsAffected} wards (${wardsThreshold} or more makes a key decision).`);
  if (reasons.length > 0) return { status: 'key', reasons };
  if (wholeLifeCost === undefined || wardsAffected === undefined) {
    const unknown = [wholeLifeCost === undefined ? 'the whole-life cost' : undefined, wardsAffected === undefined ? 'the wards affected' : undefined].filter(Boolean).join(' and ');
    return { status: 'not_known', reasons: [`Not known until ${unknown} ${unknown.includes(' and ') ? 'are' : 'is'} assessed.`] };
  }
  return { status: 'not_key', reasons: [`Below the key decision threshold of ${formatPounds(moneyThreshold)} and affects fewer than ${wardsThreshold} wards.`] };
}

/** The steering group of the scheme of delegation: who decides or recommends, and who a recommendation is from. */
export function steeringGroupOf(settings: ConstitutionSettings): DelegationLevel {
  return settings.delegation.find((level) => level.kind === 'steering_group') ?? settings.delegation[0]!;
}

const DECIDED_WORDS = { approve: 'Approved', reject: 'Rejected' } as const;

function describeDecided(decided: DecidedRoute, steeringGroup: string): string {
  if (!decided.on || !decided.by) return decided.outcome === 'withdrawn' ? 'Withdrawn: no decision is to be taken.' : `${DECIDED_WORDS[decided.outcome]}; the decision is not on record in Entrance Hall.`;
  const words = decided.outcome === 'withdrawn' ? DECIDED_WORDS.approve : DECIDED_WORDS[decided.outcome];
  const then = decided.outcome === 'withdrawn' ? ', then withdrawn' : '';
  // A member body's decision is minuted; the steering group's is its own.
  if (decided.minuteReference) return `${words} by ${decided.by} at its meeting on ${formatLongDate(decided.on)} (minute ${decided.minuteReference}), on the ${steeringGroup}'s recommendation${then}.`;
  return `${words} by the ${decided.by} on ${formatLongDate(decided.on)}${then}.`;
}

function describeRoute(route: Omit<DecisionRoute, 'summary'>): string {
  if (route.decided) return describeDecided(route.decided, route.steeringGroup);
  const maker = route.decisionMaker;
  if (!maker) return `Who decides depends on the whole-life cost, which is not known yet; until it is, the ${route.steeringGroup} will consider it.`;
  const key = route.keyDecision.status === 'key' ? ' It is a key decision, so it must be on the forward plan first.' : '';
  const when = route.targetMeeting ? ` at its meeting on ${formatLongDate(route.targetMeeting.date)}` : route.forwardPlan ? ` on or after ${formatLongDate(route.forwardPlan.earliestDecisionDate)}` : '';
  if (route.awaitingDecision) return `The ${route.steeringGroup} recommended it for approval on ${formatLongDate(ukDateOf(route.awaitingDecision.recommendedAt))}; ${route.awaitingDecision.body} will decide${when}.${key}`;
  if (maker.kind === 'officer') return `${maker.name} can decide this under delegated powers${when}.${key}`;
  if (maker.kind === 'steering_group') return `The ${maker.name} will decide this${when}.${key}`;
  return `The ${route.steeringGroup} will make a recommendation, and ${maker.name} will decide${when}.${key}`;
}

/**
 * The decision route of a request under an organisation's constitution, as of `today`: pure, so
 * the API, the bot, the tab and the report tables all route the same way.
 */
export function decideDecisionRoute(request: RoutedRequest, settings: ConstitutionSettings, today: string): DecisionRoute {
  const decided = decidedRouteOf(request, steeringGroupOf(settings).decisionMaker);
  const wholeLifeCost = wholeLifeCostOf(request, settings.wholeLifeYears);
  const level = wholeLifeCost === undefined ? undefined : delegationLevelFor(settings, wholeLifeCost);
  const steeringGroup = steeringGroupOf(settings);
  const keyDecision = classifyKeyDecision(settings, wholeLifeCost, request.wardsAffected);
  const period: NoticePeriod = { clearDays: settings.forwardPlan.noticeClearDays, count: settings.forwardPlan.count };
  const isKey = keyDecision.status === 'key';
  const noticeFrom = request.forwardPlanNoticeOn ?? today;
  // A recommendation waits for the body it was made to, even if the scheme has changed since.
  const forum = request.awaitingDecision ? request.awaitingDecision.body : level && level.kind !== 'officer' ? level.decisionMaker : !level ? steeringGroup.decisionMaker : undefined;
  const meetings: RouteMeeting[] = decided ? [] : (settings.forums.find((candidate) => candidate.name === forum)?.meetingDates ?? [])
    .filter((date) => date >= today)
    .sort()
    .map((date) => {
      if (!isKey) return { date, noticeInTime: true };
      const noticeBy = latestNoticeDate(date, period);
      return { date, noticeBy, noticeInTime: noticeFrom <= noticeBy };
    });
  const route: Omit<DecisionRoute, 'summary'> = {
    ...(wholeLifeCost !== undefined ? { wholeLifeCost } : {}),
    ...(level ? { decisionMaker: { name: level.decisionMaker, kind: level.kind, ...(level.upTo !== undefined ? { upTo: level.upTo } : {}) } } : {}),
    steeringGroupRole: !level ? 'not_known' : level.kind === 'officer' ? 'not_involved' : level.kind === 'steering_group' ? 'decides' : 'recommends',
    steeringGroup: steeringGroup.decisionMaker,
    keyDecision,
    ...(isKey && !decided
      ? { forwardPlan: { noticeClearDays: period.clearDays, count: period.count, ...(request.forwardPlanNoticeOn ? { noticePublishedOn: request.forwardPlanNoticeOn } : {}), earliestDecisionDate: earliestDecisionDate(noticeFrom, period) } }
      : {}),
    meetings,
    ...(meetings.find((meeting) => meeting.noticeInTime) ? { targetMeeting: meetings.find((meeting) => meeting.noticeInTime)! } : {}),
    ...(request.awaitingDecision && !decided ? { awaitingDecision: request.awaitingDecision } : {}),
    ...(decided ? { decided } : {}),
  };
  return { ...route, summary: describeRoute(route) };
}

/** Who decided a settled request and when, from its stage and the decision that settled it; undefined while it is still to decide. */
function decidedRouteOf(request: RoutedRequest, steeringGroup: string): DecidedRoute | undefined {
  const settled = request.settledBy;
  const who = settled ? { by: settled.body ?? steeringGroup, on: settled.on, ...(settled.minuteReference ? { minuteReference: settled.minuteReference } : {}) } : {};
  if (request.stage === 'withdrawn') return { outcome: 'withdrawn', ...(settled?.outcome === 'approve' ? who : {}) };
  if (!request.stage || !SETTLED_STAGES.includes(request.stage)) return undefined;
  const outcome = request.stage === 'rejected' ? 'reject' : 'approve';
  return { outcome, ...(settled?.outcome === outcome ? who : {}) };
}

/**
 * Whether a key decision's forward-plan notice is in time for a meeting on `meetingDate`: the
 * warning the agenda shows. Not a key decision, or notice in time: undefined.
 */
export function findForwardPlanShortfall(route: Pick<DecisionRoute, 'keyDecision' | 'forwardPlan'>, meetingDate: string, settings: Pick<ConstitutionSettings, 'forwardPlan'>): { noticeBy: string; noticePublishedOn?: string; message: string } | undefined {
  if (route.keyDecision.status !== 'key') return undefined;
  const noticeBy = latestNoticeDate(meetingDate, { clearDays: settings.forwardPlan.noticeClearDays, count: settings.forwardPlan.count });
  const published = route.forwardPlan?.noticePublishedOn;
  if (published && published <= noticeBy) return undefined;
  const message = published
    ? `Key decision: its forward plan notice (${formatLongDate(published)}) is too late for ${formatLongDate(meetingDate)}; it needed to be published by ${formatLongDate(noticeBy)}.`
    : `Key decision not on the forward plan: to be decided on ${formatLongDate(meetingDate)} it needed notice by ${formatLongDate(noticeBy)}.`;
  return { noticeBy, ...(published ? { noticePublishedOn: published } : {}), message };
}
