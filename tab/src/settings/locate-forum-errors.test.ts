import fc from 'fast-check';
import { locateForumErrors, readMeetingDates } from './locate-forum-errors';

const forums = [
  { name: 'Corporate ICT Steering Group', meetingDates: '2027-01-12\n2027-02-09' },
  { name: 'Cabinet', meetingDates: '2027-01-20\n\n2027-13-01\n2027-02-30, 2027-03-17\nsoon' },
  { name: '  ', meetingDates: 'next week' },
];

describe('the forums’ meeting-date problems in the settings form', () => {
  it('names the forum and the line of its box for each bad date', () => {
    const errors = [
      { field: 'forums.1.meetingDates.1', message: 'Meeting date must be a date like 2026-05-01.' },
      { field: 'forums.1.meetingDates.2', message: 'Meeting date must be a date like 2026-05-01.' },
      { field: 'forums.1.meetingDates.4', message: 'Meeting date must be a date like 2026-05-01.' },
      { field: 'forums.2.meetingDates.1', message: 'Meeting date must be a date like 2026-05-01.' },
      { field: 'forums.1.meetingDates', message: 'A forum can list at most 60 meeting dates.' },
      { field: 'keyDecision.moneyThreshold', message: 'Key decision threshold cannot be negative.' },
    ];
    expect(locateForumErrors(errors, forums).map((error) => error.message)).toEqual([
      'Cabinet, line 3: Meeting date must be a date like 2026-05-01.',
      'Cabinet, line 4: Meeting date must be a date like 2026-05-01.',
      'Cabinet, line 5: Meeting date must be a date like 2026-05-01.',
      'Forum 3, line 1: Meeting date must be a date like 2026-05-01.',
      'Cabinet: A forum can list at most 60 meeting dates.',
      'Key decision threshold cannot be negative.',
    ]);
  });

  it('property: each date read from the box is on the line it was typed on', () => {
    const token = fc.stringMatching(/^[0-9a-z-]{1,10}$/);
    const line = fc.array(token, { maxLength: 3 }).map((tokens) => tokens.join(', '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const read = readMeetingDates(lines.join('\n'));
        expect(read.map((entry) => entry.date)).toEqual(lines.flatMap((content) => content.split(', ').filter(Boolean)));
        for (const entry of read) expect(lines[entry.line - 1]!.split(', ')).toContain(entry.date);
      }),
    );
  });
});
