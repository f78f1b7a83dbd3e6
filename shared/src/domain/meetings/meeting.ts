import { z } from 'zod';
import { optionalText, requiredText, textList } from '../validation/fields';
import { mergePatchSchema } from '../validation/merge-patch';

export const MEETING_STATUSES = ['planned', 'in_progress', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A steering group meeting: its agenda of requests to decide and who attended. */
export interface Meeting {
  id: string;
  organisationId: string;
  forum: string;
  title: string;
  /** Start, ISO date-time. */
  startsAt: string;
  status: MeetingStatus;
  /** Request references, in agenda order. */
  agenda: string[];
  attendees: string[];
  /** Those who sent apologies, for the minutes. */
  apologies?: string[];
  /** The agenda item (request reference) the chair has on screen; every open tab follows it. */
  currentItem?: string;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

export const createMeetingSchema = z
  .object({
    forum: requiredText('Forum'),
    title: requiredText('Title'),
    startsAt: z.iso.datetime({ offset: true, error: 'Start must be a date and time (ISO 8601).' }),
    agenda: z.array(z.string().max(32), { error: 'Agenda must be a list of request references.' }).max(100).default([]),
    attendees: textList('Attendees', 50).default([]),
    apologies: textList('Apologies', 50).optional(),
    notes: optionalText('Notes', 4000),
  })
  .strict();
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const meetingStatusSchema = z.enum(MEETING_STATUSES, { error: `Status must be one of: ${MEETING_STATUSES.join(', ')}.` });

/** Changing a meeting: a merge patch of its fields and its status. Agenda and attendees are kept unless sent. */
export const updateMeetingSchema = mergePatchSchema(createMeetingSchema.extend({ status: meetingStatusSchema }));
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

/** The chair moves the meeting to an agenda item. */
export const setCurrentItemSchema = z.object({ requestId: z.string({ error: 'Name the agenda item (a request reference).' }).min(1).max(32) }).strict();
