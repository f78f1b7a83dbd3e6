import { findDemoUser } from '../../../shared/demo/demo-users';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { cardAction, cardInputs, cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { PlaygroundClient, PlaygroundMessage } from '../../../shared/testing/playground/agents-playground';
import { PLAYGROUND_CHATS, PLAYGROUND_BOT } from '../../../shared/testing/playground/playground-config';
import { usePlaygroundSession } from '../../../shared/testing/playground/use-playground-session';

/**
 * The bot in Microsoft 365 Agents Playground, Microsoft's local Teams client: the same activities,
 * invokes and card updates Teams sends, over HTTP and the Playground's message stream.
 */
const priya = findDemoUser('priya.shah')!;
const session = usePlaygroundSession(priya);
let server: TestServer;
let client: PlaygroundClient;

beforeAll(() => {
  ({ server, client } = session);
});

type CardResponse = { type: string; value: unknown };

function cardOf(response: CardResponse): Record<string, unknown> {
  expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
  return response.value as Record<string, unknown>;
}

/** Presses a button on a card the Playground shows; the invoke answers with the card that replaces it. */
function press(cardMessage: PlaygroundMessage, card: unknown, verb: string, typed: Record<string, string> = {}, title?: string): Promise<Record<string, unknown>> {
  return client.execute(cardMessage, verb, pressData(card, verb, typed, title)).then(cardOf);
}

/** Stop, confirmed: the way to leave an intake (the draft is kept aside, restorable). */
async function stopIntake(message: PlaygroundMessage, card: unknown): Promise<void> {
  const confirm = await press(message, card, 'intake.cancel');
  expect(cardText(confirm)).toContain('Stop this request?');
  expect(cardText(await press(message, confirm, 'intake.stop'))).toContain('Request stopped');
}

async function startIntake(): Promise<PlaygroundMessage> {
  const since = client.messages.length;
  await client.say('I have an idea for a system');
  return client.waitForMessage((message) => cardText(message.cards[0]).includes('step 1 of 4') || cardText(message.cards[0]).includes('Welcome back'), { since, what: 'the first intake card' });
}

const NEED = { title: 'Online direct debit sign-up for council tax', sponsor: 'Head of Revenues', problem: 'Residents post paper mandates; 1,200 a month are keyed by hand.', proposedOutcome: 'Residents set up a direct debit online in two minutes.' };

async function completeIntake(message: PlaygroundMessage, title: string): Promise<Record<string, unknown>> {
  let card = message.cards[0]!;
  card = await press(message, card, 'intake.next', { ...NEED, title });
  expect(cardText(card)).toContain('step 2 of 4');
  card = await press(message, card, 'intake.next', { themeIds: 'digital-residents,information', corporatePriorityId: 'cp-council' });
  expect(cardText(card)).toContain('step 3 of 4');
  card = await press(message, card, 'intake.next', { capitalCost: '25000', revenueCost: '4000', cashableSavings: '18000', ictEffortDays: '40', neededBy: '2027-06-30' });
  expect(cardText(card)).toContain('step 4 of 4');
  card = await press(message, card, 'intake.next', { personalData: 'true', systemsTouched: 'Academy Revenues\nCivica Pay', keyRisks: 'Payment provider onboarding takes 8 weeks.' });
  expect(cardText(card)).toContain('Check your project request');
  return card;
}

it('welcomes the officer on install with buttons to start, list and get help', async () => {
  const since = client.messages.length;
  await client.install();
  const welcome = await client.waitForMessage((message) => cardText(message.cards[0]).includes('Welcome to Entrance Hall'), { since, what: 'a welcome card' });
  expect(cardText(welcome.cards[0])).toContain('Priya');
  expect(cardAction(welcome.cards[0], 'intake.start').title).toBe('Start a request');
  expect(cardAction(welcome.cards[0], 'requests.mine').title).toBe('My requests');
  expect(cardAction(welcome.cards[0], 'help.show').title).toBe('Help');
});

it('takes a request from "new request" to a stored request with a reference, and confirms it once', async () => {
  const first = await startIntake();
  expect(cardInputs(first.cards[0]).get('serviceArea')?.value).toBe('Revenues and Benefits');
  const review = await completeIntake(first, 'Online direct debits (full intake)');
  expect(cardText(review)).toContain('£25,000');
  expect(cardText(review)).toContain('Digital services residents choose to use');

  const since = client.messages.length;
  const submitted = await press(first, review, 'intake.submit');
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted))?.[1];
  expect(reference).toBeDefined();
  const confirmation = await client.waitForMessage((message) => cardText(message.cards[0]).includes(`your request is ${reference}`), { since, what: 'a confirmation card' });
  expect(cardText(confirmation.cards[0])).toContain('What happens next');

  // "My requests" on the confirmation lists it with its stage, and the confirmation stays as it was.
  const listedSince = client.messages.length;
  const pressed = await client.execute(confirmation, 'requests.mine', cardAction(confirmation.cards[0], 'requests.mine').data);
  expect(pressed.type).toBe('application/vnd.microsoft.activity.message');
  const list = await client.waitForMessage((message) => cardText(message.cards[0]).includes('My requests'), { since: listedSince, what: 'my requests' });
  expect(cardText(list.cards[0])).toContain(`**${reference}**: Submitted`);
  expect(cardText(list.cards[0])).toContain('Online direct debits (full intake)');

  const stored = await server.api('priya.shah', 'GET', `/api/v1/requests/${reference}`);
  expect(stored.status).toBe(200);
  expect(stored.body).toMatchObject({
    id: reference,
    title: 'Online direct debits (full intake)',
    stage: 'submitted',
    serviceArea: 'Revenues and Benefits',
    themeIds: ['digital-residents', 'information'],
    capitalCost: 25000,
    neededBy: '2027-06-30',
    personalData: true,
    systemsTouched: ['Academy Revenues', 'Civica Pay'],
    requester: { id: priya.id, name: 'Priya Shah', department: 'Revenues and Benefits' },
  });
});

it('shows a validation problem next to the field, keeps the other answers, and accepts the fix', async () => {
  const message = await startIntake();
  const withError = await press(message, message.cards[0], 'intake.next', { ...NEED, title: '   ', neededBy: '' });
  expect(cardText(withError)).toContain('step 1 of 4');
  expect(cardText(withError)).toContain('Title is required.');
  // The problem sits right under the title input, and what was typed elsewhere is still there.
  const body = withError.body as Record<string, unknown>[];
  const titleIndex = body.findIndex((element) => element.id === 'title');
  expect(cardText(body[titleIndex + 1])).toBe('Title is required.');
  expect(cardInputs(withError).get('problem')?.value).toBe(NEED.problem);
  expect(cardInputs(withError).get('sponsor')?.value).toBe(NEED.sponsor);

  const fixed = await press(message, withError, 'intake.next', { title: 'Fixed title' });
  expect(cardText(fixed)).toContain('step 2 of 4');
  await stopIntake(message, fixed);
});

it('creates one request when Submit is pressed twice at once', async () => {
  const message = await startIntake();
  const review = await completeIntake(message, 'Double submit test');
  const since = client.messages.length;
  const [one, two] = await Promise.all([press(message, review, 'intake.submit'), press(message, review, 'intake.submit')]);
  const referenceOne = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(one))?.[1];
  const referenceTwo = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(two))?.[1];
  expect(referenceOne).toBeDefined();
  expect(referenceTwo).toBe(referenceOne);
  const list = await server.api<{ items: { title: string }[] }>('priya.shah', 'GET', `/api/v1/requests?text=${encodeURIComponent('Double submit test')}`);
  expect(list.body.items.filter((item) => item.title === 'Double submit test')).toHaveLength(1);
  await client.waitForMessage((candidate) => cardText(candidate.cards[0]).includes(`your request is ${referenceOne}`), { since, what: 'the confirmation' });
  // A later message proves the stream has caught up; still only one confirmation.
  await client.say('help');
  await client.waitForMessage((candidate) => cardText(candidate.cards[0]).includes('What I can do'), { since, what: 'the help card' });
  expect(client.messages.slice(since).filter((candidate) => cardText(candidate.cards[0]).includes(`your request is ${referenceOne}`))).toHaveLength(1);
});

it('tells the requester when the steering group decides, with the reason', async () => {
  const message = await startIntake();
  const review = await completeIntake(message, 'Decision notification test');
  const submitted = await press(message, review, 'intake.submit');
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted))![1]!;

  let current = await server.api('tom.reed', 'GET', `/api/v1/requests/${reference}`);
  current = await server.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to: 'triage' }, headers: { 'If-Match': current.body.etag } });
  expect(current.status).toBe(200);
  current = await server.api('tom.reed', 'PUT', `/api/v1/requests/${reference}/score`, {
    body: { ratings: { strategicFit: 4, benefits: 4, statutoryNeed: 1, riskOfNotDoing: 3, cost: 4, effort: 4, readiness: 5 } },
    headers: { 'If-Match': current.body.etag },
  });
  expect(current.status).toBe(200);
  current = await server.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to: 'ready_for_decision' }, headers: { 'If-Match': current.body.etag } });
  expect(current.status).toBe(200);
  const since = client.messages.length;
  const decided = await server.api('helen.morris', 'POST', `/api/v1/requests/${reference}/decisions`, {
    body: { outcome: 'approve', reason: 'Strong fit with the digital residents theme; savings within two years.' },
    headers: { 'If-Match': current.body.etag },
  });
  expect(decided.status).toBe(201);
  const notification = await client.waitForMessage((candidate) => cardText(candidate.cards[0]).includes(`${reference}: Approved`), { since, what: 'the decision notification' });
  expect(cardText(notification.cards[0])).toContain('Strong fit with the digital residents theme; savings within two years.');
  expect(cardText(notification.cards[0])).toContain('Helen Morris');
});

it('updates the card in place on the Action.Submit fallback path', async () => {
  const message = await startIntake();
  const since = client.messages.length;
  await client.submit(message, pressData(message.cards[0], 'intake.next', { ...NEED, title: 'Submitted with Action.Submit' }));
  const updated = await client.waitForMessage((candidate) => candidate.messageId === message.messageId && candidate.action !== 'createMessage', { since, what: 'an update of the intake card' });
  expect(cardText(updated.cards[0])).toContain('step 2 of 4');
  await stopIntake(message, updated.cards[0]);
});

it('answers in the group chat only when @mentioned, and keeps the intake to the personal chat', async () => {
  const since = client.messages.length;
  await client.say('new request', PLAYGROUND_CHATS.group);
  await client.say('new request', PLAYGROUND_CHATS.group, PLAYGROUND_BOT);
  const answer = await client.waitForMessage((candidate) => candidate.conversationId === PLAYGROUND_CHATS.group, { since, what: 'an answer in the group chat' });
  expect(answer.text).toContain('personal chat');
  // Proof that the un-mentioned message got no answer: a later mention is answered, and nothing else came.
  await client.say('help', PLAYGROUND_CHATS.group, PLAYGROUND_BOT);
  await client.waitForMessage((candidate) => candidate.conversationId === PLAYGROUND_CHATS.group && cardText(candidate.cards[0]).includes('What I can do'), { since, what: 'the help card in the group' });
  expect(client.messages.slice(since).filter((candidate) => candidate.fromBot && candidate.conversationId === PLAYGROUND_CHATS.group)).toHaveLength(2);
});

it('resumes an intake where the officer stopped after the server restarts', async () => {
  const message = await startIntake();
  const second = await press(message, message.cards[0], 'intake.next', { ...NEED, title: 'Resume after restart' });
  expect(cardText(second)).toContain('step 2 of 4');

  // The server stops mid-intake and comes back on the same tables and port: nothing was in memory.
  const { port, tablePrefix } = server;
  await server.close();
  server = await startTestServer({ TABLE_PREFIX: tablePrefix, PORT: String(port) });
  session.server = server;

  const resumed = await startIntake();
  expect(cardText(resumed.cards[0])).toContain('Welcome back: you were at step 2');
  expect(cardText(resumed.cards[0])).toContain('step 2 of 4');
  const third = await press(resumed, resumed.cards[0], 'intake.next', { themeIds: 'resilience' });
  expect(cardText(third)).toContain('step 3 of 4');
  const back = await press(resumed, third, 'intake.back');
  const again = await press(resumed, back, 'intake.back');
  expect(cardInputs(again).get('title')?.value).toBe('Resume after restart');
});
