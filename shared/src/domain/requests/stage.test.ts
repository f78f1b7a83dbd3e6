import { allowedNextStages, canMoveStage, findMoveBlocker, isDecisionStage, moveNeedsReason, STAGES } from './stage';

describe('request stages', () => {
  it('follows the Entrance Hall lifecycle from submission to closure', () => {
    expect(canMoveStage('submitted', 'triage')).toBe(true);
    expect(canMoveStage('triage', 'ready_for_decision')).toBe(true);
    expect(canMoveStage('ready_for_decision', 'approved')).toBe(true);
    expect(canMoveStage('approved', 'in_delivery')).toBe(true);
    expect(canMoveStage('in_delivery', 'closed')).toBe(true);
  });

  it('refuses skipping steps and moving out of finished stages', () => {
    expect(canMoveStage('submitted', 'approved')).toBe(false);
    expect(canMoveStage('submitted', 'in_delivery')).toBe(false);
    for (const finished of ['closed', 'rejected', 'withdrawn'] as const) {
      expect(allowedNextStages(finished)).toEqual([]);
    }
  });

  it('lets a deferred request come back for decision', () => {
    expect(canMoveStage('deferred', 'ready_for_decision')).toBe(true);
  });

  it('keeps approve, defer and reject for steering group decisions', () => {
    expect(STAGES.filter(isDecisionStage)).toEqual(['approved', 'deferred', 'rejected']);
  });

  it('asks for a reason when a request is withdrawn or sent back to triage', () => {
    expect(moveNeedsReason('triage', 'withdrawn')).toBe(true);
    expect(moveNeedsReason('ready_for_decision', 'triage')).toBe(true);
    expect(moveNeedsReason('submitted', 'triage')).toBe(false);
  });

  it('lets a request be ready for decision only once it is scored', () => {
    expect(findMoveBlocker({ id: 'EH-1' }, 'ready_for_decision')).toBe('EH-1 has not been scored yet: ICT scores a request before it is ready for decision.');
    expect(findMoveBlocker({ id: 'EH-1', score: { total: 50 } }, 'ready_for_decision')).toBeUndefined();
    for (const stage of STAGES.filter((entry) => entry !== 'ready_for_decision')) expect(findMoveBlocker({ id: 'EH-1' }, stage)).toBeUndefined();
  });
});
