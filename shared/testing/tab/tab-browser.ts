import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';

/** Debian's Chromium: the only browser on this machine (never `playwright install`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const ROOT = path.resolve(__dirname, '../../..');
/** Where the tests write screenshots for a person to look at. */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'tab');

/** Fails with a clear message when what the browser tests need is missing (never a skip). */
export function assertBrowserTestPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH).`);
  if (!existsSync(path.join(ROOT, 'tab', 'dist', 'index.html'))) throw new Error('The tab is not built: run "npm run build -w tab" (npm test does it first).');
}

export interface TabBrowser {
  /** A new, separate browser profile: its own session storage and cookies, like a second person. */
  newContext: () => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/** Starts headless Chromium with fresh profiles; each context is a person at their own screen. */
export async function launchTabBrowser(options: { extraArgs?: string[] } = {}): Promise<TabBrowser> {
  assertBrowserTestPrerequisites();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const contexts: { context: BrowserContext; dir: string }[] = [];
  return {
    newContext: async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'eh-tab-profile-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
        viewport: { width: 1400, height: 900 },
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      contexts.push({ context, dir });
      return context;
    },
    close: async () => {
      for (const { context, dir } of contexts) {
        await context.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens the tab as a demo user (dev sign-in) with the given query, and waits for the first view. */
export async function openTabAs(context: BrowserContext, baseUrl: string, user: string, query: Record<string, string> = {}): Promise<Page> {
  const page = context.pages()[0] && context.pages()[0]!.url() === 'about:blank' ? context.pages()[0]! : await context.newPage();
  const params = new URLSearchParams({ as: user, ...query });
  await page.goto(`${baseUrl}/tab/?${params.toString()}`);
  await page.getByText(/^Signed in as /).or(page.getByTestId('meeting-room')).first().waitFor();
  return page;
}

/** Saves a full-page screenshot under test-output/tab/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** What a browser test file runs against: the real server (own tables, demo data) and Chromium. */
export interface TabTestBed {
  server: TestServer;
  browser: TabBrowser;
  close: () => Promise<void>;
}

/** Starts the real server over the test Azurite and a Chromium for one test file. */
export async function startTabTestBed(options: { extraArgs?: string[] } = {}): Promise<TabTestBed> {
  const server = await startTestServer();
  try {
    const browser = await launchTabBrowser(options);
    return {
      server,
      browser,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
