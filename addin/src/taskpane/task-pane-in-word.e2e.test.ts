import path from 'node:path';
import type { Page } from 'playwright-core';
import { ragForStatus } from '@entrance-hall/shared/actions/rag';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';
import { standInWordHost } from '../testing/stand-in-word-host';
import { ADDIN_SCREENSHOTS, launchTaskPaneBrowser, type TaskPaneBrowser } from '../testing/task-pane-browser';

interface StandInRecord {
  controls: { tag: string; title: string; ooxml: string }[];
  operations: { on: string; location: string; ooxml: string }[];
  syncs: number;
  runs: number;
  settings: Record<string, unknown>;
}

/**
 * The whole pane as a report author uses it — real server, real API, real React UI in Chromium —
 * with a stand-in for Word's host (Chromium has no Word): insert, change data, refresh all, read
 * the summary.
 */
describe('the Word task pane inserting and refreshing tables (browser, stand-in Word host)', () => {
  let server: TestServer;
  let browser: TaskPaneBrowser;
  let page: Page;
  const record = () => page.evaluate(() => (window as unknown as { __standInWord: StandInRecord }).__standInWord);

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchTaskPaneBrowser({ officeJs: standInWordHost() });
    page = await browser.open(server.url);
    await page.getByRole('combobox', { name: /Act as/ }).selectOption('sarah.lewis');
    await page.getByRole('radiogroup', { name: 'Insert a live table' }).getByRole('radio').first().waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('inserts the chosen table at the cursor in its tagged content control', async () => {
    expect(await page.getByText('Word is needed to insert tables.').count()).toBe(0);
    await page.getByRole('radio', { name: 'ICT action plan' }).check();
    await page.getByRole('combobox', { name: 'Financial year' }).selectOption('2026/27');
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page.getByText(/^Inserted “ICT action plan 2026\/27” with \d+ rows\.$/).waitFor();

    const { operations, controls, settings } = await record();
    expect(operations).toHaveLength(1);
    expect(operations[0]!.on).toBe('selection');
    expect(operations[0]!.location).toBe('Replace');
    expect(controls.map((control) => control.tag)).toEqual(['eh1:action-plan?y=2026/27']);
    expect(controls[0]!.title).toBe('Entrance Hall: ICT action plan 2026/27');
    expect(operations[0]!.ooxml).toContain('<w:tblHeader/>');
    expect(Object.keys(settings['entranceHall.tables'] as object)).toEqual(['eh1:action-plan?y=2026/27']);
  });

  it('refreshes every table in one Word.run after the data changed, and says what changed, what failed and that Track Changes is on', async () => {
    const actions = (await server.api('tom.reed', 'GET', '/api/v1/actions?year=2026/27&source=strategy')).body.items as { id: string; reference: string; status: string; etag: string }[];
    const onTrack = actions.find((action) => action.status === 'on_track')!;
    const patched = await server.api('tom.reed', 'PATCH', `/api/v1/actions/${onTrack.id}`, { body: { status: 'off_track' }, headers: { 'If-Match': onTrack.etag } });
    expect(patched.status).toBe(200);
    await page.evaluate(() => {
      const standIn = (window as unknown as { __standInWord: { addControl: (tag: string, title: string) => void; trackChanges: string } }).__standInWord;
      standIn.addControl('eh1:salaries', 'Entrance Hall: Salaries');
      standIn.addControl('contract-clause', 'Someone else’s control');
      standIn.trackChanges = 'TrackAll';
    });
    const before = await record();

    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.getByText('Refreshed 1 table.').waitFor();
    await page.getByText('Track Changes is on.').waitFor();
    const changed = page.getByRole('list', { name: 'What changed since the last refresh' }).getByRole('listitem');
    expect(await changed.allTextContents()).toEqual([`ICT action plan 2026/27: 1 status changed: ${onTrack.reference} from ${ragForStatus('on_track').label} to ${ragForStatus('off_track').label}`]);
    const failed = await page.getByRole('list', { name: 'Tables that could not be refreshed' }).getByRole('listitem').allTextContents();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^Salaries was not refreshed: Its tag was changed or damaged/);
    await page.screenshot({ path: path.join(ADDIN_SCREENSHOTS, 'task-pane-after-refresh.png'), fullPage: true });

    const after = await record();
    expect(after.runs - before.runs).toBe(1);
    expect(after.syncs - before.syncs).toBe(2);
    const replaced = after.operations.slice(before.operations.length);
    expect(replaced.map((operation) => [operation.on, operation.location])).toEqual([['eh1:action-plan?y=2026/27', 'Replace']]);
    expect(replaced[0]!.ooxml).not.toContain('<w:sdt>');
    expect(replaced[0]!.ooxml).toContain(ragForStatus('off_track').label);

    // A second refresh with nothing changed says so.
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.getByText('ICT action plan 2026/27: no changes').waitFor();
  });
});

describe('the Word task pane in a Word too old for it (browser, stand-in Word host at WordApi 1.2)', () => {
  let server: TestServer;
  let browser: TaskPaneBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchTaskPaneBrowser({ officeJs: standInWordHost({ wordApi: '1.2' }) });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says plainly that this Word is too old and offers the download instead of insert and refresh', async () => {
    const page = await browser.open(server.url);
    await page.getByText('This version of Word is too old.').waitFor();
    await page.getByRole('combobox', { name: /Act as/ }).selectOption('sarah.lewis');
    await page.getByRole('button', { name: 'Download as Word document' }).waitFor();
    expect(await page.getByRole('button', { name: 'Insert at cursor' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Refresh all' }).isDisabled()).toBe(true);
  });
});
