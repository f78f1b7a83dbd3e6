import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** Hosts the test pretends to be (Playwright answers for them; nothing leaves the machine). */
const TEAMS = 'https://teams.microsoft.com';
const WORD_ON_THE_WEB = 'https://word-edit.officeapps.live.com';
const STRANGER = 'https://clickjacker.example.com';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * CSP violations a frame reported (collected from the first script on). zod probes once whether
 * it may compile validators with `Function('')`, catches the refusal and validates without: that
 * report is expected and harmless, so it is left out (the tab can silence it with zod's jitless).
 */
async function violationsIn(frame: Frame): Promise<string[]> {
  const reported = await frame.evaluate(() => window.cspViolations ?? []);
  return reported.filter((violation) => violation !== 'script-src eval');
}

describe('the Content-Security-Policy in Chromium: the tab and task pane still work, only Microsoft 365 may frame them', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    for (const part of ['tab', 'addin']) {
      if (!existsSync(path.join(ROOT, part, 'dist', 'index.html'))) throw new Error(`The ${part} is not built: run "npm run build" (npm test does it first).`);
    }
    server = await startTestServer();
    profile = mkdtempSync(path.join(os.tmpdir(), 'eh-csp-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Local network access checks would stop a (pretend) public host framing 127.0.0.1 at all,
      // before CSP is even consulted; in production both are public https origins.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=LocalNetworkAccessChecks'],
      locale: 'en-GB',
    });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    // Office.js from the npm copy in place of Microsoft's CDN, which is not reachable here.
    await context.route(`${OFFICE_CDN}**`, async (route) => {
      const file = path.resolve(OFFICE_JS_DIR, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
      if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: readFileSync(file) });
    });
    // The hosts that frame the app: a page with one iframe, served for their https origin.
    for (const host of [TEAMS, WORD_ON_THE_WEB, STRANGER]) {
      await context.route(`${host}/**`, (route) => {
        const target = new URL(route.request().url()).searchParams.get('frame') ?? '';
        return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>host</title><iframe id="app" src="${target}" width="1200" height="800"></iframe>` });
      });
    }
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (profile) rmSync(profile, { recursive: true, force: true });
    await server?.close();
  });

  const frameHost = async (host: string, appUrl: string) => {
    const page = await context.newPage();
    await page.goto(`${host}/meeting?frame=${encodeURIComponent(appUrl)}`);
    return page;
  };

  it('renders the built tab with no CSP violation', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/tab/?as=priya.shah`);
    await page.getByText(/^Signed in as /).first().waitFor();
    expect(await violationsIn(page.mainFrame())).toEqual([]);
    await page.close();
  });

  it('renders the built task pane, with Office.js from Microsoft’s CDN, with no CSP violation', async () => {
    const page = await context.newPage();
    const officeJs = page.waitForRequest((request) => request.url() === `${OFFICE_CDN}office.js`);
    await page.goto(`${server.url}/addin/`);
    await page.getByRole('heading', { name: 'Entrance Hall – report tables' }).waitFor();
    expect((await officeJs).url()).toBe(`${OFFICE_CDN}office.js`);
    expect(await violationsIn(page.mainFrame())).toEqual([]);
    await page.close();
  });

  it('lets Teams frame the tab', async () => {
    const page = await frameHost(TEAMS, `${server.url}/tab/?as=priya.shah`);
    const app = page.frameLocator('#app');
    await app.getByText(/^Signed in as /).first().waitFor();
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${server.url}/tab/`));
    expect(frame).toBeDefined();
    expect(await violationsIn(frame!)).toEqual([]);
    await page.close();
  });

  it('lets Word on the web frame the task pane (it loads and runs Office.js there)', async () => {
    const page = await context.newPage();
    const blocked: string[] = [];
    // Only refusals count: Office.js, finding no real Office around it, may abandon later loads.
    page.on('requestfailed', (request) => {
      if (/BLOCKED/.test(request.failure()?.errorText ?? '')) blocked.push(`${request.url()} ${request.failure()?.errorText}`);
    });
    const pane = page.waitForResponse((response) => response.url() === `${server.url}/addin/`);
    // Office.js is fetched by the framed task pane itself: its document was allowed to load and run.
    const officeJs = page.waitForRequest((request) => request.url() === `${OFFICE_CDN}office.js` && request.frame() !== page.mainFrame());
    await page.goto(`${WORD_ON_THE_WEB}/we/wordeditorframe.aspx?frame=${encodeURIComponent(`${server.url}/addin/`)}`);
    expect((await pane).status()).toBe(200);
    await officeJs;
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by any other site', async () => {
    const page = await context.newPage();
    const refusal = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    const blocked = page.waitForEvent('requestfailed', (request) => request.url().startsWith(`${server.url}/tab/`));
    const errorPage = page.waitForEvent('framenavigated', (frame) => frame !== page.mainFrame() && frame.url() === 'chrome-error://chromewebdata/');
    await page.goto(`${STRANGER}/innocent-page?frame=${encodeURIComponent(`${server.url}/tab/?as=priya.shah`)}`);
    expect((await refusal).text()).toMatch(/^Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors /);
    expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    // What the visitor sees in the frame is the browser's error page, not the tab.
    expect((await errorPage).url()).toBe('chrome-error://chromewebdata/');
    await page.close();
  });
});
