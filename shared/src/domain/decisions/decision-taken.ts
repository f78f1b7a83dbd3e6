import { dateTaken } from '../constitution/decision-day';
import { formatLongDate } from '../formatting/format-values';
import type { Meeting } from '../meetings/meeting';
import { describeDecision, type Decision } from './decision';

/** Where and when a decision was taken, and by whom: what a decisions log, a minute or the tab says of it. */
export interface DecisionTaken {
  /** Who decided (or recommended): the member body, the meeting's forum, the steering group, or the officer outside a meeting. */
  by: string;
  /** The day it was decided, YYYY-MM-DD: the body's or the meeting's date, else the day it was recorded. */
  on: string;
  /** The meeting it was taken at ("Cabinet", "Digital Group – October 2026"), or "Outside a meeting". */
  at: string;
  /** The member body's minute reference. */
  minuteReference?: string;
  /** True when the steering group only recommended: the named body decides. */
  recommendation: boolean;
}

/** What is known besides the decision: its meeting when it was taken at one, and the steering group's name (from the constitution). */
export interface DecisionSetting {
  meeting?: Pick<Meeting, 'title' | 'forum' | 'startsAt'>;
  steeringGroup: string;
}

export const OUTSIDE_A_MEETING = 'Outside a meeting';

export { dateTaken };

/**
 * The one rule for who took a decision and when. A member body's decision is the body's, on its
 * meeting date, with its minute; a recommendation is the steering group's (at its meeting, or
 * outside one by the chair for the group), never the chair's own; a decision at a meeting is the
 * meeting's forum's, on the meeting's date; any other is the officer's who recorded it, that day.
 */
export function decisionTaken(decision: Pick<Decision, 'madeBy' | 'recommendedTo' | 'meetingId' | 'recordedBy' | 'recordedAt'>, setting: DecisionSetting): DecisionTaken {
  const recommendation = decision.recommendedTo !== undefined && decision.madeBy === undefined;
  const meeting = decision.meetingId ? setting.meeting : undefined;
  const on = dateTaken(decision, meeting);
  if (decision.madeBy) return { by: decision.madeBy.body, on, at: decision.madeBy.body, minuteReference: decision.madeBy.minuteReference, recommendation };
  if (meeting) return { by: meeting.forum, on, at: meeting.title, recommendation };
  // At a meeting that cannot be read here (a requester may not read meetings): the steering group's, the day it was recorded.
  if (decision.meetingId) return { by: setting.steeringGroup, on, at: setting.steeringGroup, recommendation };
  return { by: recommendation ? setting.steeringGroup : decision.recordedBy.name, on, at: OUTSIDE_A_MEETING, recommendation };
}

/**
 * The decision in one sentence, from the same wording as the request's history: "Approved by
 * Cabinet on 16 December 2026 (minute CAB/45)", "Recommended to Cabinet for approval by the Digital
 * Group on 30 November 2026", "Rescinded (was Approved) by Helen Morris on …".
 */
export function describeDecisionTaken(decision: Pick<Decision, 'outcome' | 'corrects' | 'recommendedTo' | 'madeBy' | 'meetingId' | 'recordedBy' | 'recordedAt'>, setting: DecisionSetting): string {
  const taken = decisionTaken(decision, setting);
  const minute = taken.minuteReference ? ` (minute ${taken.minuteReference})` : '';
  const where = taken.at !== OUTSIDE_A_MEETING && taken.at !== taken.by ? ` at ${taken.at}` : '';
  return `${describeDecision(decision)} by ${taken.by}${where} on ${formatLongDate(taken.on)}${minute}`;
}
