import type { Page } from 'playwright-core';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * Every view of the tab in Teams' light, dark and high-contrast themes: no axe-core violations,
 * and the charts say in words what their colours show. Screenshots for a person to look at.
 */
describe('the tab in Teams themes (browser, axe-core)', () => {
  const tab = useTabTestBed();

  it('the demo-user picker and the configuration page', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.server.url}/tab/`);
    await page.getByRole('heading', { name: 'Entrance Hall – choose who to act as' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${tab.server.url}/tab/config.html`);
    await page.getByRole('radio', { name: /^Board:/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a member\'s detail panel can be scrolled by keyboard', async () => {
    const page = await tab.openTabAs('david.okafor', { theme: 'dark' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('section[data-stage="ready_for_decision"] article button').first().click();
    const detail = page.getByTestId('request-detail');
    await detail.getByRole('heading', { name: 'History' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const body = page.getByRole('region', { name: /^Details of / });
    await body.focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => (document.querySelector('[role="region"][aria-label^="Details of "]')?.scrollTop ?? 0) > 0);
  });

  describe.each(['light', 'dark', 'contrast'] as const)('%s', (theme) => {
    let page: Page;

    beforeAll(async () => {
      page = await tab.openTabAs('helen.morris', { theme });
    }, 60_000);

    const openView = async (name: string) => {
      await page.getByRole('tab', { name }).click();
    };

    it('the board and the detail panel', async () => {
      await openView('Board');
      await page.locator('section[data-stage="ready_for_decision"] article').first().waitFor();
      expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `board-${theme}`);
      await page.locator('section[data-stage="ready_for_decision"] article button').first().click();
      await page.getByTestId('request-detail').getByRole('heading', { name: 'History' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('request-detail').waitFor({ state: 'detached' });
    });

    it('meeting mode', async () => {
      await openView('Meeting');
      await page.getByTestId('agenda-item').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    it('capacity against demand, with what does not fit named in words', async () => {
      await openView('Capacity');
      const view = page.getByTestId('capacity-view');
      await view.getByRole('img', { name: 'ICT days per quarter: capacity against demand' }).waitFor();
      await view.getByRole('table', { name: 'ICT days per quarter: capacity against demand: the figures' }).waitFor();
      const capacity = await tab.server.api('helen.morris', 'GET', '/api/v1/capacity');
      const notFitting = capacity.body.quarters.flatMap((quarter: { doesNotFit: string[] }) => quarter.doesNotFit);
      for (const id of notFitting) await view.getByText(new RegExp(`^Does not fit in .*: ${id} `)).waitFor();
      expect(await view.getByRole('table', { name: /ICT days per quarter/ }).locator('tbody tr').count()).toBe(capacity.body.quarters.length);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `capacity-${theme}`);
    });

    it('value against effort, each request also in a table', async () => {
      await openView('Value and effort');
      const view = page.getByTestId('value-effort-view');
      await view.getByRole('img', { name: 'Value against effort of open requests' }).waitFor();
      const rows = view.getByRole('table', { name: 'Each request on the matrix' }).locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.first().textContent()).toMatch(/Quick wins|Major projects|Fill-ins|Question these/);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `value-effort-${theme}`);
    });

    it('the risk heat map, levels in words', async () => {
      await openView('Risks');
      const view = page.getByTestId('risk-view');
      const grid = view.getByRole('table', { name: /Risk heat map/ });
      await grid.waitFor();
      expect(await grid.locator('td[data-cell]').count()).toBe(25);
      expect(await grid.locator('td[data-cell="5x5"]').textContent()).toContain('High (25)');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `risks-${theme}`);
    });

    it('the strategy, RAG status in words as well as colour', async () => {
      await openView('Strategy');
      const view = page.getByTestId('strategy-view');
      await view.getByText('Amber – at risk').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `strategy-${theme}`);
    });

    it('every view can be reached and used by keyboard alone', async () => {
      await openView('Board');
      await page.getByRole('tab', { name: 'Board' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.getByTestId('agenda-item').waitFor();
      await page.getByRole('tab', { name: 'Meeting' }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      const firstCard = page.locator('section[data-stage="ready_for_decision"] article button').first();
      await firstCard.focus();
      await page.keyboard.press('Enter');
      const detail = page.getByTestId('request-detail');
      await detail.getByRole('radio', { name: 'Approve' }).waitFor();
      // Focus is inside the panel; Escape closes it and returns focus to the card.
      expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      expect(await firstCard.evaluate((element) => element === document.activeElement)).toBe(true);
    });
  });
});
