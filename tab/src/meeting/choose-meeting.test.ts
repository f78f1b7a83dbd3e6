import type { MeetingRecord } from '../api/api-types';
import { chooseMeeting } from './choose-meeting';

const meeting = (id: string, startsAt: string, status: MeetingRecord['status']) => ({ id, startsAt, status, agenda: [], attendees: [], forum: 'Digital Group', title: id, organisationId: 'o', createdAt: '', updatedAt: '', etag: 'e' }) as MeetingRecord;

describe('chooseMeeting', () => {
  const meetings = [meeting('past', '2026-10-14T14:00:00Z', 'closed'), meeting('next', '2026-12-09T14:00:00Z', 'planned'), meeting('later', '2027-01-13T14:00:00Z', 'planned')];

  it('opens the meeting asked for', () => {
    expect(chooseMeeting(meetings, 'later', '2026-11-22T00:00:00Z')?.id).toBe('later');
  });

  it('otherwise opens the next meeting, or one in progress first', () => {
    expect(chooseMeeting(meetings, undefined, '2026-11-22T00:00:00Z')?.id).toBe('next');
    expect(chooseMeeting([...meetings, meeting('now', '2026-11-01T10:00:00Z', 'in_progress')], 'unknown', '2026-11-22T00:00:00Z')?.id).toBe('now');
  });

  it('falls back to the latest meeting when none is open, and to nothing when there are none', () => {
    expect(chooseMeeting([meetings[0]!], undefined)?.id).toBe('past');
    expect(chooseMeeting([], undefined)).toBeUndefined();
  });
});
