import type { TurnContext } from 'botbuilder';
import { typingIndicator } from './typing-indicator';

/** A message turn whose sendActivity is the given function. */
function messageTurn(sendActivity: (activity: { type: string }) => Promise<unknown>): TurnContext {
  return { activity: { type: 'message' }, sendActivity } as unknown as TurnContext;
}

describe('the typing indicator', () => {
  it('shows typing while a slow answer is being worked out', async () => {
    const sent: string[] = [];
    let typingShown: () => void = () => undefined;
    const shown = new Promise<void>((resolve) => (typingShown = resolve));
    const context = messageTurn(async (activity) => {
      sent.push(activity.type);
      typingShown();
    });
    await typingIndicator(1, 1000).onTurn(context, () => shown);
    expect(sent[0]).toBe('typing');
  });

  it('drops an indicator that races the end of the turn instead of failing it', async () => {
    let attempted: () => void = () => undefined;
    const raced = new Promise<void>((resolve) => (attempted = resolve));
    const context = messageTurn(() => {
      attempted();
      throw new TypeError("Cannot perform 'get' on a proxy that has been revoked");
    });
    await expect(typingIndicator(1, 1000).onTurn(context, () => raced)).resolves.toBeUndefined();
  });

  it('hands an indicator still being sent when the turn ends to the tracker, so a shutdown can wait for it', async () => {
    let delivered: () => void = () => undefined;
    let started: () => void = () => undefined;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const context = messageTurn(() => {
      started();
      return new Promise((resolve) => (delivered = () => resolve(undefined)));
    });
    const tracked: Promise<void>[] = [];
    await typingIndicator(1, 1000, (work) => tracked.push(work)).onTurn(context, () => sending);
    // The turn is over; its indicator is not yet answered, and the tracker holds it until it is.
    expect(tracked).toHaveLength(1);
    let settled = false;
    void tracked[0]!.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    delivered();
    await tracked[0];
    expect(settled).toBe(true);
  });

  it('tracks an indicator that fails as settled, never as a failure', async () => {
    const tracked: Promise<void>[] = [];
    let attempted: () => void = () => undefined;
    const raced = new Promise<void>((resolve) => (attempted = resolve));
    const context = messageTurn(async () => {
      attempted();
      throw Object.assign(new Error('connector unreachable'), { code: 'ECONNREFUSED' });
    });
    await typingIndicator(1, 1000, (work) => tracked.push(work)).onTurn(context, () => raced);
    await expect(Promise.all(tracked)).resolves.toEqual([undefined]);
  });

  it('sends nothing for activities other than messages', async () => {
    const sent: string[] = [];
    const context = { activity: { type: 'invoke' }, sendActivity: async (activity: { type: string }) => sent.push(activity.type) } as unknown as TurnContext;
    await typingIndicator(0, 1000).onTurn(context, async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(sent).toEqual([]);
  });
});
