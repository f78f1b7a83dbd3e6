import { diffFields } from '../audit/audit-event';
import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { assertCurrentVersion, commitChange } from '../context/commit-change';
import { appErrors } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import { applyMergePatch } from '../validation/merge-patch';
import { parseInput } from '../validation/parse-input';
import { createMeetingSchema, setCurrentItemSchema, updateMeetingSchema, type Meeting } from './meeting';

/** Meetings, latest first. */
export async function listMeetings(context: DomainContext, principal: Principal): Promise<Versioned<Meeting>[]> {
  assertCan(principal, 'governance:read');
  const records = await context.repos.meetings.list(principal.organisationId);
  return records.sort((a, b) => b.value.startsAt.localeCompare(a.value.startsAt));
}

export async function getMeeting(context: DomainContext, principal: Principal, id: string): Promise<Versioned<Meeting>> {
  assertCan(principal, 'governance:read');
  const record = await context.repos.meetings.get(principal.organisationId, id);
  if (!record) throw appErrors.notFound(`Meeting ${id}`);
  return record;
}

async function checkAgenda(context: DomainContext, principal: Principal, agenda: readonly string[] | undefined): Promise<void> {
  if (!agenda || agenda.length === 0) return;
  const known = new Set((await context.repos.requests.list(principal.organisationId)).map((record) => record.value.id));
  const errors = agenda.flatMap((id, index) => (known.has(id) ? [] : [{ field: `agenda.${index}`, message: `${id} is not a request of this organisation.` }]));
  if (errors.length > 0) throw appErrors.validation(errors);
}

export async function createMeeting(context: DomainContext, principal: Principal, input: unknown): Promise<Versioned<Meeting>> {
  assertCan(principal, 'meetings:manage', 'Only ICT, the chair and administrators can arrange meetings.');
  const fields = parseInput(createMeetingSchema, input);
  await checkAgenda(context, principal, fields.agenda);
  const now = context.now();
  const meeting: Meeting = { ...fields, id: context.newId(), organisationId: principal.organisationId, status: 'planned', createdAt: now, updatedAt: now };
  const event = buildAuditEvent(context, principal, 'meeting', meeting.id, 'created', `Meeting arranged: ${meeting.title}`, [], now);
  const [etag] = await context.repos.commit(principal.organisationId, [context.repos.meetings.createOp(meeting), context.repos.audit.createOp(event)], 'meeting');
  return { value: meeting, etag: etag! };
}

export async function updateMeeting(context: DomainContext, principal: Principal, id: string, input: unknown, etag: string): Promise<Versioned<Meeting>> {
  assertCan(principal, 'meetings:manage', 'Only ICT, the chair and administrators can change meetings.');
  const update = parseInput(updateMeetingSchema, input);
  const current = await getMeeting(context, principal, id);
  assertCurrentVersion(current, etag, 'meeting');
  await checkAgenda(context, principal, update.agenda);
  const next: Meeting = { ...applyMergePatch(current.value, update), updatedAt: context.now() };
  const event = buildAuditEvent(context, principal, 'meeting', id, 'updated', `Meeting updated by ${principal.name}`, diffFields(current.value, next), next.updatedAt);
  const [newEtag] = await commitChange(context, principal.organisationId, [context.repos.meetings.replaceOp(next, etag), context.repos.audit.createOp(event)], 'meeting', () =>
    context.repos.meetings.get(principal.organisationId, id),
  );
  return { value: next, etag: newEtag! };
}

/**
 * The chair moves the meeting on to an agenda item, so every open tab can follow. The position is
 * a pointer, not a record: the latest move wins (no If-Match between a chair's own tabs) and it
 * leaves no audit event; decisions are what the minutes and the history keep.
 */
export async function setMeetingCurrentItem(context: DomainContext, principal: Principal, id: string, input: unknown): Promise<Versioned<Meeting>> {
  assertCan(principal, 'decisions:record', 'Only the chair leads the meeting through its agenda.');
  const { requestId } = parseInput(setCurrentItemSchema, input);
  const current = await getMeeting(context, principal, id);
  if (!current.value.agenda.includes(requestId)) throw appErrors.validation([{ field: 'requestId', message: `${requestId} is not on this meeting's agenda.` }]);
  if (current.value.currentItem === requestId) return current;
  const next: Meeting = { ...current.value, currentItem: requestId, updatedAt: context.now() };
  const [etag] = await commitChange(context, principal.organisationId, [context.repos.meetings.replaceOp(next, current.etag)], 'meeting', () => context.repos.meetings.get(principal.organisationId, id));
  return { value: next, etag: etag! };
}
