import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';

/**
 * Shows "typing…" while an officer's message takes longer than `delayMs` to answer, again every
 * `periodMs`. Unlike botbuilder's ShowTypingMiddleware, a typing indicator that loses the race with
 * the end of the turn is simply dropped: the turn's context is revoked by then, and an indicator
 * nobody will see must not fail the turn or the process. An indicator already on its way when the
 * turn ends (its HTTP call, and the connector client's retries) is handed to `track`, so a shutdown
 * waits for it instead of leaving it running behind a closed server.
 */
export function typingIndicator(delayMs: number, periodMs: number, track: (sending: Promise<void>) => void = () => undefined): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (context.activity.type !== ActivityTypes.Message) return next();
      let finished = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (delay: number) => {
        timer = setTimeout(() => {
          if (finished) return;
          try {
            track(context.sendActivity({ type: ActivityTypes.Typing }).then(
              () => undefined,
              () => undefined,
            ));
          } catch {
            return; // the turn ended while the timer fired
          }
          schedule(periodMs);
        }, delay);
      };
      schedule(delayMs);
      try {
        await next();
      } finally {
        finished = true;
        clearTimeout(timer);
      }
    },
  };
}
