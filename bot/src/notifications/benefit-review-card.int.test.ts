import { randomUUID } from 'node:crypto';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { buildBenefitReviewCard } from '../cards/build-benefit-review-card';
import { findCardProblems } from '../cards/validate-card';
import { cardText } from '../../../shared/testing/playground/card-reading';
import { LocalConnector } from '../../../shared/testing/teams/local-connector';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * The post-implementation review card at the bot's HTTP boundary: a review that has fallen due
 * reaches its benefit owner as a proactive card (through a stand-in for Teams' connector); the
 * owner records the figures from the card; a refused figure keeps what was typed and stores nothing.
 */
const priya = findDemoUser('priya.shah')!;
const david = findDemoUser('david.okafor')!;
let connector: LocalConnector;
const servers: TestServer[] = [];

beforeAll(async () => {
  connector = await LocalConnector.start();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await connector.close();
});

async function post(server: TestServer, activity: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const cardOf = (activity: Record<string, unknown>) => ((activity.attachments ?? []) as { content: Record<string, unknown> }[])[0]?.content;

it('is a valid Adaptive Card 1.5 with labelled, required inputs', () => {
  const card = buildBenefitReviewCard({
    requestId: 'EH-2026-0001',
    requestTitle: 'Printing <b>stopped</b>',
    benefitReview: { reviewId: 'B1.m6', benefitId: 'B1', benefitDescription: '**Packs**', label: '6-month review', dueOn: '2026-11-20', kind: 'cashable', plan: '£6,000 a year from 2026/27' },
  });
  expect(findCardProblems(card)).toEqual([]);
});

it('a due review reaches its owner as a card on the demo’s first start; the owner records the figures from it', async () => {
  // First start: the demo leaves the reviews due and not yet overdue for the bot to ask for.
  const first = await startTestServer();
  servers.push(first);
  // Priya talks to the bot once, so it knows where to reach her.
  const hello = await post(first, teamsActivity(priya, connector.url, { text: 'hello' }));
  expect(hello.status).toBe(200);
  // Another instance starts (or this one restarts): owed review cards go out at start.
  const server = await startTestServer({ TABLE_PREFIX: first.tablePrefix });
  servers.push(server);
  const reviewCall = await waitUntil('the review card', () =>
    connector.sent.find((call) => JSON.stringify(call.activity).includes('Printed agenda packs stopped') && JSON.stringify(call.activity).includes('Benefits review')),
  );
  const card = cardOf(reviewCall.activity)!;
  expect(cardText(card)).toContain('Benefits review: 6-month review');
  expect(cardText(card)).toContain('£6,000 a year from 2026/27');
  const action = (card.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
  expect(action.verb).toBe('benefits.record');
  // Each review is asked for once, whichever instance queued it. A card goes out only from a pending
  // row its sender has claimed, so once the review's card is marked sent and nothing is pending for
  // it, nothing more can go out: that is when to count, not after a pause.
  const rowsFor = async (status: 'pending' | 'sent') =>
    (await server.context.repos.outbox.list(priya.organisationId, status)).filter((record) => record.value.benefitReview?.reviewId === action.data.reviewId);
  await waitUntil('the review card marked sent, nothing pending for it', async () => (await rowsFor('sent')).length > 0 && (await rowsFor('pending')).length === 0);
  expect(connector.sent.filter((call) => JSON.stringify(call.activity).includes('Printed agenda packs stopped')).length).toBe(1);

  const press = (user: typeof priya, inputs: Record<string, unknown>) =>
    post(server, teamsActivity(user, connector.url, { type: 'invoke', id: randomUUID(), name: 'adaptiveCard/action', replyToId: 'review-1', value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } } } }));
  const overviewOf = async () => (await server.api('tom.reed', 'GET', `/api/v1/benefits?request=${action.data.requestId}`)).body;
  const before = await overviewOf();

  const negative = await press(priya, { figure: '-5', comment: 'Kept <b>this</b>' });
  expect(negative.status).toBe(200);
  expect(cardText(negative.body.value)).toContain('Saving realised cannot be negative.');
  expect(JSON.stringify(negative.body.value)).toContain('Kept <b>this</b>');
  const someoneElse = await press(david, { figure: '100' });
  // Not the owner: refused (the bot does not say whose benefit it is), and nothing is stored.
  expect(cardText(someoneElse.body.value)).toMatch(/^That did not work\n(Benefit B\d of EH-\d{4}-\d{4} was not found\.|Only the benefit’s owner)/);
  expect(await overviewOf()).toEqual(before);

  // A year that has not started is refused on the card by the same rule as the API, nothing stored.
  const future = await press(priya, { figure: '100', financialYear: '2030/31' });
  expect(cardText(future.body.value)).toMatch(/Financial year must be .*2026\/27 .*: 2030\/31 has not started yet\./);
  expect(await overviewOf()).toEqual(before);

  const recorded = await press(priya, { figure: '5500', financialYear: '2026/27', comment: 'Agenda packs now online only' });
  expect(cardText(recorded.body.value)).toContain('Recorded: 6-month review');
  expect(cardText(recorded.body.value)).toContain('£5,500 in 2026/27');
  const after = (await overviewOf()).requests[0].benefits.find((benefit: { id: string }) => benefit.id === action.data.benefitId);
  expect(after.reviews[0]).toMatchObject({ stateLabel: 'Recorded', actual: { amount: 5500, financialYear: '2026/27', comment: 'Agenda packs now online only' } });
  expect(after.assessment.rag).not.toBe('not_known');
});

it('an officer who types "benefits review" gets a card for each review they owe; one who owes none is told so', async () => {
  const server = await startTestServer();
  servers.push(server);
  const since = connector.sent.length;
  const asked = await post(server, teamsActivity(priya, connector.url, { text: 'benefits review' }));
  expect(asked.status).toBe(200);
  // The parking saving's 12-month review is overdue and its card was sent long ago: asking brings it back.
  const overdue = await waitUntil('the overdue review’s card', () =>
    connector.sent.slice(since).find((call) => JSON.stringify(call.activity).includes('Cash collection contract ended') && JSON.stringify(call.activity).includes('Benefits review: 12-month review')),
  );
  const card = cardOf(overdue.activity)!;
  expect((card.actions as { verb: string }[])[0]!.verb).toBe('benefits.record');
  // Only her own reviews: not the parking measure Tom owns.
  expect(connector.sent.slice(since).some((call) => JSON.stringify(call.activity).includes('Parking paid without cash'))).toBe(false);

  const sinceDavid = connector.sent.length;
  await post(server, teamsActivity(david, connector.url, { text: 'my reviews' }));
  await waitUntil('the answer to David', () => connector.sent.slice(sinceDavid).find((call) => JSON.stringify(call.activity).includes('You have no benefits reviews due.')));
});
