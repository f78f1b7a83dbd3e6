import { createRequestAt } from '../../../shared/testing/tab/request-fixtures';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * The portfolio board in Debian's Chromium against the real server and Azurite: what a steering
 * group member, the chair and an officer each see and can do.
 */
describe('the portfolio board (browser)', () => {
  const tab = useTabTestBed();

  it('offers the demo users to act as when opened in a plain browser', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.server.url}/tab/`);
    await page.getByRole('heading', { name: 'Entrance Hall – choose who to act as' }).waitFor();
    await page.getByRole('button', { name: /^Act as David Okafor/ }).click();
    await page.getByText('Signed in as David Okafor (Steering group member)').waitFor();
  });

  it('shows a steering group member the board in stage columns, filters it, and opens a request with everything about it', async () => {
    const page = await tab.openTabAs('david.okafor');
    const ready = page.locator('section[data-stage="ready_for_decision"]');
    await ready.getByRole('heading', { name: /^Ready for decision \(\d+\)$/ }).waitFor();
    const all = await tab.server.api('david.okafor', 'GET', '/api/v1/requests?stage=ready_for_decision');
    await expectText(ready.getByRole('heading', { level: 2 }), `Ready for decision (${all.body.count})`);
    await saveScreenshot(page, 'board-light');

    await page.getByRole('searchbox', { name: 'Search requests' }).fill('homelessness');
    await page.getByText('1 request shown').waitFor();
    const card = page.locator('article[data-request-id]');
    expect(await card.count()).toBe(1);
    await card.getByRole('button').click();

    const detail = page.getByTestId('request-detail');
    await detail.getByText('Homelessness case management system').first().waitFor();
    await detail.getByRole('table', { name: 'Parts of the score' }).waitFor();
    await detail.getByRole('heading', { name: 'History' }).waitFor();
    await detail.getByText('Homelessness Reduction Act 2017', { exact: false }).first().waitFor();
    // A member sees everything but may not decide or move requests.
    expect(await detail.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    await detail.getByText('your role does not change it').waitFor();
    await saveScreenshot(page, 'board-detail');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    await page.getByRole('searchbox', { name: 'Search requests' }).fill('');
    await page.getByLabel('Stage').selectOption('approved');
    await page.locator('section[data-stage]').first().waitFor();
    expect(await page.locator('section[data-stage]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-stage')))).toEqual(['approved']);
  });

  it('lets the chair record a decision from the board, stored with its reason', async () => {
    const request = await createRequestAt(tab.server, 'ready_for_decision', { title: 'Board decision request' });
    const page = await tab.openTabAs('helen.morris');
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(request.id);
    await page.getByRole('button', { name: `${request.id} Board decision request` }).click();
    const detail = page.getByTestId('request-detail');
    await detail.getByRole('radio', { name: 'Defer' }).check();
    await detail.getByLabel('Reason for the decision').fill('Wait for the budget round');
    await detail.getByLabel('Conditions (optional)').fill('Bring back in March');
    await detail.getByRole('button', { name: 'Record decision' }).click();
    // Nothing is recorded until the chair confirms the outcome, named in the question.
    await page.getByRole('group', { name: 'Record the decision “Deferred”?' }).getByRole('button', { name: 'Record: Deferred' }).click();
    await detail.getByText('Decision recorded: Deferred.').waitFor();
    await expectText(detail.getByTestId('detail-stage'), 'Deferred');

    const decisions = await tab.server.api('helen.morris', 'GET', `/api/v1/requests/${request.id}/decisions`);
    expect(decisions.body.items).toEqual([expect.objectContaining({ outcome: 'defer', reason: 'Wait for the budget round', conditions: 'Bring back in March' })]);
    await page.keyboard.press('Escape');
    await page.locator('section[data-stage="deferred"]').getByRole('button', { name: `${request.id} Board decision request` }).waitFor();
  });

  it('tells the chair when someone else changed the request first, shows the newer version and saves nothing', async () => {
    const request = await createRequestAt(tab.server, 'ready_for_decision', { title: 'Conflict request' });
    const page = await tab.openTabAs('helen.morris');
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(request.id);
    await page.getByRole('button', { name: `${request.id} Conflict request` }).click();
    const detail = page.getByTestId('request-detail');
    await detail.getByRole('button', { name: 'Record decision' }).waitFor();

    // ICT re-scores it while the chair has it open.
    const current = await tab.server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    const scored = await tab.server.api('tom.reed', 'PUT', `/api/v1/requests/${request.id}/score`, {
      body: { ratings: { strategicFit: 5, benefits: 5, statutoryNeed: 5, riskOfNotDoing: 5, cost: 5, effort: 5, readiness: 5 }, rationale: 'Rescored after the options appraisal' },
      headers: { 'If-Match': current.body.etag },
    });
    expect(scored.status).toBe(200);

    await detail.getByRole('radio', { name: 'Approve' }).check();
    await detail.getByLabel('Reason for the decision').fill('Approve on the old figures');
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await page.getByRole('button', { name: 'Record: Approved' }).click();
    await detail.getByTestId('conflict-notice').waitFor();
    await detail.getByText(`Someone else changed ${request.id} after you opened it`).waitFor();
    // The newer version is on screen: ICT's new score and rationale.
    await detail.getByText('Score 100 of 100').waitFor();
    await detail.getByText('Rationale: Rescored after the options appraisal').waitFor();
    // What the chair typed is still there to try again.
    expect(await detail.getByLabel('Reason for the decision').inputValue()).toBe('Approve on the old figures');
    await saveScreenshot(page, 'board-conflict');

    const decisions = await tab.server.api('helen.morris', 'GET', `/api/v1/requests/${request.id}/decisions`);
    expect(decisions.body.items).toEqual([]);
  });

  it('lets ICT score a request with each part shown, and move it on to be decided', async () => {
    const request = await createRequestAt(tab.server, 'triage', { title: 'ICT scoring request' });
    const page = await tab.openTabAs('tom.reed');
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(request.id);
    await page.getByRole('button', { name: `${request.id} ICT scoring request` }).click();
    const detail = page.getByTestId('request-detail');
    expect(await detail.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    for (const label of ['Strategic fit', 'Benefits', 'Statutory need', 'Risk of not doing it', 'Cost (5 = low)', 'ICT effort (5 = light)', 'Readiness']) {
      await detail.getByLabel(label).selectOption('4');
    }
    await detail.getByLabel('Rationale (optional)').fill('Clear benefits, modest effort');
    await detail.getByRole('button', { name: 'Save score' }).click();
    await detail.getByText('Score saved.').waitFor();
    await detail.getByText('Score 80 of 100').waitFor();
    expect(await detail.getByRole('table', { name: 'Parts of the score' }).locator('tbody tr').count()).toBe(7);

    await detail.getByLabel('Move to').selectOption({ label: 'Ready for decision' });
    await detail.getByRole('button', { name: 'Move to Ready for decision' }).click();
    await detail.getByText('Moved to Ready for decision.').waitFor();
    const stored = await tab.server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`);
    expect(stored.body).toMatchObject({ stage: 'ready_for_decision', score: { total: 80, rationale: 'Clear benefits, modest effort' } });
    await detail.getByRole('heading', { name: 'History' }).waitFor();
    await detail.getByText(/Moved from Triage to Ready for decision/).waitFor();
  });

  it('does not offer an officer the decision, only withdrawing their own request', async () => {
    const request = await createRequestAt(tab.server, 'ready_for_decision', { title: 'Officer own request' });
    const page = await tab.openTabAs('priya.shah');
    expect(await page.getByRole('tab', { name: 'Meeting' }).count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(request.id);
    await page.getByRole('button', { name: `${request.id} Officer own request` }).click();
    const detail = page.getByTestId('request-detail');
    await detail.getByRole('button', { name: 'Move to Withdrawn' }).waitFor();
    expect(await detail.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    expect(await detail.getByRole('radio', { name: 'Approve' }).count()).toBe(0);
    expect(await detail.getByRole('button', { name: 'Save score' }).count()).toBe(0);
  });

  it('shows a request titled with HTML as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> & <script>window.__pwned=2</script><b>bold</b>';
    const request = await createRequestAt(tab.server, 'submitted', { title: hostile, problem: '<iframe src="javascript:alert(1)"></iframe>' });
    const dialogs: string[] = [];
    const page = await tab.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${tab.server.url}/tab/?as=david.okafor`);
    const card = page.locator(`article[data-request-id="${request.id}"]`);
    await card.getByRole('button', { name: `${request.id} ${hostile}` }).waitFor();
    expect(await card.locator('img, script, b, iframe').count()).toBe(0);
    await card.getByRole('button').click();
    const detail = page.getByTestId('request-detail');
    await detail.getByText('<iframe src="javascript:alert(1)"></iframe>').waitFor();
    expect(await detail.locator('iframe, img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows a clear message and a Retry button when the server cannot be reached, then recovers', async () => {
    const page = await tab.newPage();
    // The list of requests, whatever its page and filters (the board asks for ?limit=…).
    const requestList = /\/api\/v1\/requests(\?[^/]*)?$/;
    await page.route(requestList, (route) => route.abort('connectionrefused'));
    await page.goto(`${tab.server.url}/tab/?as=david.okafor`);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the portfolio' });
    await alert.getByText('Cannot reach Entrance Hall', { exact: false }).waitFor();
    await saveScreenshot(page, 'board-error');
    await page.unroute(requestList);
    await page.route(requestList, (route) => route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Temporarily unavailable', status: 503, detail: 'Storage is down.', code: 'unavailable' }) }));
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('alert').filter({ hasText: 'Temporarily unavailable' }).waitFor();
    await page.unroute(requestList);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await page.locator('section[data-stage="ready_for_decision"]').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
  expect(await locator.filter({ hasText: text }).count()).toBeGreaterThan(0);
}
