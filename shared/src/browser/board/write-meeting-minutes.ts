import { describeDecision, type Decision } from '../decisions/decision';
import type { Meeting } from '../meetings/meeting';

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** A date-time as a UK reader expects it: "9 December 2026, 14:00" (UK time). */
export function formatUkDateTime(iso: string): string {
  const date = new Date(iso);
  return `${LONDON_DATE.format(date)}, ${LONDON_TIME.format(date)}`;
}

/**
 * The minutes of a meeting's decisions as plain text, ready to paste into an email, Teams or a
 * committee report: heading, attendance and apologies, then each decision (corrections as their own
 * entries, never a silent overwrite) with its reason and conditions, in
 * the order they were taken. User text goes in as written: it is text, not markup.
 */
export function writeMeetingMinutes(meeting: Pick<Meeting, 'id' | 'title' | 'forum' | 'startsAt' | 'attendees' | 'apologies'>, decisions: readonly Decision[]): string {
  const taken = decisions.filter((decision) => decision.meetingId === meeting.id).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  const lines = [
    `Minutes: ${meeting.title}`,
    `${meeting.forum}, ${formatUkDateTime(meeting.startsAt)}`,
    meeting.attendees.length > 0 ? `Present: ${meeting.attendees.join(', ')}` : 'Present: not recorded',
    ...(meeting.apologies && meeting.apologies.length > 0 ? [`Apologies: ${meeting.apologies.join(', ')}`] : []),
    '',
    taken.length === 0 ? 'No decisions were recorded in this meeting.' : `Decisions (${taken.length})`,
  ];
  taken.forEach((decision, index) => {
    lines.push('');
    const correction = decision.corrects ? ` (${decision.corrects.kind === 'rescinded' ? 'rescission' : 'amendment'} of an earlier decision)` : '';
    lines.push(`${index + 1}. ${decision.requestId} – ${decision.requestTitle}${correction}`);
    lines.push(`   Decision: ${describeDecision(decision)}`);
    lines.push(`   Reason: ${decision.reason}`);
    if (decision.conditions) lines.push(`   Conditions: ${decision.conditions}`);
    lines.push(`   Recorded by ${decision.recordedBy.name} at ${formatUkDateTime(decision.recordedAt)}`);
  });
  return `${lines.join('\n')}\n`;
}
