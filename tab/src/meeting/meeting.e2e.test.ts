import { readFileSync } from 'node:fs';
import type { Page, Request as PlaywrightRequest } from 'playwright-core';
import type { TestServer } from '../../../shared/testing/bot/start-test-server';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { createRequestAt } from '../../../shared/testing/tab/request-fixtures';
import { saveScreenshot, startTabTestBed, type TabBrowser, type TabTestBed } from '../../../shared/testing/tab/tab-browser';

/** A title a person might paste: one 120-character word, with no place to break. */
const LONG_WORD_TITLE = 'Councilwide'.repeat(10) + 'Integratio';

type Request = { id: string; title: string };

/**
 * Meeting mode as a room uses it, in several browsers at once: the stage and side-panel layouts
 * fit every screen and theme, the chair records decisions after a confirmation, puts them right,
 * keeps their typing when another decision lands, and every tab follows the chair.
 */
describe('meeting mode (browser)', () => {
  let bed: TabTestBed;
  let server: TestServer;
  let browser: TabBrowser;
  let meeting: { id: string; title: string };
  let items: Request[];

  const meetingUrl = (user: string, query: Record<string, string> = {}) => `${server.url}/tab/?${new URLSearchParams({ as: user, view: 'meeting', meeting: meeting.id, ...query }).toString()}`;

  /** One browser profile per person for the whole file (a Chromium each is what costs time). */
  const people = new Map<string, Page>();
  /** The person's screen (a second tab of theirs when asked), at the size given, on the meeting. */
  const openMeeting = async (user: string, query: Record<string, string> = {}, size = { width: 1366, height: 768 }, newTab = false): Promise<Page> => {
    let page = people.get(user);
    if (!page) {
      page = await (await browser.newContext()).newPage();
      people.set(user, page);
    } else if (newTab) {
      page = await page.context().newPage();
    }
    await page.setViewportSize(size);
    await page.goto(meetingUrl(user, query));
    await page.getByTestId('agenda-item').waitFor();
    return page;
  };

  /** The chair takes the meeting to an agenda item (every tab follows). */
  const chairGoesTo = async (chair: Page, request: Request) => {
    await chair.locator(`[data-agenda-item="${request.id}"]`).click();
    await chair.getByTestId('agenda-item').and(chair.locator(`[data-request-id="${request.id}"]`)).waitFor();
  };

  const itemShown = (page: Page, request: Request) => page.locator(`[data-testid="agenda-item"][data-request-id="${request.id}"]`);

  beforeAll(async () => {
    bed = await startTabTestBed();
    ({ server, browser } = bed);
    // A scored demo request that is ready for decision, so the facts have a score with parts.
    const ready = await server.api('helen.morris', 'GET', '/api/v1/requests?stage=ready_for_decision');
    const scored = (ready.body.items as (Request & { score?: unknown })[]).find((request) => request.score)!;
    items = [
      await createRequestAt(server, 'ready_for_decision', { title: LONG_WORD_TITLE, statutoryDeadline: '2027-03-31' }),
      scored,
      await createRequestAt(server, 'ready_for_decision', { title: 'Meeting item: <b>housing</b> & repairs' }),
      await createRequestAt(server, 'ready_for_decision', { title: 'Meeting item: council tax chatbot', ictEffortDays: 30 }),
      await createRequestAt(server, 'ready_for_decision', { title: 'Meeting item: typing kept' }),
    ];
    const created = await server.api('helen.morris', 'POST', '/api/v1/meetings', {
      body: { forum: 'Digital Group', title: 'Digital Group – tab test', startsAt: '2026-12-16T14:00:00.000Z', agenda: items.map((item) => item.id), attendees: ['Helen Morris (Chair)', 'David Okafor'] },
    });
    expect(created.status).toBe(201);
    meeting = created.body;
  }, 90_000);

  afterAll(async () => {
    await bed?.close();
  });

  describe.each(['light', 'dark', 'contrast'] as const)('in the %s theme', (theme) => {
    it.each([
      // axe runs once per layout and role in each theme (it is the slow part).
      ['chair', 'helen.morris', 'stage', 1366, 768, true],
      ['chair', 'helen.morris', 'stage', 1920, 1080, false],
      ['chair', 'helen.morris', 'content', 1366, 768, true],
      ['chair', 'helen.morris', 'sidePanel', 320, 800, true],
      ['member', 'david.okafor', 'stage', 1920, 1080, true],
      ['member', 'david.okafor', 'sidePanel', 280, 800, true],
    ] as const)('as the %s (%s) on the %s layout at %i×%i: fits, keeps the facts in view (axe: %s)', async (role, user, layout, width, height, checkAxe) => {
      const page = await openMeeting(user, { theme, ...(layout === 'content' ? {} : { layout }) }, { width, height });
      const item = itemShown(page, items[0]!);
      await item.waitFor();
      // The long unbroken title wraps; nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await item.getByRole('heading', { name: `1. ${items[0]!.id} ${LONG_WORD_TITLE}` }).waitFor();
      for (const term of ['Score', 'Cost (capital + a year’s revenue)', 'ICT effort', 'Risk level', 'Capacity', 'Themes', 'Statutory deadline']) {
        await item.getByTestId('agenda-facts').getByText(term, { exact: true }).waitFor();
      }
      await item.getByText('31 Mar 2027').waitFor();
      await item.getByText(/^(Fits in|Does not fit in|Committed in|Not in any quarter)/).waitFor();
      // The page itself wears the theme: no white frame around a dark or high-contrast tab.
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background === 'rgb(255, 255, 255)').toBe(theme === 'light');
      if (role === 'chair' && layout !== 'sidePanel') {
        const button = await item.getByRole('button', { name: 'Record decision' }).boundingBox();
        expect(button).not.toBeNull();
        expect(button!.y + button!.height).toBeLessThanOrEqual(height);
      }
      if (role === 'member') await item.getByText('Waiting for the chair to record the decision.').waitFor();
      if (checkAxe) expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `meeting-${layout}-${role}-${width}-${theme}`);
    });
  });

  it('asks once a second while nothing changes, answered 304 with no body, and not at all while hidden', async () => {
    const member = await openMeeting('david.okafor', { layout: 'stage' });
    await member.getByTestId('agenda-facts').getByText('No open risks').first().waitFor();
    // What the tab ASKS in a window counts, by when it asked: a load it started while opening (the
    // settings for the forward plan check, say) or a poll from just before it was hidden may be
    // answered late on a busy machine, and its answer must not count as asking.
    let asked: PlaywrightRequest[] = [];
    member.on('request', (request) => {
      if (request.url().includes('/api/')) asked.push(request);
    });
    await member.waitForTimeout(5_000);
    const idle = asked;
    asked = [];
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.length).toBeLessThanOrEqual(6);
    // Each of those is the feed, answered 304 (however late the answer comes).
    const answers = await Promise.all(idle.map(async (request) => ({ url: new URL(request.url()).pathname, status: (await request.response())?.status() })));
    expect(answers.filter((entry) => !(entry.status === 304 && entry.url === `/api/v1/meetings/${meeting.id}/feed`))).toEqual([]);

    const setVisibility = (state: 'hidden' | 'visible') =>
      member.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    // A poll the tab sent just before it was hidden may still be announced in this moment.
    await member.waitForTimeout(500);
    asked = [];
    await member.waitForTimeout(3_000);
    expect(asked.map((request) => request.url())).toEqual([]);
    // Shown again, it asks at once.
    await Promise.all([member.waitForResponse((response) => response.url().endsWith('/feed')), setVisibility('visible')]);
  });

  it('shows the score with its parts on the item', async () => {
    const chair = await openMeeting('helen.morris', { layout: 'stage' }, { width: 1920, height: 1080 });
    await chairGoesTo(chair, items[1]!);
    const parts = itemShown(chair, items[1]!).getByRole('list', { name: 'Parts of the score' });
    expect(await parts.getByRole('listitem').count()).toBe(7);
    await parts.getByText(/^Strategic fit: \d of 5 \(\d+ points\)$/).waitFor();
  });

  it('every tab follows the chair, unless its viewer looks elsewhere and until they go back to the chair', async () => {
    const chair = await openMeeting('helen.morris', { layout: 'stage' });
    const member = await openMeeting('david.okafor', { layout: 'stage' });
    await member.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
    await chairGoesTo(chair, items[2]!);
    await itemShown(member, items[2]!).waitFor();
    await member.getByTestId('follow-status').getByText('Following the chair.').waitFor();
    // HTML in a title is text.
    await itemShown(member, items[2]!).getByRole('heading', { name: `3. ${items[2]!.id} Meeting item: <b>housing</b> & repairs` }).waitFor();
    expect(await itemShown(member, items[2]!).locator('b').count()).toBe(0);

    // The member looks back at item 1; the chair moves on; the member stays where they chose.
    await member.locator(`[data-agenda-item="${items[0]!.id}"]`).click();
    await itemShown(member, items[0]!).waitFor();
    await chairGoesTo(chair, items[3]!);
    await member.getByText('You are looking at item 1; the chair is on item 4.').waitFor();
    await itemShown(member, items[0]!).waitFor();
    await member.getByRole('button', { name: 'Back to the chair' }).click();
    await itemShown(member, items[3]!).waitFor();
    expect(await member.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('asks the chair to confirm the outcome, then lets them rescind and amend; the member and the minutes see each step', async () => {
    const target = items[3]!;
    const chair = await openMeeting('helen.morris', { layout: 'stage' });
    const member = await openMeeting('david.okafor', { layout: 'stage' });
    await chairGoesTo(chair, target);
    const item = itemShown(chair, target);

    // An empty decision gets Fluent's messages, not the browser's bubble, and nothing is sent.
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.getByText('Choose the decision.').waitFor();
    await item.getByText('Give the reason: it goes in the minutes and to the requester.').waitFor();
    expect(await chair.getByTestId('decision-confirm').count()).toBe(0);
    // A reason over the limit is named, not cut off.
    await item.getByLabel('Reason for the decision').fill('x'.repeat(4_001));
    await item.getByText('The reason must be 4,000 characters or fewer (now 4,001).').waitFor();

    await item.getByRole('radio', { name: 'Reject' }).check();
    await item.getByLabel('Reason for the decision').fill('Duplicates the county scheme');
    await item.getByText('28 of 4,000 characters').waitFor();
    await item.getByRole('button', { name: 'Record decision' }).click();
    const confirm = chair.getByRole('group', { name: 'Record the decision “Rejected”?' });
    await confirm.getByText('Reason: Duplicates the county scheme').waitFor();
    // Going back records nothing.
    await confirm.getByRole('button', { name: 'Go back' }).click();
    expect((await server.api('helen.morris', 'GET', `/api/v1/requests/${target.id}/decisions`)).body.items).toEqual([]);
    await item.getByRole('button', { name: 'Record decision' }).click();
    await confirm.getByRole('button', { name: 'Record: Rejected' }).click();
    await item.getByTestId('agenda-decision').getByText('Decided: Rejected.').waitFor();
    await itemShown(member, target).getByTestId('agenda-decision').getByText('Decided: Rejected.').waitFor();

    // It was a misclick: the chair rescinds it with a reason; the request is ready for decision again.
    await item.getByRole('button', { name: 'Rescind decision…' }).click();
    await item.getByLabel('Reason for rescinding').fill('Recorded in error: the group agreed to approve');
    await item.getByRole('button', { name: 'Rescind decision' }).click();
    await chair.getByRole('group', { name: 'Rescind the decision “Rejected”?' }).getByRole('button', { name: 'Rescind it' }).click();
    await item.getByRole('button', { name: 'Record decision' }).waitFor();
    await chair.locator(`[data-agenda-item="${target.id}"]`).getByText('Rescinded: to decide again').waitFor();
    await itemShown(member, target).getByText('The decision was rescinded; waiting for the chair to decide again.').waitFor();
    expect((await server.api('helen.morris', 'GET', `/api/v1/requests/${target.id}`)).body.stage).toBe('ready_for_decision');

    // Decided again, then amended: the amendment is recorded beside the decision, never over it.
    await item.getByRole('radio', { name: 'Approve' }).check();
    await item.getByLabel('Reason for the decision').fill('Clear savings; fits Q4 capacity');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await chair.getByRole('button', { name: 'Record: Approved' }).click();
    await item.getByTestId('agenda-decision').getByText('Decided: Approved.').waitFor();
    await item.getByRole('button', { name: 'Amend decision…' }).click();
    await item.getByRole('radio', { name: 'Defer' }).check();
    await item.getByLabel('Reason for the amendment').fill('Wait for the budget round');
    await item.getByLabel('Conditions (optional)').fill('Bring back in March');
    await item.getByRole('button', { name: 'Amend decision' }).click();
    await chair.getByRole('group', { name: 'Amend the decision to “Deferred”?' }).getByRole('button', { name: 'Amend to Deferred' }).click();
    await item.getByTestId('agenda-decision').getByText('Decided: Amended to Deferred (was Approved).').waitFor();
    await itemShown(member, target).getByText('Decided: Amended to Deferred (was Approved).').waitFor();
    expect((await server.api('helen.morris', 'GET', `/api/v1/requests/${target.id}`)).body.stage).toBe('deferred');

    const minutes = await member.getByTestId('minutes-text').textContent();
    expect(minutes).toContain('Decision: Rejected');
    expect(minutes).toContain('Decision: Rescinded (was Rejected)\n   Reason: Recorded in error: the group agreed to approve');
    expect(minutes).toContain(`${target.id} – ${target.title} (amendment of an earlier decision)\n   Decision: Amended to Deferred (was Approved)`);
    expect(minutes).toContain('Present: Helen Morris (Chair), David Okafor');
    const [download] = await Promise.all([chair.waitForEvent('download'), chair.getByRole('button', { name: 'Download minutes' }).click()]);
    expect(download.suggestedFilename()).toBe('Digital-Group-tab-test-minutes.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Reason: Wait for the budget round');
    await saveScreenshot(chair, 'meeting-stage-amended');
  });

  it('keeps a chair\'s typing when a decision lands from another tab, and lets them amend with it', async () => {
    const target = items[4]!;
    const first = await openMeeting('helen.morris', { layout: 'stage' });
    await chairGoesTo(first, target);
    const second = await openMeeting('helen.morris', {}, undefined, true);
    const typing = itemShown(second, target);
    await typing.getByRole('radio', { name: 'Defer' }).check();
    await typing.getByLabel('Reason for the decision').fill('Wait for the stock condition survey');

    const deciding = itemShown(first, target);
    await deciding.getByRole('radio', { name: 'Approve' }).check();
    await deciding.getByLabel('Reason for the decision').fill('Approved as proposed');
    await deciding.getByRole('button', { name: 'Record decision' }).click();
    await first.getByRole('button', { name: 'Record: Approved' }).click();
    await deciding.getByText('Decided: Approved.').waitFor();

    // The second tab shows what landed and keeps what was typed.
    await typing.getByText('Helen Morris recorded a decision while you were typing: Approved.').waitFor();
    expect(await typing.getByLabel('Reason for the amendment').inputValue()).toBe('Wait for the stock condition survey');
    expect(await typing.getByRole('radio', { name: 'Defer' }).isChecked()).toBe(true);
    expect(await axeViolations(second)).toEqual([]);
    await saveScreenshot(second, 'meeting-chair-conflict');
    await typing.getByRole('button', { name: 'Amend decision' }).click();
    await second.getByRole('button', { name: 'Amend to Deferred' }).click();
    await typing.getByText('Decided: Amended to Deferred (was Approved).').waitFor();
    await deciding.getByText('Decided: Amended to Deferred (was Approved).').waitFor();
    await second.close();
  });

  it('lets the chair arrange a meeting: date, forum, agenda reordered by keyboard, attendance and apologies, then close it', async () => {
    const chair = await openMeeting('helen.morris', {}, { width: 1366, height: 768 });
    const extra = await createRequestAt(server, 'ready_for_decision', { title: 'Arranged: library self-service kiosks' });
    await chair.getByRole('button', { name: 'Arrange a meeting' }).click();
    const form = chair.getByRole('form', { name: 'Arrange a meeting' });
    // Fluent messages, not browser bubbles, when something required is missing.
    await form.getByRole('button', { name: 'Arrange the meeting' }).click();
    await form.getByText('Give the meeting a title.').waitFor();
    await form.getByLabel('Title').fill('Digital Group – February 2027');
    await form.getByLabel('Forum').selectOption('Digital Group');
    await form.getByLabel('Date and time (UK time)').fill('2027-02-10T10:00');
    for (const id of [items[0]!.id, extra.id]) {
      await form.getByLabel('Add a request ready for decision').selectOption(id);
      await form.getByRole('button', { name: 'Add to the agenda' }).click();
    }
    await form.getByRole('button', { name: `Move up ${extra.id}` }).focus();
    await chair.keyboard.press('Enter');
    expect(await form.locator('[data-agenda-entry]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-agenda-entry')))).toEqual([extra.id, items[0]!.id]);
    await form.getByLabel('Present (one name a line)').fill('Helen Morris (Chair)\nTom Reed');
    await form.getByLabel('Apologies (one name a line)').fill('David Okafor');
    expect(await axeViolations(chair)).toEqual([]);
    await form.getByRole('button', { name: 'Arrange the meeting' }).click();
    await chair.getByTestId('meeting-room').getByRole('heading', { name: 'Digital Group – February 2027' }).waitFor();
    await itemShown(chair, extra).waitFor();
    await chair.getByTestId('minutes-text').getByText('Apologies: David Okafor', { exact: false }).waitFor();

    await chair.getByRole('button', { name: 'Change this meeting' }).click();
    const change = chair.getByRole('form', { name: 'Change Digital Group – February 2027' });
    await change.getByLabel('Status').selectOption('closed');
    await change.getByRole('button', { name: 'Save the meeting' }).click();
    await change.waitFor({ state: 'detached' });
    const stored = (await server.api('helen.morris', 'GET', '/api/v1/meetings')).body.items.find((entry: { title: string }) => entry.title === 'Digital Group – February 2027');
    expect(stored).toMatchObject({ forum: 'Digital Group', startsAt: '2027-02-10T10:00:00.000Z', agenda: [extra.id, items[0]!.id], attendees: ['Helen Morris (Chair)', 'Tom Reed'], apologies: ['David Okafor'], status: 'closed' });
  });
});
