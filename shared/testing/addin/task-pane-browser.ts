import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** Screenshots for a person to look at. */
export const ADDIN_SCREENSHOTS = path.join(ROOT, 'test-output', 'addin');

export interface TaskPaneBrowser {
  context: BrowserContext;
  /** Paths under the Office.js CDN the pane asked for. */
  officeJsRequests: string[];
  open: (baseUrl: string) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium with a fresh profile and a task-pane-sized window. Microsoft's Office.js CDN is
 * not reachable here, so its URLs are answered from the npm copy (`@microsoft/office-js`) — or,
 * when `officeJs` is given, with that script in place of office.js (a stand-in Word host).
 */
export async function launchTaskPaneBrowser(options: { officeJs?: string } = {}): Promise<TaskPaneBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  if (!existsSync(path.join(ROOT, 'addin', 'dist', 'index.html'))) throw new Error('The add-in is not built: run "npm run build -w addin" (npm test does it first).');
  if (!existsSync(path.join(OFFICE_JS_DIR, 'office.js'))) throw new Error('@microsoft/office-js is not installed (npm install).');
  mkdirSync(ADDIN_SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'eh-addin-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const officeJsRequests: string[] = [];
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const relative = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    officeJsRequests.push(relative);
    if (options.officeJs !== undefined && relative === 'office.js') return route.fulfill({ status: 200, contentType: 'application/javascript', body: options.officeJs });
    const file = path.resolve(OFFICE_JS_DIR, relative);
    if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'application/javascript', body: readFileSync(file) });
  });
  return {
    context,
    officeJsRequests,
    open: async (baseUrl) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/addin/`);
      await page.getByRole('heading', { name: 'Entrance Hall – report tables' }).waitFor();
      return page;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
