import type { DomainContext } from '../context/domain-context';
import type { Principal } from '../identity/roles';
import type { ProjectRequest } from '../requests/project-request';
import { listRequests } from '../requests/read-requests';
import { OPEN_STAGES } from '../requests/stage';
import { readConstitutionSettings, settingsOf } from './constitution-commands';
import type { ConstitutionSettings } from './constitution-settings';
import { ukDateOf } from './calendar-days';
import { dateTaken } from './decision-day';
import { decideDecisionRoute, SETTLED_STAGES, type DecisionRoute, type SettlingDecision } from './decision-route';

/** Today in the UK, as the forward plan counts days. */
export function todayOf(context: DomainContext): string {
  return ukDateOf(context.now());
}

/** The decision that settled a decided (or withdrawn) request, as the route reports it; none while it is still to decide. */
async function settlingDecisionOf(context: DomainContext, request: ProjectRequest): Promise<SettlingDecision | undefined> {
  if (!request.latestDecisionId || !(SETTLED_STAGES.includes(request.stage) || request.stage === 'withdrawn')) return undefined;
  const decision = (await context.repos.decisions.getIn(request.organisationId, [request.id], request.latestDecisionId))?.value;
  if (!decision || (decision.outcome !== 'approve' && decision.outcome !== 'reject') || decision.recommendedTo) return undefined;
  // The day it was taken by the decisions log's own rule: a decision at a meeting is dated by the meeting.
  const meeting = decision.meetingId && !decision.madeBy ? (await context.repos.meetings.get(request.organisationId, decision.meetingId))?.value : undefined;
  const on = dateTaken(decision, meeting);
  return decision.madeBy
    ? { outcome: decision.outcome, body: decision.madeBy.body, on, minuteReference: decision.madeBy.minuteReference }
    : { outcome: decision.outcome, on };
}

/** A request's decision route under its organisation's settings, as of today; once decided, who decided it and when. */
export async function routeRequest(context: DomainContext, request: ProjectRequest): Promise<DecisionRoute> {
  const [settings, settledBy] = await Promise.all([readConstitutionSettings(context, request.organisationId), settlingDecisionOf(context, request)]);
  return decideDecisionRoute({ ...request, ...(settledBy ? { settledBy } : {}) }, settingsOf(settings.value), todayOf(context));
}

/** One line of the forward plan: a forthcoming key decision. */
export interface ForwardPlanEntry {
  requestId: string;
  subject: string;
  decisionMaker: string;
  /** The meeting it is planned for, or the first day an officer may take it. */
  decisionDate: string;
  /** The last day notice can be published for that date. */
  noticeBy?: string;
  noticePublishedOn?: string;
  reasons: string[];
}

/** Requests awaiting a decision, recommendations to a member body included. */
function isForthcoming(request: ProjectRequest): boolean {
  return OPEN_STAGES.includes(request.stage) || request.awaitingDecision !== undefined;
}

/** The forward plan from requests and settings: every forthcoming key decision, soonest first (pure). */
export function buildForwardPlan(requests: readonly ProjectRequest[], settings: ConstitutionSettings, today: string): ForwardPlanEntry[] {
  const entries: ForwardPlanEntry[] = [];
  for (const request of requests.filter(isForthcoming)) {
    const route = decideDecisionRoute(request, settings, today);
    if (route.keyDecision.status !== 'key' || !route.decisionMaker || !route.forwardPlan) continue;
    const decisionDate = route.targetMeeting?.date ?? route.forwardPlan.earliestDecisionDate;
    entries.push({
      requestId: request.id,
      subject: request.title,
      decisionMaker: route.decisionMaker.name,
      decisionDate,
      ...(route.targetMeeting?.noticeBy ? { noticeBy: route.targetMeeting.noticeBy } : {}),
      ...(route.forwardPlan.noticePublishedOn ? { noticePublishedOn: route.forwardPlan.noticePublishedOn } : {}),
      reasons: route.keyDecision.reasons,
    });
  }
  return entries.sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.requestId.localeCompare(b.requestId));
}

/** The signed-in person's organisation's forward plan. */
export async function listForwardPlan(context: DomainContext, principal: Principal): Promise<{ entries: ForwardPlanEntry[]; settings: ConstitutionSettings }> {
  const [requests, settings] = await Promise.all([listRequests(context, principal), readConstitutionSettings(context, principal.organisationId)]);
  const plain = settingsOf(settings.value);
  return { entries: buildForwardPlan(requests.map((record) => record.value), plain, todayOf(context)), settings: plain };
}
