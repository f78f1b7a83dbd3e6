import { readFileSync } from 'node:fs';
import type { TestServer } from '../../../bot/src/testing/start-test-server';
import { createRequestAt } from '../testing/request-fixtures';
import { openTabAs, saveScreenshot, startTabTestBed, type TabBrowser, type TabTestBed } from '../testing/tab-browser';

/**
 * Meeting mode in two browsers at once: the chair records a decision in place; a member's tab,
 * never reloaded, shows it; the minutes carry it.
 */
describe('meeting mode (browser)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let browser: TabBrowser;
  let meeting: { id: string; title: string };
  let first: { id: string; title: string };
  let second: { id: string; title: string };

  beforeAll(async () => {
    bed = await startTabTestBed();
    ({ server, browser } = bed);
    first = await createRequestAt(server, 'ready_for_decision', { title: 'Meeting item: council tax chatbot', ictEffortDays: 30 });
    second = await createRequestAt(server, 'ready_for_decision', { title: 'Meeting item: <b>housing</b> & repairs' });
    const created = await server.api('helen.morris', 'POST', '/api/v1/meetings', {
      body: { forum: 'Digital Group', title: 'Digital Group – tab test', startsAt: '2026-12-16T14:00:00.000Z', agenda: [first.id, second.id], attendees: ['Helen Morris (Chair)', 'David Okafor'] },
    });
    expect(created.status).toBe(201);
    meeting = created.body;
  }, 60_000);

  afterAll(async () => {
    await bed?.close();
  });


  it('lets the chair decide in place, and a member sees it appear without reloading; the minutes record it', async () => {
    const chair = await openTabAs(await browser.newContext(), server.url, 'helen.morris', { view: 'meeting', meeting: meeting.id });
    const memberContext = await browser.newContext();
    const member = await openTabAs(memberContext, server.url, 'david.okafor', { view: 'meeting', meeting: meeting.id, layout: 'stage' });
    await member.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));

    const chairItem = chair.getByTestId('agenda-item');
    await chairItem.getByRole('heading', { name: `1. ${first.id} ${first.title}` }).waitFor();
    await member.getByTestId('agenda-item').getByText('Waiting for the chair to record the decision.').waitFor();
    await chair.getByText('0 of 2 decided.').waitFor();
    await saveScreenshot(chair, 'meeting-chair');

    await chairItem.getByRole('radio', { name: 'Approve' }).check();
    await chairItem.getByLabel('Reason for the decision').fill('Clear savings; fits Q4 capacity');
    await chairItem.getByLabel('Conditions (optional)').fill('Benefits report in six months');
    await chairItem.getByRole('button', { name: 'Record decision' }).click();
    await chairItem.getByTestId('agenda-decision').getByText('Decided: Approved.').waitFor();

    // The member's tab, polling, shows the decision: same document, no reload.
    await member.getByTestId('agenda-decision').getByText('Decided: Approved.').waitFor();
    await member.locator(`[data-agenda-item="${first.id}"]`).getByText('Decided: Approved').waitFor();
    await member.getByText('1 of 2 decided.').waitFor();
    expect(await member.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await saveScreenshot(member, 'meeting-stage');

    const stored = await server.api('david.okafor', 'GET', `/api/v1/decisions?meeting=${meeting.id}`);
    expect(stored.body.items).toEqual([expect.objectContaining({ requestId: first.id, outcome: 'approve', reason: 'Clear savings; fits Q4 capacity', conditions: 'Benefits report in six months', meetingId: meeting.id })]);

    const minutes = member.getByTestId('minutes-text');
    await minutes.getByText(`1. ${first.id} – ${first.title}`, { exact: false }).waitFor();
    const text = await minutes.textContent();
    expect(text).toContain('Decision: Approved');
    expect(text).toContain('Conditions: Benefits report in six months');
    expect(text).toContain('Present: Helen Morris (Chair), David Okafor');

    const [download] = await Promise.all([chair.waitForEvent('download'), chair.getByRole('button', { name: 'Download minutes' }).click()]);
    const downloaded = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('Digital-Group-tab-test-minutes.txt');
    expect(downloaded).toContain(`1. ${first.id} – ${first.title}`);
    expect(downloaded).toContain('Reason: Clear savings; fits Q4 capacity');
  });

  it('moves through the agenda one item at a time, showing user text as text', async () => {
    const chair = await openTabAs(await browser.newContext(), server.url, 'helen.morris', { view: 'meeting', meeting: meeting.id });
    await chair.getByRole('button', { name: 'Next item' }).click();
    const item = chair.getByTestId('agenda-item');
    await item.getByRole('heading', { name: `2. ${second.id} Meeting item: <b>housing</b> & repairs` }).waitFor();
    expect(await item.locator('b').count()).toBe(0);
    await item.getByRole('button', { name: 'Record decision' }).waitFor();
    await chair.getByRole('button', { name: 'Previous item' }).click();
    await chair.getByTestId('agenda-item').getByText('Decided: Approved.').waitFor();
  });

  it('fits the meeting side panel', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/tab/?as=david.okafor&view=meeting&meeting=${meeting.id}&layout=sidePanel`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'meeting-side-panel');
  });
});
