import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { TableClient } from '@azure/data-tables';
import { DEMO_ORGANISATIONS } from '../shared/demo/demo-users';
import { startAzurite } from '../shared/src/adapters/storage/azurite-process';
import { LocalConnector } from '../shared/testing/teams/local-connector';
import { cardText, pressData } from '../shared/testing/playground/card-reading';
import { validRequestBody } from '../shared/testing/bot/request-fixtures';
import { startTestServer } from '../shared/testing/bot/start-test-server';
import { percentile, type BenchComparison } from './bench-harness';
import { startEchoBot } from './start-echo-bot';

const CREATES = 500;
const BURSTS = 2;
const INTAKES = 200;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/**
 * Bursts in one council: 500 requests created at the same moment through the API (token check,
 * validation, reference numbering, request + index + audit in one transaction) beside 500 raw
 * Table Storage inserts at once; and 200 officers going through the bot's intake at the same time,
 * each submit timed (Teams shows an error if a card action takes more than ~10–15 s), beside 200
 * officers chatting to a bare echo bot. Figures are printed, never asserted.
 */
export async function run(): Promise<BenchComparison[]> {
  const azurite = await startAzurite();
  const connector = await LocalConnector.start();
  const echo = await startEchoBot();
  process.env.EH_TEST_STORAGE = azurite.connectionString;
  const server = await startTestServer({ TABLE_PREFIX: `Burst${randomBytes(4).toString('hex')}` });
  const raw = TableClient.fromConnectionString(azurite.connectionString, `Raw${randomBytes(4).toString('hex')}`, { allowInsecureConnection: true });
  await raw.createTable();
  try {
    return [await createBursts(server, raw), await intakeCrowd(server, connector, echo.url)];
  } finally {
    await server.close();
    await echo.close();
    await connector.close();
    await azurite.stop();
  }
}

async function createBursts(server: Awaited<ReturnType<typeof startTestServer>>, raw: TableClient): Promise<BenchComparison> {
  const token = await server.tokenFor('priya.shah');
  const productMs: number[] = [];
  const baselineMs: number[] = [];
  const statuses = new Map<number, number>();
  const references = new Set<string>();
  const networkErrors: string[] = [];
  for (let burst = 0; burst < BURSTS; burst += 1) {
    const product = await timed(() =>
      Promise.all(
        Array.from({ length: CREATES }, async (_, index) => {
          try {
            const response = await fetch(`${server.url}/api/v1/requests`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify(validRequestBody({ title: `Burst ${burst} request ${index}` })),
            });
            const body = (await response.json()) as { id?: string };
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (response.status === 201 && body.id) references.add(body.id);
          } catch (error) {
            networkErrors.push(describeFailure(error));
          }
        }),
      ),
    );
    productMs.push(product.ms);
    const bare = await timed(() =>
      Promise.all(Array.from({ length: CREATES }, (_, index) => raw.createEntity({ partitionKey: 'ashcombe', rowKey: `burst${burst}-${index}`, title: `Burst ${burst} request ${index}` }))),
    );
    baselineMs.push(bare.ms);
  }
  const total = CREATES * BURSTS;
  const seconds = (samples: number[]) => samples.reduce((sum, ms) => sum + ms, 0) / 1000;
  const result: BenchComparison = {
    name: `${CREATES} parallel creates in one council (per burst of ${CREATES}, ${BURSTS} bursts)`,
    baseline: `${CREATES} parallel raw Table Storage inserts`,
    productMs,
    baselineMs,
    notes: [
      `creates/s ${(total / seconds(productMs)).toFixed(0)} beside raw inserts/s ${(total / seconds(baselineMs)).toFixed(0)}`,
      `statuses: ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(', ')} — 409 count ${statuses.get(409) ?? 0} (aim 0); ${references.size} distinct references of ${total}`,
      ...(networkErrors.length > 0 ? [`${networkErrors.length} connections failed (client side), first: ${networkErrors[0]}`] : []),
    ],
  };
  process.stdout.write(`${result.name}\n    ${result.notes!.join('\n    ')}\n`);
  return result;
}

async function intakeCrowd(server: Awaited<ReturnType<typeof startTestServer>>, connector: LocalConnector, echoUrl: string): Promise<BenchComparison> {
  const tenantId = DEMO_ORGANISATIONS.ashcombe.tenantId;
  const activity = (userId: string, extra: Record<string, unknown>) => ({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:${userId}`, name: `Officer ${userId.slice(0, 8)}`, aadObjectId: userId },
    recipient: { id: '28:entrance-hall', name: 'Entrance Hall' },
    conversation: { id: `a:burst-${userId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    ...extra,
  });
  const post = async (url: string, body: unknown): Promise<{ status: number; body: { value?: unknown } | undefined }> => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as { value?: unknown }) : undefined };
  };
  const botUrl = `${server.url}/api/messages`;
  const invoke = (userId: string, verb: string, data: unknown) =>
    post(botUrl, activity(userId, { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'activity-1', value: { action: { type: 'Action.Execute', verb, data } } }));
  const steps: Record<string, string>[] = [
    { title: 'Crowd request', serviceArea: 'Revenues and Benefits', sponsor: 'Head of Revenues', problem: 'Paper forms', proposedOutcome: 'Online forms' },
    { themeIds: 'digital-residents' },
    { neededBy: '2027-03-31' },
    {},
  ];
  let submitted = 0;
  const failures: string[] = [];
  const intake = async (): Promise<number> => {
    const userId = randomUUID();
    const before = connector.sent.length;
    await post(botUrl, activity(userId, { text: 'new request' }));
    const first = connector.sent.slice(before).find((call) => JSON.stringify(call.activity).includes(`burst-${userId}`) && Array.isArray(call.activity.attachments));
    let card = (first?.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content;
    for (const typed of steps) card = (await invoke(userId, 'intake.next', pressData(card, 'intake.next', typed))).body?.value;
    const submit = await timed(() => invoke(userId, 'intake.submit', pressData(card, 'intake.submit')));
    if (submit.result.status === 200 && /Submitted as EH-\d{4}-\d{4}/.test(cardText(submit.result.body?.value))) submitted += 1;
    else failures.push(cardText(submit.result.body?.value).slice(0, 120));
    return submit.ms;
  };
  const echoConversation = async (): Promise<number> => {
    const userId = randomUUID();
    for (let index = 0; index < steps.length + 1; index += 1) await post(echoUrl, activity(userId, { text: 'hello' }));
    return (await timed(() => post(echoUrl, activity(userId, { text: 'submit' })))).ms;
  };
  const attempt = async (): Promise<number | undefined> => {
    try {
      return await intake();
    } catch (error) {
      failures.push(describeFailure(error));
      return undefined;
    }
  };
  const productMs = (await Promise.all(Array.from({ length: INTAKES }, attempt))).filter((ms): ms is number => ms !== undefined);
  const baselineMs = await Promise.all(Array.from({ length: INTAKES }, echoConversation));
  return {
    name: `${INTAKES} concurrent bot intakes: the submit (per officer)`,
    baseline: `${INTAKES} concurrent conversations with a bare echo bot (last message)`,
    productMs,
    baselineMs,
    notes: [
      `submit p99 ${(percentile(productMs, 99) / 1000).toFixed(2)} s (aim under 3 s); ${submitted} of ${INTAKES} submitted${failures.length > 0 ? `; ${failures.length} failed, first: ${failures[0]}` : ''}`,
    ],
  };
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.slice(0, 160);
}
