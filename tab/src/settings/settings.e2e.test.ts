import type { Page } from 'playwright-core';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * The administrator's organisation settings in Teams' three themes (axe-core), a refused value
 * shown by its field with nothing stored, and the meeting agenda flagging a key decision that has
 * no forward plan notice in time.
 */
describe('organisation settings and forward plan warnings (browser)', () => {
  const tab = useTabTestBed();

  const openSettings = async (theme: string): Promise<Page> => {
    const page = await tab.openTabAs('mark.evans', { theme, view: 'Organisation settings' });
    await page.getByRole('heading', { name: 'Organisation settings: how decisions are routed' }).waitFor();
    return page;
  };

  it.each(['light', 'dark', 'contrast'])('has no accessibility violations in the %s theme', async (theme) => {
    const page = await openSettings(theme);
    expect(await page.getByLabel('Level 2: decision maker').inputValue()).toBe('Digital Group');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `settings-${theme}`);
  });

  it('shows a refused value under its field, keeps the typing and stores nothing', async () => {
    const before = await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings');
    const page = await openSettings('light');
    await page.getByLabel('Key decision from a whole-life cost of (£)').fill('-100');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // Under its field (the summary above the form says it too).
    await page.getByText('Key decision threshold cannot be negative.', { exact: true }).waitFor();
    expect(await page.getByLabel('Key decision from a whole-life cost of (£)').inputValue()).toBe('-100');
    expect(await axeViolations(page)).toEqual([]);
    expect((await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body).toEqual(before.body);

    await page.getByLabel('Key decision from a whole-life cost of (£)').fill('150000');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.', { exact: false }).waitFor();
    expect((await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body.keyDecision.moneyThreshold).toBe(150_000);
    const restored = await tab.server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', {
      body: { ...before.body, etag: undefined, id: undefined, organisationId: undefined, updatedAt: undefined, updatedBy: undefined },
      headers: { 'If-Match': (await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body.etag },
    });
    expect(restored.status).toBe(200);
  });

  it('is not offered to people who are not administrators', async () => {
    const page = await tab.openTabAs('helen.morris');
    await page.getByRole('tab', { name: 'Board' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Organisation settings' }).count()).toBe(0);
  });

  it('flags on the agenda a key decision without forward plan notice in time', async () => {
    const page = await tab.openTabAs('helen.morris', { query: { view: 'meeting' } });
    const warnings = page.getByTestId('forward-plan-warnings');
    await warnings.waitFor();
    const text = await warnings.innerText();
    expect(text).toContain('Homelessness case management system: Key decision not on the forward plan');
    expect(text).not.toContain('Finance system upgrade');
    expect(await axeViolations(page)).toEqual([]);
  });
});
