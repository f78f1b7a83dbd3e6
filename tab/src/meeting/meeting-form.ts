import type { MeetingStatus } from '@entrance-hall/shared/domain/meetings/meeting';
import type { MeetingRecord } from '../api/api-types';

/** The meeting form's fields as the person sees them (date in their time zone, names a line each). */
export interface MeetingForm {
  title: string;
  forum: string;
  startsAt: string;
  agenda: string[];
  present: string;
  apologies: string;
  status: MeetingStatus;
}

/** "2026-12-16T14:00" in the person's time zone, for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const nameLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The form filled from a meeting. */
export function meetingFormFrom(meeting: MeetingRecord): MeetingForm {
  return {
    title: meeting.title,
    forum: meeting.forum,
    startsAt: toLocalInput(meeting.startsAt),
    agenda: [...meeting.agenda],
    present: (meeting.attendees ?? []).join('\n'),
    apologies: (meeting.apologies ?? []).join('\n'),
    status: meeting.status,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const FIELDS = ['title', 'forum', 'startsAt', 'agenda', 'present', 'apologies', 'status'] as const;

/**
 * The merge patch for what the person changed from the meeting they started from: only those
 * fields, so saving never writes back what someone else changed meanwhile in another field.
 */
export function meetingPatch(form: MeetingForm, base: MeetingRecord): Record<string, unknown> {
  const original = meetingFormFrom(base);
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (same(form[field], original[field])) continue;
    if (field === 'title' || field === 'forum') patch[field] = form[field].trim();
    else if (field === 'startsAt') patch.startsAt = new Date(form.startsAt).toISOString();
    else if (field === 'present') patch.attendees = nameLines(form.present);
    else if (field === 'apologies') patch.apologies = nameLines(form.apologies);
    else patch[field] = form[field];
  }
  return patch;
}

/**
 * After a 412: the fields the person changed keep what they did (the chair's agenda order among
 * them); the ones they left alone take the newer version's values.
 */
export function rebaseMeetingForm(form: MeetingForm, oldBase: MeetingRecord, newBase: MeetingRecord): MeetingForm {
  const original = meetingFormFrom(oldBase);
  const newer = meetingFormFrom(newBase);
  const rebased = { ...form };
  for (const field of FIELDS) if (same(form[field], original[field])) (rebased as Record<string, unknown>)[field] = newer[field];
  return rebased;
}
