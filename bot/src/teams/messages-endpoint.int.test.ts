import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { DEMO_ORGANISATIONS, findDemoUser } from '../../../shared/demo/demo-users';
import { testStorageConnectionString } from '../../../shared/testing/test-storage';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { cardText, pressData } from '../../../shared/testing/playground/card-reading';
import { LocalConnector } from '../../../shared/testing/teams/local-connector';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { waitUntil } from '../../../shared/testing/wait-until';

/** Real Bot Framework activities posted to /api/messages; replies captured by a local connector. */
const priya = findDemoUser('priya.shah')!;
const aled = findDemoUser('aled.jones')!;
let server: TestServer;
let connector: LocalConnector;

beforeAll(async () => {
  server = await startTestServer();
  connector = await LocalConnector.start();
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
});

function activityFrom(user: { id: string; name: string; tenantId: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return teamsActivity(user, connector.url, overrides);
}

async function post(activity: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Sends a message and returns what the bot sent back through the connector. */
async function say(text: string, user = priya, overrides: Record<string, unknown> = {}) {
  const before = connector.sent.length;
  const response = await post(activityFrom(user, { text, ...overrides }));
  expect(response.status).toBe(200);
  return connector.sent.slice(before);
}

function cardIn(call: { activity: Record<string, unknown> } | undefined): Record<string, unknown> {
  const attachments = (call?.activity.attachments ?? []) as { contentType: string; content: Record<string, unknown> }[];
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]!.content;
}

async function invoke(verb: string, data: Record<string, unknown>, user = priya, id: string = randomUUID()) {
  return post(activityFrom(user, { type: 'invoke', id, name: 'adaptiveCard/action', replyToId: 'activity-1', value: { action: { type: 'Action.Execute', verb, data } } }));
}

it('answers "new request" with the first intake card, service area from the directory', async () => {
  const replies = await say('new request');
  expect(replies).toHaveLength(1);
  expect(replies[0]!.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-.*\/activities/);
  const card = cardIn(replies[0]);
  expect(cardText(card)).toContain('step 1 of 4');
  expect(JSON.stringify(card)).toContain('"value":"Revenues and Benefits"');
});

it('updates the pressed card in place on the Action.Submit fallback path, keeping the draft in storage', async () => {
  const [first] = await say('new request');
  const before = connector.sent.length;
  const value = pressData(cardIn(first), 'intake.next', { title: 'Fallback path', sponsor: 'Head of Revenues', problem: 'Slow', proposedOutcome: 'Fast' });
  const response = await post(activityFrom(priya, { value, replyToId: 'activity-77' }));
  expect(response.status).toBe(200);
  const update = connector.sent.slice(before).find((call) => call.method === 'PUT');
  expect(update?.path).toMatch(/\/activities\/activity-77$/);
  expect(cardText(cardIn(update))).toContain('step 2 of 4');
});

it('does a re-sent activity only once', async () => {
  const id = randomUUID();
  const first = await post(activityFrom(priya, { id, text: 'my requests' }));
  const before = connector.sent.length;
  const again = await post(activityFrom(priya, { id, text: 'my requests' }));
  expect([first.status, again.status]).toEqual([200, 200]);
  expect(connector.sent.slice(before)).toHaveLength(0);
});

it('answers a repeated invoke with the card as it now stands, without acting twice', async () => {
  const [first] = await say('new request');
  const data = pressData(cardIn(first), 'intake.next', { title: 'Repeat invoke', sponsor: 'S', problem: 'P', proposedOutcome: 'O' });
  const id = randomUUID();
  const one = await invoke('intake.next', data, priya, id);
  const two = await invoke('intake.next', data, priya, id);
  expect(cardText(one.body.value)).toContain('step 2 of 4');
  expect(cardText(two.body.value)).toContain('step 2 of 4');
});

it('in a group chat answers only when @mentioned, and keeps intake in the personal chat', async () => {
  const group = { conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: priya.tenantId } };
  expect(await say('new request', priya, group)).toHaveLength(0);
  const mentioned = await say('<at>Entrance Hall</at> new request', priya, {
    ...group,
    entities: [{ type: 'mention', text: '<at>Entrance Hall</at>', mentioned: { id: '28:entrance-hall', name: 'Entrance Hall' } }],
  });
  expect(mentioned).toHaveLength(1);
  expect(mentioned[0]!.activity.text).toContain('personal chat');
});

it('keeps one organisation from seeing another organisation\'s requests', async () => {
  const seeded = await server.api<{ items: { id: string }[] }>('tom.reed', 'GET', '/api/v1/requests');
  const ashcombeReference = seeded.body.items[0]!.id;
  const replies = await say(`status ${ashcombeReference}`, aled);
  expect(replies[0]!.activity.text).toBe(`I could not find ${ashcombeReference} among your requests.`);
});

it('tells someone from a tenant that is not set up, in plain words', async () => {
  const replies = await say('new request', { ...priya, tenantId: '00000000-0000-4000-8000-0000000000ff' });
  expect(replies[0]!.activity.text).toContain('not set up in Entrance Hall');
});

it('retries a throttled proactive message and marks the notification sent', async () => {
  await say('hello'); // stores the conversation reference
  const [first] = await say('new request');
  let card = cardIn(first);
  const steps: Record<string, string>[] = [
    { title: 'Retry notification', sponsor: 'S', problem: 'P', proposedOutcome: 'O' },
    { themeIds: 'workforce' },
    { neededBy: '2027-03-31' },
    {},
  ];
  for (const typed of steps) card = (await invoke('intake.next', pressData(card, 'intake.next', typed))).body.value;
  const submitted = await invoke('intake.submit', pressData(card, 'intake.submit'));
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted.body.value))![1]!;

  const current = await server.api('tom.reed', 'GET', `/api/v1/requests/${reference}`);
  connector.failNext(429, 502);
  const before = connector.sent.length;
  const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to: 'triage' }, headers: { 'If-Match': current.body.etag } });
  expect(moved.status).toBe(200);
  await waitUntil('the notification', () => connector.sent.slice(before).some((call) => cardText(cardIn(call)).includes(`${reference} moved to Triage`)));
  // Teams said "too many requests" and then "bad gateway": the bot tried again until it got through.
  expect(connector.refused).toEqual([429, 502]);
  const outbox = await server.context.repos.outbox.list(DEMO_ORGANISATIONS.ashcombe.id);
  const record = outbox.find((candidate) => candidate.value.requestId === reference && candidate.value.toStage === 'triage')!;
  await waitUntil('the notification marked sent', async () => (await server.context.repos.outbox.list(DEMO_ORGANISATIONS.ashcombe.id)).find((candidate) => candidate.value.id === record.value.id)?.value.status === 'sent');
});

it('keeps a notification pending for a requester who has never talked to the bot, and sends it when they do', async () => {
  const tom = findDemoUser('tom.reed')!;
  // Tom submits through the API (as the tab would), so the bot has no conversation with him yet.
  const created = await server.api('tom.reed', 'POST', '/api/v1/requests', {
    body: { title: 'Submitted in the tab', serviceArea: 'Housing', sponsor: 'S', problem: 'P', proposedOutcome: 'O', themeIds: ['workforce'], neededBy: '2027-05-01' },
  });
  expect(created.status).toBe(201);
  const reference = created.body.id as string;
  const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to: 'triage' }, headers: { 'If-Match': created.body.etag } });
  expect(moved.status).toBe(200);
  const pendingFor = async () =>
    (await server.context.repos.outbox.list(DEMO_ORGANISATIONS.ashcombe.id)).find((candidate) => candidate.value.requestId === reference)?.value;
  expect((await pendingFor())?.status).toBe('pending');

  const before = connector.sent.length;
  await say('hello', tom); // now the bot knows where to reach him
  // The next sweep (on start-up, or after the next decision) delivers it: here, a second instance starting.
  const restarted = await startTestServer({ TABLE_PREFIX: server.tablePrefix });
  try {
    await waitUntil('the kept notification delivered', async () => (await pendingFor())?.status === 'sent');
  } finally {
    await restarted.close();
  }
  expect(connector.sent.slice(before).some((call) => JSON.stringify(call.activity).includes(`${reference} moved to Triage`))).toBe(true);
});

it('answers an invoke when storage fails, saying the draft is safe', async () => {
  const [first] = await say('new request');
  await TableClient.fromConnectionString(testStorageConnectionString(), `${server.tablePrefix}BotState`, { allowInsecureConnection: true }).deleteTable();
  const response = await invoke('intake.next', pressData(cardIn(first), 'intake.next', { title: 'Storage down' }));
  expect(response.status).toBe(200);
  expect(cardText(response.body.value)).toContain('Your draft is safe');
  expect(cardText(response.body.value)).toContain('cannot reach its storage');
});
