import type { MeetingRecord } from '../api/api-types';
import { meetingFormFrom, meetingPatch, rebaseMeetingForm } from './meeting-form';

const meeting: MeetingRecord = {
  id: 'm1',
  organisationId: 'ashcombe',
  title: 'Digital Group',
  forum: 'Digital Group',
  startsAt: '2027-02-10T10:00:00.000Z',
  agenda: ['EH-1', 'EH-2', 'EH-3'],
  attendees: ['Helen Morris'],
  apologies: [],
  status: 'planned',
  etag: 'v1',
} as unknown as MeetingRecord;

describe('the meeting form', () => {
  it('patches only what the person changed', () => {
    const form = { ...meetingFormFrom(meeting), agenda: ['EH-3', 'EH-1', 'EH-2'] };
    expect(meetingPatch(form, meeting)).toEqual({ agenda: ['EH-3', 'EH-1', 'EH-2'] });
    expect(meetingPatch(meetingFormFrom(meeting), meeting)).toEqual({});
    expect(meetingPatch({ ...form, present: 'Helen Morris\n Tom Reed \n' }, meeting)).toEqual({ agenda: ['EH-3', 'EH-1', 'EH-2'], attendees: ['Helen Morris', 'Tom Reed'] });
  });

  it('after a 412 keeps the chair’s order and takes the newer version of what they left alone', () => {
    const form = { ...meetingFormFrom(meeting), agenda: ['EH-3', 'EH-1', 'EH-2'] };
    const newer = { ...meeting, attendees: ['Helen Morris', 'David Okafor'], currentItem: 'EH-2', etag: 'v2' } as MeetingRecord;
    const rebased = rebaseMeetingForm(form, meeting, newer);
    expect(rebased.agenda).toEqual(['EH-3', 'EH-1', 'EH-2']);
    expect(rebased.present).toBe('Helen Morris\nDavid Okafor');
    expect(meetingPatch(rebased, newer)).toEqual({ agenda: ['EH-3', 'EH-1', 'EH-2'] });
  });
});
