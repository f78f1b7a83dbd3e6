import type { Page } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { countNetworkTraffic, type NetworkTraffic } from '../../../shared/testing/tab/count-network-traffic';
import { seedLargePortfolio } from '../../../shared/testing/tab/seed-large-portfolio';
import { startTabTestBed, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

const REQUESTS = 1000;
/** The aims: an idle board at 1,000 requests, and a meeting-mode client while nothing changes. */
const BOARD_AIM_BYTES_PER_MINUTE = 5 * 1024;
const MEETING_AIM_REQUESTS_PER_MINUTE = 60;

/**
 * What an idle tab costs on the wire, counted in Chromium over the real server: one minute of the
 * tab's own time (Playwright's clock, moved on a second at a time, each second's requests let
 * finish before the next), so the figure is bytes and requests, never a race against the wall clock.
 */
describe('idle traffic (browser, 1,000 requests)', () => {
  let bed: TabTestBed;
  let server: TestServer;

  beforeAll(async () => {
    bed = await startTabTestBed();
    server = bed.server;
    await seedLargePortfolio(server, 'ashcombe', REQUESTS);
  }, 120_000);

  afterAll(() => bed?.close());

  /** Opens the tab with its clock under the test's control, and counts one idle minute of it. */
  const idleMinute = async (query: Record<string, string>, ready: (page: Page) => Promise<void>, hidden = false): Promise<NetworkTraffic> => {
    const context = await bed.browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.install();
    const counter = await countNetworkTraffic(context, page);
    await page.goto(`${server.url}/tab/?${new URLSearchParams(query).toString()}`);
    await ready(page);
    if (hidden) {
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      });
    }
    await page.clock.pauseAt(Date.now() + 60 * 60_000);
    await counter.settled();
    counter.reset();
    for (let second = 0; second < 60; second += 1) {
      await page.clock.runFor(1_000);
      await counter.settled();
    }
    const traffic = counter.take();
    await context.close();
    return traffic;
  };

  it(`costs at most ${BOARD_AIM_BYTES_PER_MINUTE / 1024} KB a minute on the board while nothing changes`, async () => {
    const traffic = await idleMinute({ as: 'helen.morris' }, (page) => page.getByText(/^\d[\d,]* requests shown$/).waitFor({ timeout: 60_000 }));
    process.stdout.write(`Idle board, 1,000 requests: ${traffic.requests} requests, ${traffic.bytes} bytes in a minute\n`);
    expect(traffic.requests).toBeGreaterThan(0);
    expect(traffic.seen.every((entry) => entry.path === '/api/v1/requests' && entry.status === 304)).toBe(true);
    expect(traffic.bytes).toBeLessThanOrEqual(BOARD_AIM_BYTES_PER_MINUTE);
  }, 180_000);

  it('asks nothing at all while the board is hidden', async () => {
    const traffic = await idleMinute({ as: 'helen.morris' }, (page) => page.getByText(/^\d[\d,]* requests shown$/).waitFor({ timeout: 60_000 }), true);
    expect(traffic.requests).toBe(0);
  }, 180_000);

  it(`makes at most ${MEETING_AIM_REQUESTS_PER_MINUTE} requests a minute in meeting mode while nothing changes, each a 304`, async () => {
    const traffic = await idleMinute({ as: 'david.okafor', view: 'meeting', layout: 'stage' }, (page) => page.getByTestId('agenda-item').waitFor({ timeout: 60_000 }));
    process.stdout.write(`Idle meeting mode: ${traffic.requests} requests, ${traffic.bytes} bytes in a minute\n`);
    expect(traffic.requests).toBeGreaterThan(0);
    expect(traffic.requests).toBeLessThanOrEqual(MEETING_AIM_REQUESTS_PER_MINUTE);
    expect(traffic.seen.every((entry) => entry.path.endsWith('/feed') && entry.status === 304)).toBe(true);
  }, 180_000);
});
