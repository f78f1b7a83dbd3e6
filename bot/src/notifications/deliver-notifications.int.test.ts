import { randomUUID } from 'node:crypto';
import { findDemoUser, DEMO_ORGANISATIONS } from '../../../shared/demo/demo-users';
import { encodeKey } from '@entrance-hall/shared/adapters/storage/keys';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { LocalConnector } from '../../../shared/testing/teams/local-connector';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * Requester notifications on their schedule, against the real server and a stand-in for Teams'
 * connector that goes down and comes back. The retry settings are short here so the test is quick;
 * the same code runs with the defaults (2 s doubling to at most 30 s) in production.
 */
const QUICK_RETRIES = { NOTIFICATION_RETRY_BASE_MS: '50', NOTIFICATION_RETRY_MAX_MS: '400' };
const ashcombe = DEMO_ORGANISATIONS.ashcombe.id;
let connector: LocalConnector;
const servers: TestServer[] = [];

beforeAll(async () => {
  connector = await LocalConnector.start();
});
afterEach(() => connector.comeBack());
afterAll(async () => {
  for (const server of servers) await server.close();
  await connector.close();
});

async function start(overrides: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ ...QUICK_RETRIES, ...overrides });
  servers.push(server);
  return server;
}

/** A personal-chat message from a demo user, so the bot stores where to reach them. */
async function sayHello(server: TestServer, userKey: string): Promise<void> {
  const user = findDemoUser(userKey)!;
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      text: 'hello',
      from: { id: `29:${user.id}`, name: user.name, aadObjectId: user.id },
      recipient: { id: '28:entrance-hall', name: 'Entrance Hall' },
      conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: user.tenantId },
      channelData: { tenant: { id: user.tenantId } },
    }),
  });
  expect(response.status).toBe(200);
}

/** A request by Priya, moved to triage by ICT: that move owes Priya a notification. */
async function moveToTriage(server: TestServer, title: string): Promise<string> {
  const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title }) });
  expect(created.status).toBe(201);
  const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${created.body.id}/stage`, { body: { to: 'triage' }, headers: { 'If-Match': created.body.etag } });
  expect(moved.status).toBe(200);
  return created.body.id as string;
}

// Each test server numbers its own requests: only what was sent during this test counts.
let sentBefore = 0;
beforeEach(() => (sentBefore = connector.sent.length));
const sentInTest = () => connector.sent.slice(sentBefore);
const cardsAbout = (reference: string) => sentInTest().filter((call) => JSON.stringify(call.activity).includes(`${reference} moved to Triage`));

it('keeps retrying through a Teams outage on its own schedule and delivers once Teams is back, with no other change', async () => {
  const server = await start();
  await sayHello(server, 'priya.shah');
  connector.goDown(502);
  const reference = await moveToTriage(server, 'Notified after the outage');
  const owed = async () => (await server.context.repos.outbox.list(ashcombe, 'pending')).find((record) => record.value.requestId === reference)?.value;

  // Nothing else happens in Entrance Hall: only the schedule brings these tries.
  await waitUntil('three scheduled tries', async () => ((await owed())?.attempts ?? 0) >= 3);
  expect(cardsAbout(reference)).toHaveLength(0);
  expect(await owed()).toMatchObject({ status: 'pending', lastError: expect.any(String) });

  connector.comeBack();
  await waitUntil('the notification', () => cardsAbout(reference).length > 0);
  await waitUntil('the row moved to sent', async () => (await server.context.repos.outbox.list(ashcombe, 'sent')).some((record) => record.value.requestId === reference));
  expect(cardsAbout(reference)).toHaveLength(1);
  expect((await server.context.repos.outbox.list(ashcombe, 'pending')).some((record) => record.value.requestId === reference)).toBe(false);
});

it('delivers a notification written in the outbox layout of earlier versions', async () => {
  const server = await start();
  await sayHello(server, 'priya.shah');
  const reference = await moveToTriage(server, 'Owed before the upgrade');
  await waitUntil('the notification', () => cardsAbout(reference).length > 0);
  // Sent first, then marked sent: under load the row moves a moment after Teams has the card.
  await waitUntil('the row moved to sent', async () => (await server.context.repos.outbox.list(ashcombe, 'sent')).some((record) => record.value.requestId === reference));
  // The same notification as an earlier version stored it: `outbox|<time>|<id>`, pending.
  const [sent] = (await server.context.repos.outbox.list(ashcombe, 'sent')).filter((record) => record.value.requestId === reference);
  const { finishedAt: _finished, ...owed } = { ...sent!.value, id: `${sent!.value.id}-old`, status: 'pending' as const };
  await server.context.repos.commit(ashcombe, [{ op: 'create', rowKey: `outbox|${owed.at.replace(/[-:.]/g, '')}|${encodeKey(owed.id)}`, record: owed }]);

  await start({ TABLE_PREFIX: server.tablePrefix });
  await waitUntil('the old notification', () => cardsAbout(reference).length === 2);
  // The card goes out before its row is marked sent: wait for the mark, then nothing is owed twice.
  const sentAbout = async () => (await server.context.repos.outbox.list(ashcombe, 'sent')).filter((record) => record.value.requestId === reference);
  await waitUntil('both marked sent', async () => (await sentAbout()).length === 2);
  expect(cardsAbout(reference)).toHaveLength(2);
});

it('sends each notification once although two server instances share the outbox, then removes sent rows after the retention period', async () => {
  const first = await start();
  const second = await start({ TABLE_PREFIX: first.tablePrefix });
  await sayHello(first, 'priya.shah');
  connector.goDown(503);
  const references: string[] = [];
  for (let index = 1; index <= 6; index += 1) references.push(await moveToTriage(index % 2 ? first : second, `Shared outbox ${index}`));
  await waitUntil('every notification tried', async () => (await first.context.repos.outbox.list(ashcombe, 'pending')).filter((record) => references.includes(record.value.requestId) && record.value.lastError).length > 0);
  connector.comeBack();

  await waitUntil('every notification', () => references.every((reference) => cardsAbout(reference).length > 0));
  await waitUntil('an empty pending range', async () => (await first.context.repos.outbox.list(ashcombe, 'pending')).every((record) => record.value.requester.id !== findDemoUser('priya.shah')!.id));
  expect(references.map((reference) => cardsAbout(reference).length)).toEqual(references.map(() => 1));
  // Priya hears of her requests in the order they moved.
  const order = sentInTest().map((call) => references.findIndex((reference) => JSON.stringify(call.activity).includes(`${reference} moved to Triage`))).filter((index) => index >= 0);
  expect(order).toEqual([...order].sort((a, b) => a - b));

  const sentRows = async () => (await first.context.repos.outbox.list(ashcombe, 'sent')).filter((record) => references.includes(record.value.requestId));
  expect(await sentRows()).toHaveLength(references.length);
  // An instance with a retention of 0 days removes finished rows on its first pass.
  await start({ TABLE_PREFIX: first.tablePrefix, NOTIFICATION_RETENTION_DAYS: '0' });
  await waitUntil('sent rows removed', async () => (await sentRows()).length === 0);
});
