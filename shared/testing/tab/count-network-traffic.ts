import type { BrowserContext, Page } from 'playwright-core';

/** What a page sent and received over the wire while counting. */
export interface NetworkTraffic {
  requests: number;
  /** Request lines and headers sent, plus everything received (headers and encoded body). */
  bytes: number;
  /** Each request: its path and the answer's status. */
  seen: { path: string; status: number }[];
}

/** How long `settled` waits for the page's requests to finish before it fails (a busy machine is slow, not wrong). */
const SETTLE_LIMIT_MS = 45_000;

/**
 * Counts a page's traffic through Chromium's DevTools protocol: the raw request headers it sent
 * (`requestWillBeSentExtraInfo`) and each answer's bytes on the wire, headers included
 * (`loadingFinished.encodedDataLength`). A request counts in the count it was SENT in: one sent
 * before `reset` and answered after it is not counted, however late its answer comes.
 * `settled` resolves once nothing is in flight, and fails (never carries on) if that does not come.
 */
export async function countNetworkTraffic(context: BrowserContext, page: Page): Promise<{ take: () => NetworkTraffic; reset: () => void; settled: () => Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let traffic: NetworkTraffic = { requests: 0, bytes: 0, seen: [] };
  const inFlight = new Map<string, string>();
  const statuses = new Map<string, number>();
  /** The traffic each request belongs to (the count running when it was sent). */
  const countOf = new Map<string, NetworkTraffic>();
  const belongsTo = (requestId: string): NetworkTraffic => {
    if (!countOf.has(requestId)) countOf.set(requestId, traffic);
    return countOf.get(requestId)!;
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    belongsTo(event.requestId).requests += 1;
    inFlight.set(event.requestId, new URL(event.request.url).pathname);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const headers = Object.entries(event.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
    belongsTo(event.requestId).bytes += headers + 32; // the request line ("GET /api/v1/requests HTTP/1.1") is not among the headers
  });
  cdp.on('Network.responseReceived', (event) => statuses.set(event.requestId, event.response.status));
  cdp.on('Network.loadingFinished', (event) => {
    const count = belongsTo(event.requestId);
    count.bytes += event.encodedDataLength;
    const path = inFlight.get(event.requestId);
    if (path !== undefined) count.seen.push({ path, status: statuses.get(event.requestId) ?? 0 });
    inFlight.delete(event.requestId);
  });
  cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
  return {
    take: () => traffic,
    reset: () => {
      traffic = { requests: 0, bytes: 0, seen: [] };
    },
    settled: async () => {
      for (let waited = 0; inFlight.size > 0; waited += 25) {
        if (waited >= SETTLE_LIMIT_MS) throw new Error(`Requests still in flight after ${SETTLE_LIMIT_MS / 1000} s: ${[...inFlight.values()].join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
