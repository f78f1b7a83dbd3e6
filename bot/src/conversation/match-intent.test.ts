import { matchIntent } from './match-intent';

describe('matchIntent', () => {
  it.each([
    ['new request', 'new_request'],
    ['New Request!', 'new_request'],
    ['I have an idea for a system', 'new_request'],
    ["I've got an idea", 'new_request'],
    ['start a new project', 'new_request'],
    ['my requests', 'my_requests'],
    ['show me my requests please', 'my_requests'],
    ['help', 'help'],
    ['What can you do?', 'help'],
    ['cancel', 'cancel'],
    ['Cancel this', 'cancel'],
    ['hello', 'greeting'],
    ['the printer on floor 2 is broken', 'unknown'],
    ['please cancel my subscription to the newsletter', 'unknown'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(matchIntent(text).kind).toBe(kind);
  });

  it('reads a reference anywhere as a status question, normalised', () => {
    expect(matchIntent('status EH-2026-0042')).toEqual({ kind: 'status', reference: 'EH-2026-0042' });
    expect(matchIntent('where is eh-2026-42?')).toEqual({ kind: 'status', reference: 'EH-2026-0042' });
  });
});
