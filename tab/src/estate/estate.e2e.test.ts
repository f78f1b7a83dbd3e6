import type { Page } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { openTabAs, saveScreenshot, startTabTestBed, type TabBrowser, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/** The application estate view and the overlaps at triage, as the steering group and ICT see them, in Teams' three themes. */
describe('the application estate in the tab (browser, axe-core)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let browser: TabBrowser;

  beforeAll(async () => {
    bed = await startTabTestBed();
    ({ server, browser } = bed);
  }, 60_000);
  afterAll(async () => {
    await bed?.close();
  });

  const openEstate = async (page: Page) => {
    await page.getByRole('tab', { name: 'Application estate' }).click();
    await page.getByRole('heading', { name: 'Application estate' }).waitFor();
  };

  it.each(['light', 'dark', 'contrast'] as const)('%s: the count against the target, the estate by capability and disposition, contracts ending, with no axe violations', async (theme) => {
    const page = await openTabAs(await browser.newContext(), server.url, 'helen.morris', { theme });
    await openEstate(page);
    await page.getByText(/^134 business applications in the estate \(12 switched off so far\)\. Target: 100 by/).waitFor();
    await page.getByText(/Behind plan: the plan expects \d+ today/).waitFor();
    const byCapability = page.getByRole('table', { name: 'The estate by capability and disposition: the figures' });
    await byCapability.getByRole('columnheader', { name: 'Eliminate' }).waitFor();
    expect(await byCapability.getByRole('row').last().textContent()).toMatch(/^Total\d+\d+\d+\d+134$/);
    const contracts = page.getByRole('table', { name: /^Contracts ending in the next 18 months/ });
    expect(await contracts.getByRole('row', { name: /Repairs Manager 6/ }).textContent()).toContain('EH-2026-0002');
    expect(await contracts.getByRole('row', { name: /Financial Management System/ }).textContent()).toContain('No request covers it');
    await page.getByRole('img', { name: /Applications in the estate over time, against the target/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `estate-${theme}`);
  });

  it('is not offered to an officer', async () => {
    const page = await openTabAs(await browser.newContext(), server.url, 'priya.shah', {});
    await page.getByRole('tab', { name: 'Board' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Application estate' }).count()).toBe(0);
  });

  it('shows ICT the overlaps of a request at triage, and records that it replaces an application', async () => {
    const page = await openTabAs(await browser.newContext(), server.url, 'tom.reed', { theme: 'dark' });
    await page.locator('section[data-stage="submitted"] article button', { hasText: 'Replacement for the housing repairs system' }).click();
    const overlaps = page.getByTestId('overlaps');
    await overlaps.getByText(/^Application: Repairs Manager 6 \(relevance 100 of 100; Same capability: Housing/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'This replaces Repairs Manager 6' }).click();
    await overlaps.getByText(/This replaces it \(Tom Reed,/).waitFor();
  });
});
