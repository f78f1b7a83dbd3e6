import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { saveScreenshot, startTabTestBed, type TabBrowser, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/** The https origin the tab is framed by; Playwright answers for it, nothing leaves the machine. */
const TEAMS = 'https://teams.microsoft.com';

/**
 * A stand-in for the Teams client at the HTTP boundary: a page on Teams' origin that frames the
 * tab and answers teams-js's postMessage calls the way Teams does (initialize, getContext, the SSO
 * token, settings) and can send it events (theme change, save). Real Teams cannot run here; the
 * tab's own code runs unchanged. `answers` maps a call to the JavaScript expression of its reply.
 */
function teamsHostPage(frameUrl: string, frameContext: string, context: Record<string, unknown>, answers: Record<string, string> = {}): string {
  const replies: Record<string, string> = {
    initialize: `[${JSON.stringify(frameContext)}, 'web', '2.0.0', '2.0.0']`,
    getContext: `[${JSON.stringify({ frameContext, locale: 'en-gb', hostClientType: 'web', ...context })}]`,
    ...answers,
  };
  return `<!doctype html><html lang="en"><title>Teams stand-in</title><body style="margin:0">
<iframe id="tab" title="Entrance Hall" src="${frameUrl}" style="width:100vw;height:100vh;border:0"></iframe>
<script>
  window.calls = [];
  const tab = document.getElementById('tab');
  const replies = { ${Object.entries(replies).map(([func, reply]) => `${JSON.stringify(func)}: (message) => ${reply}`).join(', ')} };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || event.source !== tab.contentWindow) return;
    window.calls.push({ func: message.func, args: message.args });
    const args = replies[message.func] ? replies[message.func](message) : [];
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
  });
  window.sendEvent = (func, args) => tab.contentWindow.postMessage({ func, args }, '*');
</script></body></html>`;
}

/** The calls the tab made to the stand-in, in order. */
const callsTo = (page: Page) => page.evaluate(() => (window as unknown as { calls: { func: string; args: unknown[] }[] }).calls);
const sendEvent = (page: Page, func: string, args: unknown[]) => page.evaluate(([name, values]) => (window as unknown as { sendEvent: (f: unknown, a: unknown) => void }).sendEvent(name, values), [func, args] as const);

describe('the tab inside a Teams host (browser, teams-js against a Teams stand-in)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let browser: TabBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    // A (pretend) public Teams origin framing 127.0.0.1 would be stopped by local network access checks.
    bed = await startTabTestBed({ extraArgs: ['--disable-features=LocalNetworkAccessChecks'] });
    ({ server, browser } = bed);
    context = await browser.newContext();
    const token = await server.tokenFor('helen.morris');
    await context.route(`${TEAMS}/**`, (route) => {
      const url = new URL(route.request().url());
      const tabUrl = `${server.url}/tab/${url.searchParams.get('query') ?? ''}`;
      const frameContext = url.searchParams.get('frameContext') ?? 'content';
      const context = { theme: url.searchParams.get('theme') ?? 'default', userPrincipalName: 'helen.morris@ashcombe.example.gov.uk', ...(frameContext === 'content' ? {} : { meetingId: 'meeting-1' }) };
      return route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(tabUrl, frameContext, context, { 'authentication.getAuthToken': `[true, ${JSON.stringify(token)}]` }) });
    });
  }, 60_000);

  afterAll(async () => {
    await bed?.close();
  });

  async function openInTeams(frameContext: string, theme: string, query = ''): Promise<{ page: Page; tab: Frame }> {
    const page = await context.newPage();
    await page.goto(`${TEAMS}/host?${new URLSearchParams({ frameContext, theme, query }).toString()}`);
    const tab = page.frameLocator('#tab');
    await tab.locator('body').waitFor();
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${server.url}/tab/`))!;
    return { page, tab: frame };
  }

  it('signs in by Teams SSO, follows the Teams theme and changes with it live', async () => {
    const { page, tab } = await openInTeams('content', 'dark');
    await tab.getByText('Signed in as Helen Morris (Steering group chair)').waitFor();
    // No demo-user picker in Teams: the token came from authentication.getAuthToken.
    expect((await callsTo(page)).map((call) => call.func)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
    expect(await tab.getByText('choose who to act as').count()).toBe(0);
    const theme = () => tab.locator('.fui-FluentProvider').first().getAttribute('data-theme');
    expect(await theme()).toBe('dark');
    await saveScreenshot(page, 'teams-host-dark');

    await sendEvent(page, 'themeChange', ['contrast']);
    await tab.locator('.fui-FluentProvider[data-theme="contrast"]').first().waitFor();
    await sendEvent(page, 'themeChange', ['glass']);
    await tab.locator('.fui-FluentProvider[data-theme="light"]').first().waitFor();
    await sendEvent(page, 'themeChange', ['default']);
    expect(await theme()).toBe('light');
    await page.close();
  });

  it('shows meeting mode in a meeting side panel and on the meeting stage', async () => {
    const side = await openInTeams('sidePanel', 'default');
    await side.tab.getByRole('navigation', { name: 'Agenda' }).waitFor();
    expect(await side.tab.getByRole('tab').count()).toBe(0);
    await side.page.close();

    const stage = await openInTeams('meetingStage', 'dark');
    await stage.tab.getByTestId('agenda-item').waitFor();
    await saveScreenshot(stage.page, 'teams-meeting-stage-dark');
    await stage.page.close();
  });

  it('knows it is not in Teams when framed by a page that does not answer teams-js, and offers the demo users', async () => {
    await context.route(`${TEAMS}/silent-host`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Not Teams</title><iframe id="tab" title="Entrance Hall" src="${server.url}/tab/" style="width:100vw;height:90vh;border:0"></iframe></html>` }),
    );
    const page = await context.newPage();
    await page.goto(`${TEAMS}/silent-host`);
    // Without the race, app.initialize() would wait 60 s; the picker comes after the short timeout.
    // Half of that is room enough for a first load on a busy machine and still tells the two apart.
    await page.frameLocator('#tab').getByRole('heading', { name: 'Entrance Hall – choose who to act as' }).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('opens the view a channel tab was configured with', async () => {
    const { page, tab } = await openInTeams('content', 'default', '?view=capacity');
    await tab.getByTestId('capacity-view').waitFor();
    await page.close();
  });

  it('lets the configuration page save the chosen view for a channel or meeting tab', async () => {
    const page = await context.newPage();
    const calls: unknown[] = [];
    await page.exposeFunction('recordSetConfig', (config: unknown) => calls.push(config));
    await context.route(`${TEAMS}/config-host`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(`${server.url}/tab/config.html`, 'settings', { theme: 'default', channelId: 'c1' }, { 'settings.setSettings': '(window.recordSetConfig(message.args[0]), [true])' }) }),
    );
    await page.goto(`${TEAMS}/config-host`);
    const frame = page.frameLocator('#tab');
    // By keyboard: from the default (Board), the arrow key picks Meeting.
    await frame.getByRole('radio', { name: /^Board:/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await frame.getByRole('radio', { name: /^Meeting:/ }).isChecked()).toBe(true);
    await page.waitForFunction(() => (window as unknown as { calls: { func: string; args: unknown[] }[] }).calls.some((call) => call.func === 'settings.setValidityState' && call.args[0] === true));
    await sendEvent(page, 'settings.save', []);
    await page.waitForFunction(() => (window as unknown as { calls: { func: string }[] }).calls.some((call) => call.func === 'settings.setSettings'));
    expect(calls[0]).toEqual(
      expect.objectContaining({
        entityId: 'entrance-hall-meeting',
        contentUrl: `${server.url}/tab/?view=meeting`,
        suggestedDisplayName: 'Entrance Hall – Meeting',
      }),
    );
    await page.close();
  });
});
