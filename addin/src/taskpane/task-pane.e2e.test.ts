import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'addin');

/**
 * The task pane in Debian's Chromium, outside Office, against the real server: Office.js comes
 * from the npm copy (served in place of Microsoft's CDN), so the pane meets Office.js as a browser
 * outside Word really does — host null, no Word.
 */
describe('the Word task pane outside Office (browser)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profile: string;
  const officeJsRequests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    if (!existsSync(path.join(ROOT, 'addin', 'dist', 'index.html'))) throw new Error('The add-in is not built: run "npm run build -w addin" (npm test does it first).');
    if (!existsSync(path.join(OFFICE_JS_DIR, 'office.js'))) throw new Error('@microsoft/office-js is not installed (npm install).');
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer();
    profile = mkdtempSync(path.join(os.tmpdir(), 'eh-addin-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 360, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    // Microsoft's CDN is not reachable here: answer it with the same files from the npm package.
    await context.route(`${OFFICE_CDN}**`, async (route) => {
      const relative = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
      const file = path.resolve(OFFICE_JS_DIR, relative);
      officeJsRequests.push(relative);
      if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: readFileSync(file) });
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (profile) rmSync(profile, { recursive: true, force: true });
    await server?.close();
  });

  async function openPane(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/addin/`);
    await page.getByRole('heading', { name: 'Entrance Hall – report tables' }).waitFor();
    return page;
  }

  it('loads Office.js from the npm copy, says plainly that Word is needed, and lists the catalogue for a report author', async () => {
    const page = await openPane();
    expect(officeJsRequests).toContain('office.js');
    await page.getByText('Word is needed to insert tables.').waitFor();
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');

    await page.getByRole('combobox', { name: /Act as/ }).selectOption('sarah.lewis');
    const tables = page.getByRole('radiogroup', { name: 'Insert a live table' });
    await tables.getByRole('radio').first().waitFor();
    const catalogue = (await (await server.api('sarah.lewis', 'GET', '/api/v1/reports/tables')).body.items) as { title: string }[];
    expect(await tables.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.closest('div')?.querySelector('label')?.textContent))).toEqual(catalogue.map((item) => item.title));

    // Without Word there is nothing to insert into: no insert button, a plain explanation, refresh disabled.
    expect(await page.getByRole('button', { name: 'Insert at cursor' }).count()).toBe(0);
    await page.getByText('Open this pane in Word to insert the table.').waitFor();
    expect(await page.getByRole('button', { name: 'Refresh all' }).isDisabled()).toBe(true);

    // The choices follow the table chosen: the action plan offers this organisation's years and themes.
    await tables.getByRole('radio', { name: 'ICT action plan' }).check();
    await page.getByRole('combobox', { name: 'Financial year' }).waitFor();
    const themes = await page.getByRole('combobox', { name: 'Strategy theme' }).locator('option').allTextContents();
    const strategy = (await server.api('sarah.lewis', 'GET', '/api/v1/strategy')).body as { themes: { title: string }[] };
    expect(themes).toEqual(['All', ...strategy.themes.map((theme) => theme.title)]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'task-pane-outside-word.png'), fullPage: true });

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('tells an officer plainly that their role does not include the report tables', async () => {
    const page = await openPane();
    await page.getByRole('combobox', { name: /Act as/ }).selectOption('priya.shah');
    await page.getByText('Your role does not include the report tables. Ask your Entrance Hall administrator for the Report author role.').waitFor();
  });
});
