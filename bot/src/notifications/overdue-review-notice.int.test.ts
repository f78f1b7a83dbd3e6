import { findDemoUser } from '../../../shared/demo/demo-users';
import { overdueFrom } from '@entrance-hall/shared/domain/benefits/find-reviews-to-flag';
import { buildOverdueReviewsCard } from '../cards/build-overdue-reviews-card';
import { findCardProblems } from '../cards/validate-card';
import { cardText } from '../../../shared/testing/playground/card-reading';
import { LocalConnector, type ConnectorCall } from '../../../shared/testing/teams/local-connector';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * ICT is told, through the outbox and the bot, of benefits reviews that have become overdue: one
 * message listing them (request, benefit, owner, due date), once per review, however many server
 * instances sweep or restart. A review whose figures were recorded in time is not listed.
 */
const tom = findDemoUser('tom.reed')!;
const david = findDemoUser('david.okafor')!;
let connector: LocalConnector;
/** The servers running now (all on the same tables). */
const servers: TestServer[] = [];
let tablePrefix: string | undefined;

beforeAll(async () => {
  connector = await LocalConnector.start();
});
afterAll(async () => {
  await stopAll();
  await connector.close();
});

async function stopAll(): Promise<void> {
  for (const server of servers.splice(0)) await server.close();
}

async function start(clockDay?: string): Promise<TestServer> {
  const shift = clockDay ? Date.parse(`${clockDay}T00:00:00Z`) - Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) : 0;
  const server = await startTestServer(tablePrefix ? { TABLE_PREFIX: tablePrefix } : {}, undefined, { now: () => new Date(Date.now() + shift).toISOString() });
  tablePrefix = server.tablePrefix;
  servers.push(server);
  return server;
}

async function say(server: TestServer, user: typeof tom, text: string): Promise<void> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(teamsActivity(user, connector.url, { text })) });
  expect(response.status).toBe(200);
}

const cardOf = (call: ConnectorCall) => ((call.activity.attachments ?? []) as { content: Record<string, unknown> }[])[0]?.content;
const noticesTo = (user: typeof tom) => connector.sent.filter((call) => call.path.includes(encodeURIComponent(`a:personal-${user.id}`)) || call.path.includes(`a:personal-${user.id}`)).filter((call) => /Benefits reviews? overdue/.test(cardText(cardOf(call))));
const govukDate = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

it('is a valid Adaptive Card 1.5 that shows names as typed', () => {
  const card = buildOverdueReviewsCard([
    { requestId: 'EH-2026-0001', requestTitle: 'Printing <b>stopped</b>', reviewId: 'B1.m6', benefitDescription: '**Packs**', label: '6-month review', owner: { id: 'x', name: '[Priya](http://evil)' }, dueOn: '2027-05-30' },
  ]);
  expect(findCardProblems(card)).toEqual([]);
  expect(cardText(card)).toContain('One benefits review is more than 28 days past due with no figures recorded.');
  expect(cardText(card)).toContain('Due\n30 May 2027 (6-month review)');
});

it('tells ICT once of each review that becomes overdue, listing request, benefit, owner and due date', async () => {
  const first = await start();
  await say(first, tom, 'hello');
  await say(first, david, 'hello');
  // ICT closes "Garden waste subscriptions online": a saving and a measure, both Priya's.
  const portfolio = (await first.api('tom.reed', 'GET', '/api/v1/benefits')).body;
  const reference: string = portfolio.requests.find((request: { title: string }) => request.title === 'Garden waste subscriptions online').requestId;
  for (const to of ['in_delivery', 'closed']) {
    const current = await first.api('tom.reed', 'GET', `/api/v1/requests/${reference}`);
    expect((await first.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to }, headers: { 'If-Match': current.body.etag } })).status).toBe(200);
  }
  // Priya records the measure's 6-month figure in time; the saving's she leaves.
  expect((await first.api('priya.shah', 'POST', `/api/v1/requests/${reference}/benefits/B2/actuals`, { body: { value: 55 } })).status).toBe(201);
  const reviews = (await first.api('tom.reed', 'GET', `/api/v1/benefits?request=${reference}`)).body.requests[0].benefits.find((benefit: { id: string }) => benefit.id === 'B1').reviews;
  const [sixMonths, twelveMonths] = reviews as { id: string; dueOn: string }[];
  await stopAll();

  // The day the 6-month review becomes overdue, two instances start at once; both sweep.
  await Promise.all([start(overdueFrom(sixMonths!.dueOn)), start(overdueFrom(sixMonths!.dueOn))]);
  const notice = await waitUntil('the overdue notice to ICT', () => noticesTo(tom)[0]);
  const words = cardText(cardOf(notice));
  expect(words).toMatch(/\d+ benefits reviews are more than 28 days past due with no figures recorded\. Chase the owners, or record the figures for them in the Benefits view\./);
  expect(words).toContain(`${reference} Garden waste subscriptions online\nBenefit\nPaper renewals and cheque handling ended\nOwner\nPriya Shah\nDue\n${govukDate(sixMonths!.dueOn)} (6-month review)`);
  // Recorded in time: not overdue, not listed.
  expect(words).not.toContain('Subscriptions taken online');
  const stored = (await servers[0]!.api('tom.reed', 'GET', `/api/v1/benefits?request=${reference}`)).body.requests[0].benefits.find((benefit: { id: string }) => benefit.id === 'B1').reviews[0];
  expect(stored.overdueFlaggedAt).toEqual(expect.any(String));
  // Only ICT is told (David, a steering group member, talks to the bot too), and only once across
  // both instances. Counted once both have stopped (stopping waits for their sweeps and sends): a
  // second notice would by then have reached Teams or be waiting in the outbox.
  const { outbox } = servers[0]!.context.repos;
  await stopAll();
  expect(noticesTo(tom)).toHaveLength(1);
  expect(noticesTo(david)).toHaveLength(0);
  expect((await outbox.list(tom.organisationId, 'pending')).filter((record) => record.value.overdueReviews && [tom.id, david.id].includes(record.value.requester.id))).toEqual([]);

  // A restart later on: the reviews already flagged are not sent again; the 12-month one now overdue is.
  await start(overdueFrom(twelveMonths!.dueOn));
  const second = await waitUntil('the second overdue notice', () => noticesTo(tom)[1]);
  const later = cardText(cardOf(second));
  expect(later).toContain(`Paper renewals and cheque handling ended\nOwner\nPriya Shah\nDue\n${govukDate(twelveMonths!.dueOn)} (12-month review)`);
  expect(later).toContain('Subscriptions taken online');
  expect(later).not.toContain('6-month review');
  expect(noticesTo(tom)).toHaveLength(2);
});
