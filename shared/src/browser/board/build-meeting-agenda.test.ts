import { buildTestDecision, buildTestRequest } from './board-fixtures';
import { buildMeetingAgenda, describeAgendaItemStatus } from './build-meeting-agenda';

describe('buildMeetingAgenda', () => {
  const meeting = { id: 'M1', agenda: ['EH-2', 'EH-1', 'EH-GONE'] };
  const requests = [buildTestRequest({ id: 'EH-1' }), buildTestRequest({ id: 'EH-2' })];

  it('keeps agenda order and numbers the items from 1', () => {
    const agenda = buildMeetingAgenda(meeting, requests, []);
    expect(agenda.map((item) => [item.position, item.requestId, item.request?.id])).toEqual([
      [1, 'EH-2', 'EH-2'],
      [2, 'EH-1', 'EH-1'],
      [3, 'EH-GONE', undefined],
    ]);
  });

  it('marks an item decided only by a decision recorded in this meeting, the latest one winning', () => {
    const decisions = [
      buildTestDecision({ id: 'D1', requestId: 'EH-1', meetingId: 'M1', outcome: 'defer', recordedAt: '2026-12-09T14:10:00.000Z' }),
      buildTestDecision({ id: 'D2', requestId: 'EH-1', meetingId: 'M1', outcome: 'approve', recordedAt: '2026-12-09T14:40:00.000Z' }),
      buildTestDecision({ id: 'D3', requestId: 'EH-2', meetingId: 'OTHER' }),
    ];
    const agenda = buildMeetingAgenda(meeting, requests, decisions);
    expect(agenda[1]!.decision?.id).toBe('D2');
    expect(agenda[0]!.decision).toBeUndefined();
  });

  it('describes each item: decided, rescinded, decided outside the meeting, gone, to decide', () => {
    const ready = buildTestRequest({ id: 'EH-1', stage: 'ready_for_decision' });
    const rescission = buildTestDecision({ id: 'D2', requestId: 'EH-1', meetingId: 'M1', outcome: 'reject', corrects: { kind: 'rescinded', decisionId: 'D1', previousOutcome: 'reject' } });
    expect(describeAgendaItemStatus({ position: 1, requestId: 'EH-1', request: buildTestRequest({ id: 'EH-1', stage: 'approved' }), decision: buildTestDecision({ id: 'D1', requestId: 'EH-1' }) })).toEqual({ decided: true, label: 'Decided: Approved' });
    expect(describeAgendaItemStatus({ position: 1, requestId: 'EH-1', request: ready, decision: rescission })).toEqual({ decided: false, label: 'Rescinded: to decide again' });
    expect(describeAgendaItemStatus({ position: 1, requestId: 'EH-1', request: buildTestRequest({ id: 'EH-1', stage: 'deferred' }) })).toEqual({ decided: false, label: 'Deferred outside this meeting' });
    expect(describeAgendaItemStatus({ position: 1, requestId: 'EH-1' })).toEqual({ decided: false, label: 'No longer available' });
    expect(describeAgendaItemStatus({ position: 1, requestId: 'EH-1', request: ready })).toEqual({ decided: false, label: 'To decide' });
  });
});
