import { quarterOf } from '@entrance-hall/shared/domain/actions/financial-year';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { createRequestAt } from '../../../shared/testing/tab/request-fixtures';
import { openTabAs, saveScreenshot, startTabTestBed, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/**
 * Editing a request where the work happens: ICT changes its details and sequences it from the
 * board's detail panel, the chair only sequences; against the real server, Azurite and Chromium.
 */
describe('editing a request from the board (browser)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    bed = await startTabTestBed();
    server = bed.server;
  }, 60_000);

  afterAll(() => bed?.close());

  beforeEach(async () => {
    context = await bed.browser.newContext();
  });

  async function openDetail(page: Page, id: string, title: string): Promise<Locator> {
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(id);
    await page.getByRole('button', { name: `${id} ${title}` }).click();
    return page.getByTestId('request-detail');
  }

  /** The words a screen reader reads with a control: its accessible description. */
  function descriptionOf(control: Locator): Promise<string> {
    return control.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  }

  it('lets ICT change the sponsor and the costs, leave effort blank as not known, and keeps every other field', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Editable request' });
    const before = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    const page = await openTabAs(context, server.url, 'tom.reed');
    const detail = await openDetail(page, request.id, 'Editable request');
    const form = detail.getByRole('form', { name: `Edit ${request.id}` });
    await form.getByRole('textbox', { name: 'Sponsor' }).fill('Director of Place');
    await form.getByText('17 of 200 characters').waitFor();
    await form.getByRole('textbox', { name: 'Capital cost (£)' }).fill('50000');
    await form.getByRole('textbox', { name: 'ICT effort (days)' }).fill('');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'board-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();

    await page.reload();
    const card = page.locator(`article[data-request-id="${request.id}"]`);
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(request.id);
    await card.getByText('£53,000').waitFor();
    const reopened = await openDetail(page, request.id, 'Editable request');
    await reopened.locator('dd').filter({ hasText: /^Director of Place$/ }).waitFor();
    await reopened.locator('dt', { hasText: /^ICT effort$/ }).locator('xpath=following-sibling::dd[1]').filter({ hasText: 'Not known' }).waitFor();

    const after = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect(after.body).toMatchObject({ sponsor: 'Director of Place', capitalCost: 50000, revenueCost: 3000 });
    expect(after.body.ictEffortDays).toBeUndefined();
    for (const field of ['title', 'serviceArea', 'problem', 'proposedOutcome', 'themeIds', 'neededBy', 'stage', 'requester']) expect(after.body[field]).toEqual(before.body[field]);
  });

  it('sequences a request into a quarter for ICT', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Quarter request' });
    const quarter = quarterOf(new Date().toISOString().slice(0, 10));
    const page = await openTabAs(context, server.url, 'tom.reed');
    const detail = await openDetail(page, request.id, 'Quarter request');
    await detail.getByRole('combobox', { name: 'Planned quarter' }).selectOption(quarter.id);
    await detail.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();
    await detail.locator('dd').filter({ hasText: new RegExp(`^${quarter.id}$`) }).waitFor();
    const stored = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect(stored.body.plannedQuarter).toBe(quarter.id);
  });

  it('keeps what ICT typed when someone else saved first, and saves it on the newer version after', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Contested request' });
    const page = await openTabAs(context, server.url, 'tom.reed');
    const detail = await openDetail(page, request.id, 'Contested request');
    const form = detail.getByRole('form', { name: `Edit ${request.id}` });
    await form.getByRole('textbox', { name: 'Sponsor' }).fill('Chief Executive');

    const current = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    const other = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${request.id}`, { body: { serviceArea: 'Highways' }, headers: { 'If-Match': current.body.etag } });
    expect(other.status).toBe(200);

    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByTestId('conflict-notice').waitFor();
    expect(await form.getByRole('textbox', { name: 'Sponsor' }).inputValue()).toBe('Chief Executive');
    // Fields the person did not touch show the newer version (once the panel has fetched it).
    const serviceArea = form.getByRole('textbox', { name: 'Service area' });
    // Waited for as Playwright waits for anything (not a count of short sleeps), then checked.
    await page.waitForFunction((input) => (input as HTMLInputElement).value === 'Highways', await serviceArea.elementHandle()).catch(() => undefined);
    expect(await serviceArea.inputValue()).toBe('Highways');
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body.sponsor).toBe('Head of Environmental Services');

    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body).toMatchObject({ sponsor: 'Chief Executive', serviceArea: 'Highways' });
  });

  it("shows the API's field error under the field and keeps the typing", async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Too costly request' });
    const page = await openTabAs(context, server.url, 'tom.reed');
    const detail = await openDetail(page, request.id, 'Too costly request');
    const form = detail.getByRole('form', { name: `Edit ${request.id}` });
    const capital = form.getByRole('textbox', { name: 'Capital cost (£)' });
    await capital.fill('2000000000');
    await form.getByRole('textbox', { name: 'Sponsor' }).fill('Finance Director');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Capital cost must be £1,000,000,000 or less.').waitFor();
    expect(await descriptionOf(capital)).toContain('Capital cost must be £1,000,000,000 or less.');
    expect(await capital.getAttribute('aria-invalid')).toBe('true');
    expect(await capital.inputValue()).toBe('2000000000');
    expect(await form.getByRole('textbox', { name: 'Sponsor' }).inputValue()).toBe('Finance Director');
    const stored = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect(stored.body).toMatchObject({ capitalCost: 12000, sponsor: 'Head of Environmental Services' });

    // A figure that is not a whole number is named before anything is sent, in a Fluent message.
    await capital.fill('12.5k');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Capital cost must be a whole number, 0 or more, or left blank if not known.').waitFor();
  });

  it('offers the chair only the quarter, and stores it', async () => {
    const request = await createRequestAt(server, 'ready_for_decision', { title: 'Chair quarter request' });
    const quarter = quarterOf(new Date().toISOString().slice(0, 10));
    const page = await openTabAs(context, server.url, 'helen.morris');
    const detail = await openDetail(page, request.id, 'Chair quarter request');
    const form = detail.getByRole('form', { name: `Sequence ${request.id}` });
    await form.getByRole('combobox', { name: 'Planned quarter' }).waitFor();
    expect(await form.getByRole('textbox').count()).toBe(0);
    expect(await detail.getByRole('form', { name: `Edit ${request.id}` }).count()).toBe(0);
    await form.getByRole('combobox', { name: 'Planned quarter' }).selectOption(quarter.id);
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save quarter' }).click();
    await detail.getByText('Quarter saved.').waitFor();
    const stored = await server.api('helen.morris', 'GET', `/api/v1/requests/${request.id}`);
    expect(stored.body).toMatchObject({ plannedQuarter: quarter.id, sponsor: 'Head of Environmental Services' });
  });
  /** Opens a request's edit form at a shared meeting screen's size (1366×768). */
  async function openEditForm(id: string, title: string, query: Record<string, string> = {}) {
    const page = await openTabAs(context, server.url, 'tom.reed', query);
    await page.setViewportSize({ width: 1366, height: 768 });
    const detail = await openDetail(page, id, title);
    const form = detail.getByRole('form', { name: `Edit ${id}` });
    await form.waitFor();
    return { page, detail, form };
  }

  it('lets ICT profile the budget by year, share it between partners and record wards and the notice, by keyboard, and the route becomes a key decision', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Profiled request' });
    const before = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    const { page, detail, form } = await openEditForm(request.id, 'Profiled request');
    await detail.getByTestId('route-key-decision').filter({ hasText: /^Not known yet/ }).waitFor();

    // Keyboard only: the Add button puts the focus in the new row's first box, Tab moves along it.
    await form.getByRole('button', { name: 'Add a financial year' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Financial year, row 1');
    await page.keyboard.type('2026/27');
    await page.keyboard.press('Tab');
    await page.keyboard.type('40,000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3000');
    await form.getByRole('button', { name: 'Add a financial year' }).click();
    await form.getByRole('textbox', { name: 'Financial year, row 2' }).fill('2027/28');
    await form.getByRole('textbox', { name: 'Capital (£), row 2' }).fill('10000');
    await form.getByRole('textbox', { name: 'Revenue (£), row 2' }).fill('3000');
    await form.getByTestId('budget-total-capital').filter({ hasText: '£50,000' }).waitFor();
    await form.getByText('£56,000 over the years, capital and revenue together.').waitFor();

    for (const [row, council, percent] of [[1, 'Eastvale District', '60'], [2, 'Westmoor Borough', '40']] as const) {
      await form.getByRole('button', { name: 'Add a partner' }).click();
      await form.getByRole('textbox', { name: `Partner council, row ${row}` }).fill(council);
      await form.getByRole('textbox', { name: `Share (%), row ${row}` }).fill(percent);
    }
    await form.getByTestId('share-total').filter({ hasText: 'Total 100%' }).waitFor();
    await form.getByRole('textbox', { name: 'Wards significantly affected' }).fill('3');
    await form.getByLabel('Forward plan notice published').fill('2026-12-01');
    await form.getByText('Published 1 December 2026').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'board-edit-profile-1366');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();
    // The route is worked out again for the saved version: three wards make it a key decision.
    await detail.getByTestId('route-key-decision').filter({ hasText: 'Yes, a key decision' }).filter({ hasText: 'Significant effect on 3 wards' }).waitFor();
    await detail.getByTestId('route-forward-plan-notice').filter({ hasText: 'Published 1 December 2026' }).waitFor();

    await page.reload();
    const reopened = await openDetail(page, request.id, 'Profiled request');
    const budget = reopened.getByTestId('budget-profile');
    await budget.getByRole('row', { name: '2026/27 £40,000 £3,000' }).waitFor();
    await budget.getByRole('row', { name: 'Total £50,000 £6,000' }).waitFor();
    await reopened.locator('dd').filter({ hasText: /^Eastvale District 60%, Westmoor Borough 40%$/ }).waitFor();
    await reopened.locator('dd').filter({ hasText: /^3 wards$/ }).waitFor();
    await reopened.locator('dd').filter({ hasText: /^1 December 2026$/ }).waitFor();
    expect(await reopened.getByRole('textbox', { name: 'Financial year, row 2' }).inputValue()).toBe('2027/28');
    await reopened.getByTestId('route-key-decision').filter({ hasText: 'Yes, a key decision' }).waitFor();
    await budget.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'board-detail-profile-1366');

    const after = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect(after.body).toMatchObject({
      budgetProfile: [
        { year: '2026/27', capital: 40000, revenue: 3000 },
        { year: '2027/28', capital: 10000, revenue: 3000 },
      ],
      partnerShares: [
        { council: 'Eastvale District', percent: 60 },
        { council: 'Westmoor Borough', percent: 40 },
      ],
      wardsAffected: 3,
      forwardPlanNoticeOn: '2026-12-01',
    });
    expect(after.body.decisionRoute.keyDecision.status).toBe('key');
    for (const field of ['title', 'sponsor', 'capitalCost', 'revenueCost', 'ictEffortDays', 'themeIds', 'neededBy', 'plannedQuarter']) expect(after.body[field]).toEqual(before.body[field]);
  }, 60_000);

  it('refuses partner shares that total 90% at the field, in words, and sends nothing', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Shared request' });
    const { page, detail, form } = await openEditForm(request.id, 'Shared request');
    const patches: string[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patches.push(sent.url());
    });
    for (const [row, council, percent] of [[1, 'Eastvale District', '50'], [2, 'Westmoor Borough', '40']] as const) {
      await form.getByRole('button', { name: 'Add a partner' }).click();
      await form.getByRole('textbox', { name: `Partner council, row ${row}` }).fill(council);
      await form.getByRole('textbox', { name: `Share (%), row ${row}` }).fill(percent);
    }
    const message = 'Partner shares must add up to 100%; these add up to 90%.';
    await form.getByTestId('share-total').filter({ hasText: message }).waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    const first = form.getByRole('textbox', { name: 'Share (%), row 1' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Share (%), row 1');
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(first)).toContain(message);
    expect(await descriptionOf(form.getByRole('textbox', { name: 'Share (%), row 2' }))).toContain(message);
    expect(await form.getByRole('textbox', { name: 'Partner council, row 2' }).inputValue()).toBe('Westmoor Borough');
    expect(patches).toEqual([]);
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body.partnerShares).toBeUndefined();

    await first.fill('60');
    await form.getByTestId('share-total').filter({ hasText: 'Total 100%' }).waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();
    expect(patches).toHaveLength(1);
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body.partnerShares).toEqual([
      { council: 'Eastvale District', percent: 60 },
      { council: 'Westmoor Borough', percent: 40 },
    ]);
  }, 60_000);

  it('keeps the budget rows ICT typed when someone else saved first, and leaves what they saved', async () => {
    const request = await createRequestAt(server, 'triage', { title: 'Contested budget' });
    const { detail, form } = await openEditForm(request.id, 'Contested budget');
    await form.getByRole('button', { name: 'Add a financial year' }).click();
    await form.getByRole('textbox', { name: 'Financial year, row 1' }).fill('2026/27');
    await form.getByRole('textbox', { name: 'Capital (£), row 1' }).fill('12000');
    await form.getByRole('textbox', { name: 'Revenue (£), row 1' }).fill('3000');

    const current = await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect((await server.api('tom.reed', 'PATCH', `/api/v1/requests/${request.id}`, { body: { wardsAffected: 1 }, headers: { 'If-Match': current.body.etag } })).status).toBe(200);

    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByTestId('conflict-notice').waitFor();
    expect(await form.getByRole('textbox', { name: 'Capital (£), row 1' }).inputValue()).toBe('12000');
    await form.getByRole('textbox', { name: 'Wards significantly affected' }).and(form.locator('input[value="1"]')).waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await detail.getByText('Changes saved.').waitFor();
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body).toMatchObject({ budgetProfile: [{ year: '2026/27', capital: 12000, revenue: 3000 }], wardsAffected: 1 });
  }, 60_000);

  it.each(['light', 'dark', 'contrast'] as const)('has no axe violations on the open form with budget and share rows and a problem shown, %s', async (theme) => {
    const request = await createRequestAt(server, 'triage', { title: `Themed form ${theme}` });
    const { page, form } = await openEditForm(request.id, `Themed form ${theme}`, { theme });
    await form.getByRole('button', { name: 'Add a financial year' }).click();
    await form.getByRole('textbox', { name: 'Financial year, row 1' }).fill('2026/28');
    await form.getByRole('button', { name: 'Add a partner' }).click();
    await form.getByRole('textbox', { name: 'Partner council, row 1' }).fill('Eastvale District');
    await form.getByRole('textbox', { name: 'Share (%), row 1' }).fill('90');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Year must be a financial year such as 2026/27.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `board-edit-profile-${theme}`);
  }, 60_000);
});
