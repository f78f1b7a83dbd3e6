import type { BrowserContext } from 'playwright-core';
import { openTabAs, startTabTestBed, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/**
 * The detail panel's decision route for a request already decided: who decided it and when, not a
 * meeting to come; against the real server, Azurite and Chromium.
 */
describe('the decision route of a decided request (browser)', () => {
  let bed: TabTestBed;
  let context: BrowserContext;

  beforeAll(async () => {
    bed = await startTabTestBed();
    context = await bed.browser.newContext();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await bed?.close();
  });

  it('says who approved a request in delivery and when, with no meeting or forward-plan date to come', async () => {
    const list = await bed.server.api('tom.reed', 'GET', '/api/v1/requests?stage=in_delivery');
    const routes = await Promise.all(
      (list.body.items as { id: string; title: string }[]).map(async (item) => ({ ...item, summary: (await bed.server.api('tom.reed', 'GET', `/api/v1/requests/${item.id}`)).body.decisionRoute.summary as string })),
    );
    const decided = routes.find((route) => route.summary.startsWith('Approved by the Digital Group on '))!;
    expect(decided).toBeDefined();

    const page = await openTabAs(context, bed.server.url, 'tom.reed');
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(decided.id);
    await page.getByRole('button', { name: `${decided.id} ${decided.title}` }).click();
    const route = page.getByTestId('request-detail').getByTestId('decision-route');
    await route.getByText(/^Approved by the Digital Group on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/).waitFor();
    const text = await route.innerText();
    expect(text).not.toMatch(/will decide|forward plan first/);
    expect(await route.getByTestId('route-earliest-decision-date').count()).toBe(0);
  });
});
