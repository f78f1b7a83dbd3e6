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
    for (let tries = 0; tries < 100 && (await serviceArea.inputValue()) !== 'Highways'; tries += 1) await page.waitForTimeout(100);
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
});
