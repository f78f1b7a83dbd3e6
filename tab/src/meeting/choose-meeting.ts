import type { MeetingRecord } from '../api/api-types';

/** The meeting to open first: the one asked for, else the next or current meeting, else the latest. */
export function chooseMeeting(meetings: readonly MeetingRecord[], wanted: string | undefined, now = new Date().toISOString()): MeetingRecord | undefined {
  if (wanted) {
    const found = meetings.find((meeting) => meeting.id === wanted);
    if (found) return found;
  }
  const open = meetings.filter((meeting) => meeting.status !== 'closed').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return open.find((meeting) => meeting.status === 'in_progress') ?? open.find((meeting) => meeting.startsAt >= now.slice(0, 10)) ?? open[0] ?? meetings[0];
}
