import type { BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { LONG_UNBROKEN_TITLE, seedLargePortfolio } from '../../../shared/testing/tab/seed-large-portfolio';
import { openTabAs, saveScreenshot, startTabTestBed, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

const REQUESTS = 1000;

/**
 * The board of a large council (1,000 requests) on a chair's shared 1366×768 screen in Chromium:
 * only what is in view is in the page, the filters are one row, the horizontal scroll bar is on
 * screen, one Tab stop per column with the arrow keys inside, the table view sorts, and axe finds
 * nothing in light, dark and high contrast.
 */
describe('the board at 1,000 requests (browser, 1366×768)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let context: BrowserContext;
  let onBoard: number;
  let shown: string;

  beforeAll(async () => {
    bed = await startTabTestBed();
    server = bed.server;
    ({ onBoard } = await seedLargePortfolio(server, 'ashcombe', REQUESTS));
    shown = `${new Intl.NumberFormat('en-GB').format(onBoard)} requests shown`;
    context = await bed.browser.newContext();
  }, 120_000);

  afterAll(() => bed?.close());

  // Each test closes its page, so only one tab polls at a time.
  const openBoard = async (query: Record<string, string> = {}): Promise<Page> => {
    const page = await openTabAs(context, server.url, 'helen.morris', query);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByText(shown, { exact: true }).waitFor();
    return page;
  };
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

  it('renders only the cards in view, keeps the filters in one row and the sideways scroll bar on screen', async () => {
    const page = await openBoard();
    const cards = await page.locator('article[data-request-id]').count();
    expect(cards).toBeGreaterThan(12);
    expect(cards).toBeLessThan(150);
    // Each column says how many it holds, though it renders a few.
    const ready = await server.api('helen.morris', 'GET', '/api/v1/requests?stage=ready_for_decision');
    await page.locator('section[data-stage="ready_for_decision"]').getByRole('heading', { name: `Ready for decision (${ready.body.count})` }).waitFor();

    const filterTops = await page.locator('form[role="search"] > *').evaluateAll((fields) => fields.map((field) => Math.round(field.getBoundingClientRect().top)));
    expect(new Set(filterTops).size).toBe(1);

    const board = await page.getByTestId('board').evaluate((element) => ({ bottom: element.getBoundingClientRect().bottom, scrolls: element.scrollWidth > element.clientWidth }));
    expect(board.scrolls).toBe(true);
    expect(board.bottom).toBeLessThanOrEqual(768);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // A 120-character unbroken title wraps inside its card.
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(LONG_UNBROKEN_TITLE);
    const long = page.locator('article[data-request-id]').filter({ hasText: LONG_UNBROKEN_TITLE });
    await long.waitFor();
    expect((await long.boundingBox())!.width).toBeLessThanOrEqual(260);
    await page.getByRole('searchbox', { name: 'Search requests' }).fill('');
    await page.getByText(shown, { exact: true }).waitFor();
    await saveScreenshot(page, 'board-1000-1366');
    await page.close();
  }, 120_000);

  it('is one Tab stop per column, with the arrow keys, Home and End moving between cards', async () => {
    const page = await openBoard();
    const columns = page.locator('section[data-stage]');
    const firstOf = async (index: number) => (await columns.nth(index).locator('article button').first().textContent())!;
    await columns.nth(0).locator('article button').first().focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(await firstOf(1));
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(await firstOf(2));
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe(await firstOf(1));

    // Down the column, then to its last card, which was not in the page until asked for.
    await page.keyboard.press('ArrowDown');
    const triage = await server.api('helen.morris', 'GET', '/api/v1/requests?stage=triage&sort=score');
    expect(await focusedName(page)).toBe(`${triage.body.items[1].id} ${triage.body.items[1].title}`);
    await page.keyboard.press('End');
    const last = triage.body.items.at(-1);
    await page.waitForFunction((name) => document.activeElement?.textContent === name, `${last.id} ${last.title}`);
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toBe(`${triage.body.items[0].id} ${triage.body.items[0].title}`);
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe(await firstOf(2));
    // The column remembers its place: Shift+Tab goes back to the card left in column 2.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe(`${triage.body.items[5].id} ${triage.body.items[5].title}`);

    // Enter opens it; Escape returns to the same card.
    await page.keyboard.press('Enter');
    await page.getByTestId('request-detail').getByRole('heading', { name: 'History' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('request-detail').waitFor({ state: 'detached' });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, `${triage.body.items[5].id} ${triage.body.items[5].title}`);
    await page.close();
  }, 120_000);

  it('shows the same requests as a sortable table, rows windowed and one Tab stop', async () => {
    const page = await openBoard();
    await page.getByRole('radio', { name: 'Table' }).check();
    const table = page.getByRole('table', { name: /^Requests as a table/ });
    await table.waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(onBoard + 1));
    expect(await table.locator('tbody tr[data-request-id]').count()).toBeLessThan(150);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Request', 'Stage', 'Service area', 'Score', 'Cost', 'ICT effort', 'Needed by', 'Risk']);

    await table.getByRole('button', { name: 'Score', exact: true }).click();
    await page.getByRole('table', { name: 'Requests as a table, sorted by score, descending' }).waitFor();
    expect(await table.getByRole('columnheader', { name: 'Score' }).getAttribute('aria-sort')).toBe('descending');
    const scores = (await table.locator('tbody tr[data-request-id] td:nth-of-type(3)').allTextContents()).slice(0, 5).map(Number);
    expect(scores[0]).toBe(100);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await table.getByRole('button', { name: 'Score', exact: true }).click();
    expect(await table.getByRole('columnheader', { name: 'Score' }).getAttribute('aria-sort')).toBe('ascending');

    // The rows are one Tab stop; End reaches the last row, which is then in the page.
    await table.locator('tbody button[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.waitForFunction((count) => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') === String(count + 1), onBoard);
    expect(await table.locator('tbody [tabindex="0"]').count()).toBe(1);
    await saveScreenshot(page, 'board-table-1000-1366');
    await page.close();
  }, 120_000);

  it.each(['light', 'dark', 'contrast'] as const)('has no axe violations as cards or a table at 1,000 requests, %s', async (theme) => {
    const page = await openBoard({ theme });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Table' }).check();
    await page.getByRole('table', { name: /^Requests as a table/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `board-table-${theme}`);
    await page.close();
  }, 180_000);
});
