import type { BrowserContext, Frame, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';
import { launchTabBrowser, saveScreenshot, type TabBrowser } from '../testing/tab-browser';

/** The https origin the tab is framed by; Playwright answers for it, nothing leaves the machine. */
const TEAMS = 'https://teams.microsoft.com';

/**
 * A stand-in for the Teams client at the HTTP boundary: a page on Teams' origin that frames the
 * tab and answers teams-js's postMessage calls the way Teams does (initialize, getContext, SSO
 * token, theme change events). Real Teams cannot run here; the tab's own code runs unchanged.
 */
function teamsHostPage(tabUrl: string, frameContext: string, theme: string, token: string): string {
  return `<!doctype html><html lang="en"><title>Teams stand-in</title><body style="margin:0">
<iframe id="tab" title="Entrance Hall tab" src="${tabUrl}" style="width:100vw;height:100vh;border:0"></iframe>
<script>
  window.calls = [];
  const tab = document.getElementById('tab');
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || event.source !== tab.contentWindow) return;
    window.calls.push(message.func);
    const reply = (args) => event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
    switch (message.func) {
      case 'initialize': return reply([${JSON.stringify(frameContext)}, 'web', '2.0.0', '2.0.0']);
      case 'getContext': return reply([{ frameContext: ${JSON.stringify(frameContext)}, theme: ${JSON.stringify(theme)}, locale: 'en-gb', hostClientType: 'web', userPrincipalName: 'helen.morris@ashcombe.example.gov.uk', userObjectId: 'helen', tid: 'tenant', meetingId: ${frameContext === 'content' ? 'undefined' : "'meeting-1'"} }]);
      case 'authentication.getAuthToken': return reply([true, ${JSON.stringify(token)}]);
      default: return reply([]);
    }
  });
  window.changeTheme = (name) => tab.contentWindow.postMessage({ func: 'themeChange', args: [name] }, '*');
</script></body></html>`;
}

describe('the tab inside a Teams host (browser, teams-js against a Teams stand-in)', () => {
  let server: TestServer;
  let browser: TabBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startTestServer();
    // A (pretend) public Teams origin framing 127.0.0.1 would be stopped by local network access checks.
    browser = await launchTabBrowser({ extraArgs: ['--disable-features=LocalNetworkAccessChecks'] });
    context = await browser.newContext();
    const token = await server.tokenFor('helen.morris');
    await context.route(`${TEAMS}/**`, (route) => {
      const url = new URL(route.request().url());
      const tabUrl = `${server.url}/tab/${url.searchParams.get('query') ?? ''}`;
      return route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(tabUrl, url.searchParams.get('frameContext') ?? 'content', url.searchParams.get('theme') ?? 'default', token) });
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
    expect(await tab.getByText('choose who to act as').count()).toBe(0);
    const theme = () => tab.locator('.fui-FluentProvider').first().getAttribute('data-theme');
    expect(await theme()).toBe('dark');
    await saveScreenshot(page, 'teams-host-dark');

    await page.evaluate(() => (window as unknown as { changeTheme: (name: string) => void }).changeTheme('contrast'));
    await tab.locator('.fui-FluentProvider[data-theme="contrast"]').first().waitFor();
    await page.evaluate(() => (window as unknown as { changeTheme: (name: string) => void }).changeTheme('glass'));
    await tab.locator('.fui-FluentProvider[data-theme="light"]').first().waitFor();
    await page.evaluate(() => (window as unknown as { changeTheme: (name: string) => void }).changeTheme('default'));
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
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Teams stand-in</title><body>
<iframe id="tab" title="Configure" src="${server.url}/tab/config.html" style="width:100vw;height:90vh;border:0"></iframe>
<script>
  window.calls = [];
  const tab = document.getElementById('tab');
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || event.source !== tab.contentWindow) return;
    window.calls.push({ func: message.func, args: message.args });
    const reply = (args) => event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
    switch (message.func) {
      case 'initialize': return reply(['settings', 'web', '2.0.0', '2.0.0']);
      case 'getContext': return reply([{ frameContext: 'settings', theme: 'default', locale: 'en-gb', hostClientType: 'web', channelId: 'c1' }]);
      case 'settings.setSettings': window.recordSetConfig(message.args[0]); return reply([true]);
      default: return reply([]);
    }
  });
  window.save = () => tab.contentWindow.postMessage({ func: 'settings.save', args: [] }, '*');
</script></body></html>`,
      }),
    );
    await page.goto(`${TEAMS}/config-host`);
    const frame = page.frameLocator('#tab');
    // By keyboard: from the default (Board), the arrow key picks Meeting.
    await frame.getByRole('radio', { name: /^Board:/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await frame.getByRole('radio', { name: /^Meeting:/ }).isChecked()).toBe(true);
    await page.waitForFunction(() => (window as unknown as { calls: { func: string; args: unknown[] }[] }).calls.some((call) => call.func === 'settings.setValidityState' && call.args[0] === true));
    await page.evaluate(() => (window as unknown as { save: () => void }).save());
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
