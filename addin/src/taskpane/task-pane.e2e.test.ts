import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { ADDIN_SCREENSHOTS, launchTaskPaneBrowser, type TaskPaneBrowser } from '../../../shared/testing/addin/task-pane-browser';

/**
 * The task pane in Debian's Chromium, outside Office, against the real server: Office.js comes
 * from the npm copy (served in place of Microsoft's CDN), so the pane meets Office.js as a browser
 * outside Word really does — host null, no Word.
 */
describe('the Word task pane outside Office (browser)', () => {
  let server: TestServer;
  let browser: TaskPaneBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchTaskPaneBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPane = () => browser.open(server.url);

  it('loads Office.js from the npm copy, says plainly that Word is needed, and lists the catalogue for a report author', async () => {
    const page = await openPane();
    expect(browser.officeJsRequests).toContain('office.js');
    await page.getByText('Word is needed to insert tables.').waitFor();
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');

    await page.getByRole('combobox', { name: /Act as/ }).selectOption('sarah.lewis');
    await page.getByText('Signed in as Sarah Lewis (Report author), Ashcombe Borough Council').waitFor();
    const tables = page.getByRole('radiogroup', { name: 'Insert a live table' });
    await tables.getByRole('radio').first().waitFor();
    const catalogue = (await (await server.api('sarah.lewis', 'GET', '/api/v1/reports/tables')).body.items) as { title: string }[];
    expect(await tables.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.closest('div')?.querySelector('label')?.textContent))).toEqual(catalogue.map((item) => item.title));

    // Without Word there is nothing to insert into: no insert button, a plain explanation, refresh disabled.
    expect(await page.getByRole('button', { name: 'Insert at cursor' }).count()).toBe(0);
    await page.getByText('Open this pane in Word to insert the table.').waitFor();
    expect(await page.getByRole('button', { name: 'Refresh all' }).isDisabled()).toBe(true);

    // The choices follow the table chosen: the action plan offers this organisation's years and themes.
    await tables.getByRole('radio', { name: 'ICT action plan' }).check();
    await page.getByRole('combobox', { name: 'Financial year' }).waitFor();
    const themes = await page.getByRole('combobox', { name: 'Strategy theme' }).locator('option').allTextContents();
    const strategy = (await server.api('sarah.lewis', 'GET', '/api/v1/strategy')).body as { themes: { title: string }[] };
    expect(themes).toEqual(['All', ...strategy.themes.map((theme) => theme.title)]);
    await page.screenshot({ path: path.join(ADDIN_SCREENSHOTS, 'task-pane-outside-word.png'), fullPage: true });

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('tells an officer plainly that their role does not include the report tables', async () => {
    const page = await openPane();
    await page.getByRole('combobox', { name: /Act as/ }).selectOption('priya.shah');
    await page.getByText('Your role does not include the report tables. Ask your Entrance Hall administrator for the Report author role.').waitFor();
  });

  it('says plainly when Entrance Hall cannot be reached', async () => {
    const page = await openPane();
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('combobox', { name: /Act as/ }).selectOption('helen.morris');
    await page.getByText('Entrance Hall cannot be reached. Check your connection and try again; nothing in your document was changed.').waitFor();
  });
});
