import type { ConstitutionSettings } from './constitution-settings';
import { findForwardPlanShortfall, type DecisionRoute, type KeyDecisionStatus } from './decision-route';

/**
 * What one meeting can lawfully do with a request for decision:
 * - `decides`: the meeting's forum is the decision maker and, for a key decision, notice is in time;
 * - `notice_due`: the forum decides it, a key decision whose notice is not out yet but can still be
 *   published in time (by `noticeBy`, today or later);
 * - `notice_too_late`: the forum decides it, but a key decision without forward-plan notice in time
 *   for this meeting's date cannot be taken there;
 * - `recommends`: above the forum's authority, it recommends to the body that decides;
 * - `awaiting_body`: already recommended; that body decides;
 * - `officer`: an officer decides under delegated powers;
 * - `not_known`: who decides depends on a whole-life cost not known yet;
 * - `other_forum`: another forum decides it (this meeting is not the steering group's).
 */
export type MeetingAction = 'decides' | 'notice_due' | 'notice_too_late' | 'recommends' | 'awaiting_body' | 'officer' | 'not_known' | 'other_forum';

/** A request's route as it stands for one meeting on one date. */
export interface MeetingRoute {
  action: MeetingAction;
  /** Who takes the decision (the body recommended to, the officer, the forum). */
  decisionMaker?: string;
  keyDecision: KeyDecisionStatus;
  /** Key decisions: the last day notice could be published for the decision maker's meeting in question. */
  noticeBy?: string;
  noticePublishedOn?: string;
  /** For a recommendation: the decision maker's first meeting the notice allows. */
  bodyMeetingDate?: string;
}

/**
 * The route worked out for a given meeting's date and forum, not for the next meeting the notice
 * allows: the skeleton of a report to that meeting drafts from it, so it never asks a meeting to
 * take a key decision it may not lawfully take.
 */
export function routeAtMeeting(route: DecisionRoute, meeting: { date: string; forum: string }, settings: Pick<ConstitutionSettings, 'forwardPlan'>, today: string): MeetingRoute {
  const keyDecision = route.keyDecision.status;
  const published = route.forwardPlan?.noticePublishedOn ? { noticePublishedOn: route.forwardPlan.noticePublishedOn } : {};
  if (route.awaitingDecision) return { action: 'awaiting_body', decisionMaker: route.awaitingDecision.body, keyDecision, ...published, ...bodyMeeting(route) };
  const maker = route.decisionMaker;
  if (!maker) return { action: 'not_known', keyDecision };
  if (maker.kind === 'officer') return { action: 'officer', decisionMaker: maker.name, keyDecision, ...published };
  if (maker.name === meeting.forum) {
    const shortfall = findForwardPlanShortfall(route, meeting.date, settings);
    if (shortfall) {
      const stillInTime = !shortfall.noticePublishedOn && shortfall.noticeBy >= today;
      return { action: stillInTime ? 'notice_due' : 'notice_too_late', decisionMaker: maker.name, keyDecision, noticeBy: shortfall.noticeBy, ...published };
    }
    return { action: 'decides', decisionMaker: maker.name, keyDecision, ...published };
  }
  if (meeting.forum === route.steeringGroup && route.steeringGroupRole === 'recommends') return { action: 'recommends', decisionMaker: maker.name, keyDecision, ...published, ...bodyMeeting(route) };
  return { action: 'other_forum', decisionMaker: maker.name, keyDecision, ...published };
}

function bodyMeeting(route: DecisionRoute): Pick<MeetingRoute, 'bodyMeetingDate' | 'noticeBy'> {
  const target = route.targetMeeting;
  if (!target) return {};
  return { bodyMeetingDate: target.date, ...(target.noticeBy ? { noticeBy: target.noticeBy } : {}) };
}
