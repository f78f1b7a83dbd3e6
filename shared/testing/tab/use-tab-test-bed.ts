import type { Page } from 'playwright-core';
import type { TestServer } from '../bot/start-test-server';
import { openTabAs, startTabTestBed, type TabBrowser, type TabTestBed } from './tab-browser';

/** How to open the tab: a Teams theme, the view to go to (its tab's name, e.g. "Application estate"), more address options. */
export interface OpenTabOptions {
  theme?: string;
  view?: string;
  query?: Record<string, string>;
}

/** One browser test file's real server and Chromium, and a way to open the tab as a person. */
export interface TabTestFile {
  readonly server: TestServer;
  readonly browser: TabBrowser;
  /**
   * Opens the tab as a demo user in a new browser profile (a separate person at their own screen),
   * in a theme, then goes to a view by clicking its tab, as the person would.
   */
  openTabAs: (user: string, options?: OpenTabOptions) => Promise<Page>;
  /** A blank page in a new browser profile, signed in as no one (for the demo-user picker, or a route to intercept first). */
  newPage: () => Promise<Page>;
}

/**
 * For a jest file of browser tests: starts the real server (own tables, demo data, over the test
 * Azurite) and Chromium before the file's tests, and closes both after them.
 */
export function useTabTestBed(options: { extraArgs?: string[] } = {}): TabTestFile {
  let bed: TabTestBed | undefined;
  beforeAll(async () => {
    bed = await startTabTestBed(options);
  }, 60_000);
  afterAll(async () => {
    await bed?.close();
  });
  const started = (): TabTestBed => {
    if (!bed) throw new Error('The tab test bed starts in beforeAll: use it inside a test or a hook.');
    return bed;
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    openTabAs: async (user, { theme, view, query } = {}) => {
      const { server, browser } = started();
      const page = await openTabAs(await browser.newContext(), server.url, user, { ...query, ...(theme ? { theme } : {}) });
      if (view) await page.getByRole('tab', { name: view }).click();
      return page;
    },
    newPage: async () => (await started().browser.newContext()).newPage(),
  };
}
