import type { BrowserContext, Page } from 'playwright-core';

/** What a page sent and received over the wire while counting. */
export interface NetworkTraffic {
  requests: number;
  /** Request lines and headers sent, plus everything received (headers and encoded body). */
  bytes: number;
  /** Each request: its path and the answer's status. */
  seen: { path: string; status: number }[];
}

/**
 * Counts a page's traffic through Chromium's DevTools protocol: the raw request headers it sent
 * (`requestWillBeSentExtraInfo`) and each answer's bytes on the wire, headers included
 * (`loadingFinished.encodedDataLength`). `settled` resolves once nothing is in flight.
 */
export async function countNetworkTraffic(context: BrowserContext, page: Page): Promise<{ take: () => NetworkTraffic; reset: () => void; settled: () => Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let traffic: NetworkTraffic = { requests: 0, bytes: 0, seen: [] };
  const inFlight = new Map<string, string>();
  const statuses = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => {
    traffic.requests += 1;
    inFlight.set(event.requestId, new URL(event.request.url).pathname);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const headers = Object.entries(event.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
    traffic.bytes += headers + 32; // the request line ("GET /api/v1/requests HTTP/1.1") is not among the headers
  });
  cdp.on('Network.responseReceived', (event) => statuses.set(event.requestId, event.response.status));
  cdp.on('Network.loadingFinished', (event) => {
    traffic.bytes += event.encodedDataLength;
    const path = inFlight.get(event.requestId);
    if (path !== undefined) traffic.seen.push({ path, status: statuses.get(event.requestId) ?? 0 });
    inFlight.delete(event.requestId);
  });
  cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
  return {
    take: () => traffic,
    reset: () => {
      traffic = { requests: 0, bytes: 0, seen: [] };
    },
    settled: async () => {
      for (let wait = 0; wait < 200 && inFlight.size > 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    },
  };
}
