import path from 'node:path';
import type { Page } from 'playwright-core';
import { ragForStatus } from '@entrance-hall/shared/domain/actions/rag';
import { escapeXmlLatin1 } from '@entrance-hall/shared/domain/reports/xml-escape';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { standInWordHost } from '../../../shared/testing/addin/stand-in-word-host';
import { ADDIN_SCREENSHOTS, launchTaskPaneBrowser, type TaskPaneBrowser } from '../../../shared/testing/addin/task-pane-browser';

interface StandInRecord {
  controls: { tag: string; title: string; ooxml: string }[];
  operations: { on: string; location: string; ooxml: string }[];
  syncs: number;
  runs: number;
  settings: Record<string, unknown>;
  trackingModes: string[];
  cursor: { control?: { tag: string; title: string }; inTable?: boolean };
}

type StandIn = StandInRecord & { addControl: (tag: string, title: string) => void; editControl: (tag: string, extra: string) => void; trackChanges: string };

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

  it('refuses to insert inside another Entrance Hall table or a table cell', async () => {
    await page.getByRole('radio', { name: 'ICT action plan' }).check();
    await page.getByRole('combobox', { name: 'Financial year' }).selectOption('2026/27');
    await page.evaluate(() => void ((window as unknown as { __standInWord: StandIn }).__standInWord.cursor = { control: { tag: 'eh1:risks?n=10', title: 'Entrance Hall: Risk register' } }));
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page.getByText(/The cursor is inside the Entrance Hall table “Risk register”/).waitFor();
    await page.evaluate(() => void ((window as unknown as { __standInWord: StandIn }).__standInWord.cursor = { inTable: true }));
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page.getByText(/The cursor is inside a table\./).waitFor();
    expect((await record()).operations).toHaveLength(0);
    await page.evaluate(() => void ((window as unknown as { __standInWord: StandIn }).__standInWord.cursor = {}));
  });

  it('inserts the chosen table at the cursor in its tagged content control', async () => {
    expect(await page.getByText('Word is needed to insert tables.').count()).toBe(0);
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await page.getByText(/^Inserted “ICT action plan 2026\/27: \d+ actions” with \d+ rows\.$/).waitFor();

    const { operations, controls, settings } = await record();
    expect(operations).toHaveLength(1);
    expect(operations[0]!.on).toBe('selection');
    expect(operations[0]!.location).toBe('Replace');
    expect(controls.map((control) => control.tag)).toEqual(['eh1:action-plan?y=2026/27']);
    expect(controls[0]!.title).toMatch(/^Entrance Hall: ICT action plan 2026\/27: \d+ actions$/);
    expect(operations[0]!.ooxml).toContain('<w:tblHeader/>');
    expect(Object.keys(settings['entranceHall.tables'] as object)).toEqual(['eh1:action-plan?y=2026/27']);
  });

  it('asks first with Track Changes on, pauses tracking for the refresh, and says what changed and what failed', async () => {
    const actions = (await server.api('tom.reed', 'GET', '/api/v1/actions?year=2026/27&source=strategy')).body.items as { id: string; reference: string; status: string; etag: string }[];
    const onTrack = actions.find((action) => action.status === 'on_track')!;
    const patched = await server.api('tom.reed', 'PATCH', `/api/v1/actions/${onTrack.id}`, { body: { status: 'off_track' }, headers: { 'If-Match': onTrack.etag } });
    expect(patched.status).toBe(200);
    await page.evaluate(() => {
      const standIn = (window as unknown as { __standInWord: StandIn }).__standInWord;
      standIn.addControl('eh1:salaries', 'Entrance Hall: Salaries');
      standIn.addControl('contract-clause', 'Someone else’s control');
      standIn.trackChanges = 'TrackAll';
    });
    const before = await record();

    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.getByText(/Track Changes is on: every refreshed table would show/).waitFor();
    expect((await record()).operations).toHaveLength(before.operations.length);
    expect(await page.getByRole('checkbox', { name: /Pause Track Changes while refreshing/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue refreshing' }).click();
    await page.getByText('Refreshed 1 table.').waitFor();
    await page.getByText('Track Changes was paused while the tables were refreshed and is on again.').waitFor();
    const changed = page.getByRole('list', { name: 'What changed since the last refresh' }).getByRole('listitem');
    expect(await changed.allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^ICT action plan 2026/27: \\d+ actions: 1 row changed — ${onTrack.reference}: status from ${ragForStatus('on_track').label} to ${ragForStatus('off_track').label}$`)),
    ]);
    const failed = await page.getByRole('list', { name: 'Tables that could not be refreshed' }).getByRole('listitem').allTextContents();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^Salaries was not refreshed: Its tag was changed or damaged/);
    await page.screenshot({ path: path.join(ADDIN_SCREENSHOTS, 'task-pane-after-refresh.png'), fullPage: true });

    const after = await record();
    expect(after.runs - before.runs).toBe(1);
    expect(after.syncs - before.syncs).toBe(2);
    expect(after.trackingModes).toEqual(['Off', 'TrackAll']);
    const replaced = after.operations.slice(before.operations.length);
    expect(replaced.map((operation) => [operation.on, operation.location])).toEqual([['eh1:action-plan?y=2026/27', 'Replace']]);
    expect(replaced[0]!.ooxml).not.toContain('<w:sdt>');
    expect(replaced[0]!.ooxml).toContain(escapeXmlLatin1(ragForStatus('off_track').label));

    // A second refresh with nothing changed says so.
    await page.evaluate(() => void ((window as unknown as { __standInWord: StandIn }).__standInWord.trackChanges = 'Off'));
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.getByText(/^ICT action plan 2026\/27: \d+ actions: no changes$/).waitFor();
  });

  it('marks the report published; after a change the progress table says which way each action moved', async () => {
    await page.getByRole('button', { name: 'Mark this report as published' }).click();
    await page.getByText(/Changes are measured from the report published on/).waitFor();
    const actions = (await server.api('tom.reed', 'GET', '/api/v1/actions?year=2026/27&source=strategy')).body.items as { id: string; reference: string; status: string; etag: string }[];
    const atRisk = actions.find((action) => action.status === 'at_risk')!;
    expect((await server.api('tom.reed', 'PATCH', `/api/v1/actions/${atRisk.id}`, { body: { status: 'on_track' }, headers: { 'If-Match': atRisk.etag } })).status).toBe(200);
    await page.getByRole('button', { name: 'Refresh all' }).click();
    const changed = page.getByRole('list', { name: /^What changed since the report was published on/ }).getByRole('listitem');
    await changed.first().waitFor();
    expect(await changed.allTextContents()).toEqual([expect.stringContaining(`${atRisk.reference}: status from ${ragForStatus('at_risk').label} to ${ragForStatus('on_track').label}`)]);
    const { operations } = await record();
    const latest = operations.at(-1)!.ooxml;
    expect(latest).toContain('Since last report');
    expect(latest).toContain(escapeXmlLatin1('↑ Improved from Amber'));
    expect(latest).toContain(escapeXmlLatin1('→ No change'));
  });

  it('asks before overwriting a table the author edited, and keeps it when asked to', async () => {
    const before = await record();
    await page.evaluate(() => (window as unknown as { __standInWord: StandIn }).__standInWord.editControl('eh1:action-plan?y=2026/27', ' (see paragraph 4.2)'));
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.getByText(/was edited in this document since Entrance Hall last put it there/).waitFor();
    await page.getByRole('radio', { name: 'Keep my edits (do not refresh this table)' }).check();
    await page.getByRole('button', { name: 'Continue refreshing' }).click();
    await page.getByText(/kept as you edited it \(not refreshed\)/).waitFor();
    expect((await record()).operations).toHaveLength(before.operations.length);
  });
  it('drafts a committee report with live tables in their sections, which refresh like any other', async () => {
    const before = await record();
    const meetings = page.getByRole('combobox', { name: 'Meeting the report goes to' });
    const december = (await meetings.locator('option').allTextContents()).find((label) => label.startsWith('Digital Group – December 2026'))!;
    await meetings.selectOption({ label: december });
    await page.getByRole('button', { name: 'Insert report skeleton' }).click();
    await page.getByText(/^Inserted the report skeleton\./).waitFor();
    const after = await record();
    const inserted = after.operations.slice(before.operations.length);
    expect(inserted).toHaveLength(1);
    const ooxml = inserted[0]!.ooxml;
    expect(ooxml).toContain('2. Recommendations');
    // Routed at 9 December 2026, the meeting chosen: the homelessness system is a key decision whose
    // notice (needed by 10 November) is not out, so the meeting is not asked to approve it.
    expect(ooxml).toMatch(/2\.\d notes that EH-\d{4}-\d{4}, Homelessness case management system is a key decision that cannot be taken at this meeting: forward plan notice was needed by 10 November 2026 and has not been published;/);
    expect(ooxml).not.toMatch(/approves EH-\d{4}-\d{4}, Homelessness/);
    expect(ooxml).toMatch(/2\.\d recommends to Cabinet that it approves EH-\d{4}-\d{4}, Customer contact centre telephony replacement/);
    expect(ooxml).toMatch(/2\.\d approves EH-\d{4}-\d{4}, Finance system upgrade to supported version/);
    // The decision maker is the body, not the meeting's title.
    expect(ooxml).toMatch(/Decision maker<\/w:t>.*?<w:t xml:space="preserve">Digital Group; Cabinet on its recommendation \(EH-\d{4}-\d{4}\)<\/w:t>/);
    const newTags = after.controls.slice(before.controls.length).map((control) => control.tag.split('?')[0]);
    expect(newTags).toEqual(['eh1:action-plan', 'eh1:pipeline', 'eh1:portfolio', 'eh1:risks', 'eh1:decisions', 'eh1:audit-actions', 'eh1:forward-plan']);
    await page.getByRole('button', { name: 'Refresh all' }).click();
    // The action plan edited in the test before is still there (same table, same tag): the pane asks about it again.
    await page.getByRole('button', { name: 'Continue refreshing' }).click();
    await page.getByText(/^Refreshed \d+ tables\.$/).waitFor();
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
