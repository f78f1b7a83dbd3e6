import { randomUUID } from 'node:crypto';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { uniqueTablePrefix } from '../../../shared/testing/test-ids';
import { cardText, pressData } from '../../../shared/testing/playground/card-reading';
import { LocalConnector } from '../../../shared/testing/teams/local-connector';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * Two instances of the server on one Azurite (one set of tables), as App Service runs them behind
 * its load balancer with affinity off: what one instance does, the other sees; nothing is done twice.
 */
const priya = findDemoUser('priya.shah')!;
let instances: TestServer[];
let connector: LocalConnector;
let turn = 0;

/** The load balancer: each call goes to the next instance. */
const nextInstance = () => instances[turn++ % instances.length]!;

beforeAll(async () => {
  const tablePrefix = uniqueTablePrefix('ScaleOut');
  connector = await LocalConnector.start();
  const first = await startTestServer({ TABLE_PREFIX: tablePrefix });
  instances = [first, await startTestServer({ TABLE_PREFIX: tablePrefix })];
});

afterAll(async () => {
  await Promise.all((instances ?? []).map((instance) => instance.close()));
  await connector?.close();
});

const activity = (overrides: Record<string, unknown>) => teamsActivity(priya, connector.url, overrides);

async function postTo(instance: TestServer, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${instance.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await response.text();
  return response.status;
}

it('shows a decision made through one instance in meeting mode on the other', async () => {
  const [a, b] = instances as [TestServer, TestServer];
  const ready = await b.api('helen.morris', 'GET', '/api/v1/requests?stage=ready_for_decision');
  const request = ready.body.items[0] as { id: string };
  const current = await b.api('helen.morris', 'GET', `/api/v1/requests/${request.id}`);
  const decided = await a.api('helen.morris', 'POST', `/api/v1/requests/${request.id}/decisions`, {
    body: { outcome: 'defer', reason: 'Revisit with the telephony contract' },
    headers: { 'If-Match': current.headers.get('etag') ?? current.body.etag },
  });
  expect(decided.status).toBe(201);
  const seen = await b.api('helen.morris', 'GET', '/api/v1/decisions');
  expect(seen.body.items).toContainEqual(expect.objectContaining({ requestId: request.id, outcome: 'defer', reason: 'Revisit with the telephony contract' }));
  // The request itself moved on the other instance too.
  expect((await b.api('helen.morris', 'GET', `/api/v1/requests/${request.id}`)).body.stage).toBe('deferred');
});

it('answers a create retried on the other instance with the first result', async () => {
  const key = randomUUID();
  const body = validRequestBody({ title: `Retried on another instance ${key.slice(0, 8)}` });
  const first = await nextInstance().api('priya.shah', 'POST', '/api/v1/requests', { body, headers: { 'Idempotency-Key': key } });
  const retried = await nextInstance().api('priya.shah', 'POST', '/api/v1/requests', { body, headers: { 'Idempotency-Key': key } });
  expect(first.status).toBe(201);
  expect(retried.body.id).toBe(first.body.id);
  const mine = await nextInstance().api('priya.shah', 'GET', '/api/v1/requests');
  expect(mine.body.items.filter((item: { title: string }) => item.title === body.title)).toHaveLength(1);
});

it('handles a Teams activity re-sent to the other instance once', async () => {
  const id = randomUUID();
  const before = connector.sent.length;
  expect(await postTo(nextInstance(), activity({ id, text: 'my requests' }))).toBe(200);
  const afterFirst = connector.sent.length;
  expect(afterFirst).toBeGreaterThan(before);
  expect(await postTo(nextInstance(), activity({ id, text: 'my requests' }))).toBe(200);
  expect(connector.sent.length).toBe(afterFirst);
});

it('continues an intake draft on the other instance', async () => {
  const [a, b] = instances as [TestServer, TestServer];
  const before = connector.sent.length;
  expect(await postTo(a, activity({ text: 'new request' }))).toBe(200);
  const card = connector.sent.slice(before).map((call) => (call.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content).find(Boolean);
  expect(cardText(card)).toContain('step 1 of 4');
  const value = pressData(card, 'intake.next', { title: 'Continued elsewhere', sponsor: 'Head of Revenues', problem: 'Slow', proposedOutcome: 'Fast' });
  const middle = connector.sent.length;
  expect(await postTo(b, activity({ value, replyToId: 'activity-scale-1' }))).toBe(200);
  const update = connector.sent.slice(middle).find((call) => call.method === 'PUT');
  expect(cardText((update?.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content)).toContain('step 2 of 4');
});

it('tells the requester once, though every instance sweeps the same outbox', async () => {
  const [a, b] = instances as [TestServer, TestServer];
  // Priya has talked to the bot above, so her conversation is stored; she proposes through the API.
  const created = await b.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Told once' }) });
  const reference = created.body.id as string;
  const before = connector.sent.length;
  const moved = await a.api('tom.reed', 'POST', `/api/v1/requests/${reference}/stage`, { body: { to: 'triage' }, headers: { 'If-Match': created.body.etag } });
  expect(moved.status).toBe(200);
  const told = () => connector.sent.slice(before).filter((call) => cardText((call.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content).includes(`${reference} moved to Triage`));
  await waitUntil('the notification', () => told().length > 0);
  // A third instance starting up sweeps the outbox (as after a scale-out or restart); closing it waits for the sweep.
  const third = await startTestServer({ TABLE_PREFIX: a.tablePrefix });
  await third.close();
  expect(told()).toHaveLength(1);
});
