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

  it('says which forum and which line of its box each refused meeting date is on, storing nothing', async () => {
    const before = await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings');
    const page = await openSettings('light');
    const forum = before.body.forums[1].name as string;
    await page.getByLabel('Forum 2: meeting dates (YYYY-MM-DD, one a line)').fill('2027-01-20\n2027-13-01\n\nsoon');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // Under the box: one problem per bad line, each naming the forum and the line.
    const box = page.getByRole('group', { name: 'Forum 2' });
    await box.getByText(`${forum}, line 2: Meeting date is not a real date.`, { exact: false }).waitFor();
    const under = await box.getByText(`${forum}, line 2:`, { exact: false }).innerText();
    expect(under).toContain(`${forum}, line 4: Meeting date must be a date (YYYY-MM-DD).`);
    expect(under).not.toMatch(/line 3/);
    expect(await axeViolations(page)).toEqual([]);
    expect((await tab.server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body).toEqual(before.body);
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
