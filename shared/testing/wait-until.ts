/**
 * How long a test waits for something the server does in the background (a notification sent, a
 * row marked, a span ended) before it fails naming it. Long, because a shared CI machine can be
 * slow for many seconds at a time, and below jest's 60 s per test, so the failure says what never came.
 */
export const WAIT_LIMIT_MS = 50_000;

/**
 * Looks again every 100 ms until `find` gives something (a truthy value, which it returns);
 * fails naming `what` after `limitMs` of wall-clock time. For waiting, never for asserting that
 * something did NOT happen: wait for the state in which it can no longer happen, then assert.
 */
export async function waitUntil<T>(what: string, find: () => T | undefined | null | false | Promise<T | undefined | null | false>, limitMs = WAIT_LIMIT_MS): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() >= deadline) throw new Error(`Waited ${Math.round(limitMs / 1000)} s in vain for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
