import type http from 'node:http';

export interface InFlightTracker {
  /** Requests being answered right now. */
  readonly count: number;
  /**
   * Stops accepting connections, lets every request already received finish (its connection is
   * closed after the answer), then closes what is left. Waits at most `timeoutMs` for stragglers.
   */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * Counts the requests an HTTP server is answering, so a shutdown can wait for them: a client
 * that got an answer has its write stored, and one that did not was never half-served.
 */
export function trackInFlight(server: http.Server): InFlightTracker {
  const active = new Set<http.ServerResponse>();
  let draining = false;
  let settled: (() => void) | undefined;
  server.prependListener('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    active.add(response);
    if (draining) response.shouldKeepAlive = false;
    response.once('close', () => {
      active.delete(response);
      if (active.size === 0) settled?.();
    });
  });
  return {
    get count() {
      return active.size;
    },
    async drain(timeoutMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const response of active) if (!response.headersSent) response.shouldKeepAlive = false;
      server.closeIdleConnections();
      if (active.size > 0) {
        await new Promise<void>((resolve) => {
          settled = resolve;
          setTimeout(resolve, timeoutMs).unref();
        });
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
