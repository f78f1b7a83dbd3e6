import type { Locator } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { createRequestAt } from '../../../shared/testing/tab/request-fixtures';
import { openTabAs, saveScreenshot, startTabTestBed, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/**
 * The chair reorders a meeting's agenda by dragging and by keyboard, hears where each item went,
 * and saves it as a merge patch with If-Match: when someone else saved the meeting first (412),
 * the chair's order is kept, the other person's change is not written over, and saving again stores both.
 */
describe('reordering the agenda (browser)', () => {
  let bed: TabTestBed;
  let server: TestServer;

  beforeAll(async () => {
    bed = await startTabTestBed();
    server = bed.server;
  }, 60_000);

  afterAll(() => bed?.close());

  const order = (form: Locator) => form.locator('[data-agenda-entry]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-agenda-entry')));

  it('by drag and by keyboard, kept through a 412 and saved without overwriting anyone', async () => {
    const [a, b, c] = [await createRequestAt(server, 'ready_for_decision', { title: 'Agenda A' }), await createRequestAt(server, 'ready_for_decision', { title: 'Agenda B' }), await createRequestAt(server, 'ready_for_decision', { title: 'Agenda C' })];
    const created = await server.api('helen.morris', 'POST', '/api/v1/meetings', {
      body: { forum: 'Digital Group', title: 'Digital Group – reorder', startsAt: '2027-03-10T10:00:00.000Z', agenda: [a!.id, b!.id, c!.id], attendees: ['Helen Morris (Chair)'] },
    });
    expect(created.status).toBe(201);
    const page = await openTabAs(await bed.browser.newContext(), server.url, 'helen.morris', { view: 'meeting', meeting: created.body.id });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Change this meeting' }).click();
    const form = page.getByRole('form', { name: 'Change Digital Group – reorder' });
    await form.locator(`[data-agenda-entry="${a!.id}"]`).waitFor();

    // Drag the last item to the top.
    await form.locator(`[data-agenda-entry="${c!.id}"]`).dragTo(form.locator(`[data-agenda-entry="${a!.id}"]`));
    expect(await order(form)).toEqual([c!.id, a!.id, b!.id]);
    await form.getByText(`${c!.id} moved to position 1 of 3.`).waitFor();
    // The keyboard does the same with Move down, announced the same way.
    await form.getByRole('button', { name: `Move down ${a!.id}` }).focus();
    await page.keyboard.press('Enter');
    expect(await order(form)).toEqual([c!.id, b!.id, a!.id]);
    await form.getByText(`${a!.id} moved to position 3 of 3.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Meanwhile ICT records who is present.
    const current = await server.api('tom.reed', 'GET', `/api/v1/meetings/${created.body.id}`);
    const changed = await server.api('tom.reed', 'PATCH', `/api/v1/meetings/${created.body.id}`, { body: { attendees: ['Helen Morris (Chair)', 'Tom Reed'] }, headers: { 'If-Match': current.body.etag } });
    expect(changed.status).toBe(200);

    await form.getByRole('button', { name: 'Save the meeting' }).click();
    await form.getByText('Changed by someone else.').waitFor();
    expect(await order(form)).toEqual([c!.id, b!.id, a!.id]);
    expect(await form.getByLabel('Present (one name a line)').inputValue()).toBe('Helen Morris (Chair)\nTom Reed');
    await saveScreenshot(page, 'meeting-agenda-reorder-conflict');
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    await form.waitFor({ state: 'detached' });
    const stored = await server.api('helen.morris', 'GET', `/api/v1/meetings/${created.body.id}`);
    expect(stored.body).toMatchObject({ agenda: [c!.id, b!.id, a!.id], attendees: ['Helen Morris (Chair)', 'Tom Reed'] });
  }, 120_000);
});
