import { findDemoUser } from '../../../shared/demo/demo-users';
import { startTestServer } from '../../../shared/testing/bot/start-test-server';
import { cardAction, cardInputs, cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { PlaygroundMessage } from '../../../shared/testing/playground/agents-playground';
import { usePlaygroundSession } from '../../../shared/testing/playground/use-playground-session';
import { PlaygroundClient, startAgentsPlayground } from '../../../shared/testing/playground/agents-playground';
import { buildPlaygroundConfig, playgroundUserId } from '../../../shared/testing/playground/playground-config';
import { overdueFrom } from '@entrance-hall/shared/domain/benefits/find-reviews-to-flag';

/**
 * The post-implementation review in Microsoft 365 Agents Playground: ICT closes a project with
 * planned savings; when its 6-month review falls due the benefit owner gets the review card from
 * the bot unasked, records the saving and a comment on it, and the realised figure is in the
 * benefits overview the tab and Word read. A review left without figures is flagged to ICT in
 * Teams once it is overdue, once.
 */
const priya = findDemoUser('priya.shah')!;
const tom = findDemoUser('tom.reed')!;
const session = usePlaygroundSession(priya);
const DAY_MS = 24 * 60 * 60 * 1000;
/** The closed project and its 6-month review, from the first test to the second. */
let reference = '';
let sixMonths: { dueOn: string } = { dueOn: '' };

interface Overview {
  requests: {
    requestId: string;
    title: string;
    stage: string;
    benefits: { id: string; kind: string; description: string; owner: { id: string }; reviews: { id: string; label: string; dueOn: string; stateLabel: string; actual?: Record<string, unknown> }[]; assessment: { rag: string; summary: string; realisedToDate?: number } }[];
  }[];
  savingsByYear: { financialYear: string; planned: number; realised?: number }[];
}

/** Moves a request on as ICT, with the version it was read at. */
async function move(reference: string, to: string): Promise<void> {
  const current = await session.server.api('tom.reed', 'GET', `/api/v1/requests/${reference}`);
  const moved = await session.server.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to }, headers: { 'If-Match': current.body.etag } });
  expect(moved.status).toBe(200);
}

/**
 * The server restarts with its clock on `day` (the clock moving on; the scheduler looks for
 * reviews that have fallen due or become overdue when it starts, then hourly), on the same tables and port.
 */
async function restartOn(day: string): Promise<void> {
  const shift = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const { port, tablePrefix } = session.server;
  await session.server.close();
  session.server = await startTestServer({ TABLE_PREFIX: tablePrefix, PORT: String(port) }, undefined, { now: () => new Date(Date.now() + shift).toISOString() });
}

it('asks the benefit owner for the figures when a review falls due after the project closed, and shows the saving realised', async () => {
  // Priya has talked to the bot, so it knows where to reach her.
  const since = session.client.messages.length;
  await session.client.say('hello');
  await session.client.waitForMessage((message) => cardText(message.cards[0]).includes('Welcome to Entrance Hall'), { since, what: 'the welcome card' });

  // ICT delivers and closes "Garden waste subscriptions online" (agreed, with savings Priya owns).
  const portfolio = (await session.server.api<Overview>('tom.reed', 'GET', '/api/v1/benefits')).body;
  const garden = portfolio.requests.find((request) => request.title === 'Garden waste subscriptions online')!;
  expect(garden.stage).toBe('approved');
  await move(garden.requestId, 'in_delivery');
  await move(garden.requestId, 'closed');
  const closed = (await session.server.api<Overview>('tom.reed', 'GET', `/api/v1/benefits?request=${garden.requestId}`)).body.requests[0]!;
  const saving = closed.benefits.find((benefit) => benefit.kind === 'cashable')!;
  expect(saving).toMatchObject({ description: 'Paper renewals and cheque handling ended', owner: { id: priya.id } });
  expect(saving.reviews.map((review) => [review.label, review.stateLabel])).toEqual([
    ['6-month review', 'Not due yet'],
    ['12-month review', 'Not due yet'],
    ['Final review', 'Not due yet'],
  ]);
  sixMonths = saving.reviews[0]!;
  reference = garden.requestId;

  // Six months on, the review has fallen due: the card reaches Priya without her asking.
  const beforeDue = session.client.messages.length;
  await restartOn(new Date(Date.parse(`${sixMonths.dueOn}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10));
  const reviewMessage: PlaygroundMessage = await session.client.waitForMessage((message) => cardText(message.cards[0]).includes('Paper renewals and cheque handling ended'), {
    since: beforeDue,
    timeoutMs: 60_000,
    what: 'the 6-month review card for the saving',
  });
  const card = reviewMessage.cards[0]!;
  const words = cardText(card);
  expect(words).toContain('Benefits review: 6-month review');
  expect(words).toContain(`${garden.requestId} Garden waste subscriptions online`);
  expect(words).toContain('Planned\n£25,000 a year from 2027/28');
  expect(words).toMatch(/Due \d{1,2} [A-Z][a-z]+ 20\d\d\. Record what has actually been achieved/);
  expect(cardInputs(card).get('figure')?.label).toBe('Saving realised in the financial year (£)');
  expect(cardAction(card, 'benefits.record').title).toBe('Record figures');

  // She records the saving for the year and a comment.
  const response = await session.client.execute(reviewMessage, 'benefits.record', pressData(card, 'benefits.record', { figure: '21000', financialYear: '2027/28', comment: 'Renewals moved online in April; cheque handling ended in May.' }));
  expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
  const recorded = cardText(response.value);
  expect(recorded).toContain('Recorded: 6-month review');
  expect(recorded).toContain('Actual\n£21,000 in 2027/28');
  expect(recorded).toContain('Comment\nRenewals moved online in April; cheque handling ended in May.');

  // ICT and the steering group see the saving realised against the plan.
  const after = (await session.server.api<Overview>('tom.reed', 'GET', `/api/v1/benefits?request=${garden.requestId}`)).body;
  const assessed = after.requests[0]!.benefits.find((benefit) => benefit.id === saving.id)!;
  expect(assessed.reviews[0]).toMatchObject({ label: '6-month review', stateLabel: 'Recorded', actual: { amount: 21_000, financialYear: '2027/28', comment: 'Renewals moved online in April; cheque handling ended in May.' } });
  expect(assessed.assessment).toMatchObject({ rag: 'amber', realisedToDate: 21_000 });
  expect(after.savingsByYear.find((year) => year.financialYear === '2027/28')).toMatchObject({ planned: 25_000, realised: 21_000 });
});

it('tells ICT in Teams when a review becomes overdue: request, benefit, owner and due date, once', async () => {
  expect(reference).not.toBe('');
  // Tom Reed (ICT) has Teams open too (a second Playground signed in as him) and has talked to the bot.
  const tomsTeams = await startAgentsPlayground({ botEndpoint: `${session.server.url}/api/messages`, config: buildPlaygroundConfig('ashcombe', 'tom.reed') });
  const ict = await PlaygroundClient.connect(tomsTeams, playgroundUserId(tom));
  try {
    const since = ict.messages.length;
    await ict.say('hello');
    await ict.waitForMessage((message) => cardText(message.cards[0]).includes('Welcome to Entrance Hall') && cardText(message.cards[0]).includes('Tom'), { since, what: 'the welcome card for Tom' });

    // The measure's 6-month review (Priya's, not recorded) is now more than 28 days past due.
    const beforeOverdue = ict.messages.length;
    await restartOn(overdueFrom(sixMonths.dueOn));
    const notice = await ict.waitForMessage((message) => /Benefits reviews? overdue/.test(cardText(message.cards[0])) && cardText(message.cards[0]).includes('Subscriptions taken online'), {
      since: beforeOverdue,
      timeoutMs: 60_000,
      what: 'the overdue notice to ICT naming the measure',
    });
    const words = cardText(notice.cards[0]);
    expect(words).toMatch(/more than 28 days past due with no figures recorded\. Chase the owners, or record the figures for them in the Benefits view\./);
    const dueWords = new Date(`${sixMonths.dueOn}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(words).toContain(`${reference} Garden waste subscriptions online\nBenefit\nSubscriptions taken online\nOwner\nPriya Shah\nDue\n${dueWords} (6-month review)`);
    // The saving recorded in the first test is not overdue.
    expect(words).not.toContain('Paper renewals and cheque handling ended');

    // Another restart the same day: nothing is sent again (a later message shows the stream has caught up).
    await restartOn(overdueFrom(sixMonths.dueOn));
    const helpSince = ict.messages.length;
    await ict.say('help');
    await ict.waitForMessage((message) => cardText(message.cards[0]).includes('What I can do'), { since: helpSince, what: 'the help card' });
    // Every review Tom was told of (including ones that became overdue before he first talked to the bot, kept for him), once each.
    const notices = ict.messages.filter((message) => message.fromBot && /Benefits reviews? overdue/.test(cardText(message.cards[0])));
    const told = notices.flatMap((message) => [...cardText(message.cards[0]).matchAll(/(EH-\d{4}-\d{4}) .*\nBenefit\n(.*)\nOwner\n.*\nDue\n(.*)/g)].map((match) => `${match[1]} ${match[2]} ${match[3]}`));
    expect(told).toContain(`${reference} Subscriptions taken online ${dueWords} (6-month review)`);
    expect(new Set(told).size).toBe(told.length);
  } finally {
    ict.close();
    await tomsTeams.stop();
  }
});

it('gives the owner the cards of the reviews she owes when she types "my reviews"', async () => {
  expect(reference).not.toBe('');
  // The measure's 6-month review is still without figures (overdue by the server's clock): asking brings its card back.
  const since = session.client.messages.length;
  await session.client.say('my reviews');
  const card = await session.client.waitForMessage((message) => cardText(message.cards[0]).includes('Benefits review: 6-month review') && cardText(message.cards[0]).includes('Subscriptions taken online'), {
    since,
    what: 'the review card of the measure',
  });
  expect(cardAction(card.cards[0], 'benefits.record').title).toBe('Record figures');
  // The saving she recorded is not asked for again.
  expect(session.client.messages.slice(since).some((message) => cardText(message.cards[0]).includes('Paper renewals and cheque handling ended'))).toBe(false);
});
