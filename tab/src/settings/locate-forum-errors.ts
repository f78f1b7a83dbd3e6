import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';

/** A forum as the settings form holds it: its name and its meeting dates as typed (one a line). */
export interface ForumDraft {
  name: string;
  meetingDates: string;
}

/** The dates typed in a forum's box, each with the line it is on (1-based); commas and spaces also separate dates. */
export function readMeetingDates(text: string): { date: string; line: number }[] {
  return text.split('\n').flatMap((content, index) => content.split(/[\s,]+/).filter(Boolean).map((date) => ({ date, line: index + 1 })));
}

/**
 * The server's problems with the forums' meeting dates, each saying which forum and which line of
 * its box ("Cabinet, line 3: Meeting date must be …"), so three bad dates read as three problems,
 * not one message three times. Other problems pass unchanged.
 */
export function locateForumErrors(errors: readonly FieldError[], forums: readonly ForumDraft[]): FieldError[] {
  return errors.map((error) => {
    const match = /^forums\.(\d+)\.meetingDates(?:\.(\d+))?$/.exec(error.field);
    const forum = match ? forums[Number(match[1])] : undefined;
    if (!match || !forum) return error;
    const forumName = forum.name.trim() || `Forum ${Number(match[1]) + 1}`;
    const line = match[2] !== undefined ? readMeetingDates(forum.meetingDates)[Number(match[2])]?.line : undefined;
    return { ...error, message: `${forumName}${line !== undefined ? `, line ${line}` : ''}: ${error.message}` };
  });
}
