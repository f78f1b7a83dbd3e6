import { buildTestDecision } from './board-fixtures';
import { formatUkDateTime, writeMeetingMinutes } from './write-meeting-minutes';

describe('writeMeetingMinutes', () => {
  const meeting = { id: 'M1', title: 'Digital Group – December 2026', forum: 'Digital Group', startsAt: '2026-12-09T14:00:00.000Z', attendees: ['Helen Morris (Chair)', 'David Okafor'] };

  it('writes the heading, attendees and each decision with reason and conditions, in the order taken', () => {
    const minutes = writeMeetingMinutes(meeting, [
      buildTestDecision({ id: 'D2', requestId: 'EH-2026-0002', requestTitle: 'Housing repairs portal', meetingId: 'M1', outcome: 'defer', reason: 'Wait for the stock survey', recordedAt: '2026-12-09T14:50:00.000Z' }),
      buildTestDecision({ id: 'D1', requestId: 'EH-2026-0001', requestTitle: 'Council tax e-billing', meetingId: 'M1', reason: 'Saves £40k a year', conditions: 'Review at go-live', recordedAt: '2026-12-09T14:20:00.000Z' }),
    ]);
    expect(minutes).toBe(
      [
        'Minutes: Digital Group – December 2026',
        'Digital Group, 9 December 2026, 14:00',
        'Present: Helen Morris (Chair), David Okafor',
        '',
        'Decisions (2)',
        '',
        '1. EH-2026-0001 – Council tax e-billing',
        '   Decision: Approved',
        '   Reason: Saves £40k a year',
        '   Conditions: Review at go-live',
        '   Recorded by Helen Morris at 9 December 2026, 14:20',
        '',
        '2. EH-2026-0002 – Housing repairs portal',
        '   Decision: Deferred',
        '   Reason: Wait for the stock survey',
        '   Recorded by Helen Morris at 9 December 2026, 14:50',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing was decided, and ignores decisions from other meetings', () => {
    const minutes = writeMeetingMinutes(meeting, [buildTestDecision({ id: 'D9', requestId: 'EH-9', meetingId: 'OTHER' })]);
    expect(minutes).toContain('No decisions were recorded in this meeting.');
    expect(minutes).not.toContain('EH-9');
  });

  it('records apologies, and a rescission and an amendment as entries of their own beside the decision they correct', () => {
    const minutes = writeMeetingMinutes({ ...meeting, apologies: ['Sam Lee'] }, [
      buildTestDecision({ id: 'D1', requestId: 'EH-1', meetingId: 'M1', outcome: 'reject', reason: 'Misclick', recordedAt: '2026-12-09T14:20:00.000Z' }),
      buildTestDecision({ id: 'D2', requestId: 'EH-1', meetingId: 'M1', outcome: 'reject', reason: 'Recorded in error', recordedAt: '2026-12-09T14:21:00.000Z', corrects: { kind: 'rescinded', decisionId: 'D1', previousOutcome: 'reject' } }),
      buildTestDecision({ id: 'D3', requestId: 'EH-2', meetingId: 'M1', outcome: 'defer', reason: 'Wait for funding', recordedAt: '2026-12-09T14:30:00.000Z', corrects: { kind: 'amended', decisionId: 'D0', previousOutcome: 'approve' } }),
    ]);
    expect(minutes).toContain('Apologies: Sam Lee');
    expect(minutes).toContain('1. EH-1 – Request EH-1\n   Decision: Rejected\n   Reason: Misclick');
    expect(minutes).toContain('2. EH-1 – Request EH-1 (rescission of an earlier decision)\n   Decision: Rescinded (was Rejected)\n   Reason: Recorded in error');
    expect(minutes).toContain('3. EH-2 – Request EH-2 (amendment of an earlier decision)\n   Decision: Amended to Deferred (was Approved)\n   Reason: Wait for funding');
  });

  it('shows times in UK time, including summer time', () => {
    expect(formatUkDateTime('2026-07-01T09:00:00.000Z')).toBe('1 July 2026, 10:00');
  });
});
