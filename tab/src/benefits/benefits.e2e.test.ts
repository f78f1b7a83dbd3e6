import type { Page } from 'playwright-core';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * The Benefits view in the browser: planned against realised for the portfolio and for one
 * request, RAG and "Not yet known" in words, reviews owed; no axe-core violations in Teams' light,
 * dark and high-contrast themes.
 */
describe('benefits realisation in the tab (browser, axe-core)', () => {
  const tab = useTabTestBed();

  const openBenefits = async (user: string, theme: string): Promise<Page> => {
    const page = await tab.openTabAs(user, { theme, view: 'Benefits' });
    await page.getByTestId('benefits-summary').waitFor();
    return page;
  };

  it.each(['light', 'dark', 'contrast'] as const)('%s: the portfolio, one request, and no accessibility violations', async (theme) => {
    const page = await openBenefits('tom.reed', theme);
    const view = page.getByTestId('benefits-view');
    await expect(view.getByTestId('benefits-summary').textContent()).resolves.toMatch(/benefits of agreed and delivered projects\. Reviews due: \d+; overdue \(more than 28 days\): [1-9]/);
    // Planned against realised by year, in a data table beside the chart.
    const years = view.getByRole('table', { name: /Cashable savings by financial year: planned against realised: the figures/ });
    await expect(years.getByRole('row', { name: /^2025\/26/ }).textContent()).resolves.toMatch(/2025\/26£18,000£16,5001 of 1/);
    await expect(years.textContent()).resolves.toContain('Not yet known');
    expect(await view.locator('svg[role="img"] desc').textContent()).toContain('2025/26: planned £18,000, realised £16,500');
    // RAG in words; overdue reviews listed for ICT to chase.
    const eachSaving = view.getByRole('table', { name: 'Each cashable saving' });
    await expect(eachSaving.getByRole('row', { name: /Cash collection contract ended/ }).textContent()).resolves.toContain('Amber: Below plan.');
    await expect(view.getByRole('table', { name: 'Reviews due or overdue, earliest first' }).textContent()).resolves.toContain('Overdue');
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `benefits-${theme}`);

    // One request: its benefits only.
    await view.getByRole('combobox', { name: 'Show benefits for' }).click();
    await page.getByRole('option', { name: /Committee management system upgrade/ }).click();
    await expect(view.getByTestId('benefits-summary').textContent()).resolves.toMatch(/^2 benefits of EH-\d{4}-\d{4} Committee management system upgrade/);
    await expect(eachSaving.getByRole('row', { name: /Printed agenda packs stopped/ }).textContent()).resolves.toContain('Not yet known');
    expect(await view.getByRole('row', { name: /Cash collection contract ended/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an officer sees the benefits they own, and nothing of another council', async () => {
    const page = await openBenefits('priya.shah', 'light');
    const owners = await page.getByTestId('benefits-view').locator('table:has(caption:text-matches("^Each")) tbody tr td:nth-child(3)').allTextContents();
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set(['Priya Shah']));
    await page.context().close();
    const fenwick = await openBenefits('owen.price', 'light');
    const text = await fenwick.getByTestId('benefits-view').textContent();
    expect(text).toContain('Shared telephony platform for both councils');
    expect(text).not.toContain('Cashless parking payments');
    await fenwick.context().close();
  });
});
