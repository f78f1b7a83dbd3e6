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

  it('sends nothing for activities other than messages', async () => {
    const sent: string[] = [];
    const context = { activity: { type: 'invoke' }, sendActivity: async (activity: { type: string }) => sent.push(activity.type) } as unknown as TurnContext;
    await typingIndicator(0, 1000).onTurn(context, async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(sent).toEqual([]);
  });
});
