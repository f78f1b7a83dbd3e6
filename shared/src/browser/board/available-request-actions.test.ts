import { ROLE_PERMISSIONS } from '../identity/permissions';
import type { RequestScore } from '../scoring/score-request';
import { availableRequestActions } from './available-request-actions';

const person = (id: string, role: keyof typeof ROLE_PERMISSIONS) => ({ id, permissions: ROLE_PERMISSIONS[role] });
const requester = { id: 'officer-1', name: 'Priya Shah' };
const score = { total: 64 } as RequestScore;

describe('availableRequestActions', () => {
  it('offers the chair the decision and the plain moves, never approve, defer or reject as moves', () => {
    const actions = availableRequestActions(person('chair', 'SteeringChair'), { id: 'EH-1', score, stage: 'ready_for_decision', requester });
    expect(actions.canDecide).toBe(true);
    expect(actions.moves).toEqual([
      { to: 'triage', needsReason: true },
      { to: 'withdrawn', needsReason: true },
    ]);
  });

  it('lets ICT move and score but not decide', () => {
    const actions = availableRequestActions(person('ict', 'ICT'), { id: 'EH-1', score, stage: 'triage', requester });
    expect(actions).toEqual({ moves: [{ to: 'ready_for_decision', needsReason: false }, { to: 'withdrawn', needsReason: true }], canScore: true, canDecide: false });
  });

  it('does not offer "ready for decision" before the request is scored', () => {
    const actions = availableRequestActions(person('ict', 'ICT'), { id: 'EH-1', stage: 'triage', requester });
    expect(actions.moves).toEqual([{ to: 'withdrawn', needsReason: true }]);
  });

  it('offers a steering group member nothing to change', () => {
    expect(availableRequestActions(person('member', 'SteeringMember'), { id: 'EH-1', score, stage: 'ready_for_decision', requester })).toEqual({ moves: [], canScore: false, canDecide: false });
  });

  it('lets an officer withdraw their own request, and nothing else', () => {
    expect(availableRequestActions(person('officer-1', 'Officer'), { id: 'EH-1', score, stage: 'ready_for_decision', requester })).toEqual({
      moves: [{ to: 'withdrawn', needsReason: true }],
      canScore: false,
      canDecide: false,
    });
    expect(availableRequestActions(person('officer-2', 'Officer'), { id: 'EH-1', score, stage: 'ready_for_decision', requester }).moves).toEqual([]);
  });

  it('offers no decision before a request is ready for one, and no scoring once it is finished', () => {
    expect(availableRequestActions(person('chair', 'SteeringChair'), { id: 'EH-1', score, stage: 'triage', requester }).canDecide).toBe(false);
    expect(availableRequestActions(person('ict', 'ICT'), { id: 'EH-1', score, stage: 'closed', requester }).canScore).toBe(false);
  });
});
