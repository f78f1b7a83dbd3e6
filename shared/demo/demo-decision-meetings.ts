import { addDays, dayOfWeek, isoDateOf } from '../src/domain/constitution/calendar-days';
import type { Meeting } from '../src/domain/meetings/meeting';
import type { DemoOrganisation } from './demo-data';
import { DEMO_EPOCH } from './demo-data';
import { demoGuid } from './demo-users';

type Cadence = DemoOrganisation['decisionMeetings'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The nth given weekday of a month, YYYY-MM-DD. */
function meetingDayOf(year: number, month: number, cadence: Cadence): string {
  const first = isoDateOf(year, month, 1);
  return addDays(first, ((cadence.weekday - dayOfWeek(first) + 7) % 7) + (cadence.nth - 1) * 7);
}

/** The steering group's last meeting on or before a day: this month's if it has been held, else last month's. */
export function decisionMeetingDay(day: string, cadence: Cadence): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const thisMonth = meetingDayOf(year, month, cadence);
  return thisMonth <= day ? thisMonth : month === 1 ? meetingDayOf(year - 1, 12, cadence) : meetingDayOf(year, month - 1, cadence);
}

/**
 * Finds or arranges the closed steering group meeting a demo decision recorded on `recordedAt` was
 * taken at, so every demo decision's meeting date is on or before the day it was recorded.
 */
export function demoDecisionMeeting(meetings: Meeting[], organisationId: string, cadence: Cadence, recordedAt: string): Meeting {
  const day = decisionMeetingDay(recordedAt.slice(0, 10), cadence);
  const found = meetings.find((meeting) => meeting.forum === cadence.forum && meeting.startsAt.slice(0, 10) === day);
  if (found) return found;
  const meeting: Meeting = {
    id: demoGuid(`meeting:${organisationId}:${day}`),
    organisationId,
    forum: cadence.forum,
    title: `${cadence.forum} – ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`,
    startsAt: `${day}T${cadence.time}:00.000Z`,
    status: 'closed',
    agenda: [],
    attendees: cadence.attendees,
    createdAt: DEMO_EPOCH,
    updatedAt: DEMO_EPOCH,
  };
  meetings.push(meeting);
  return meeting;
}
