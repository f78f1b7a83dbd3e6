import { randomBytes, randomUUID } from 'node:crypto';
import { findDemoUser } from '../shared/demo/demo-users';
import { startAzurite } from '../shared/src/adapters/storage/azurite-process';
import { startTestServer } from '../shared/testing/bot/start-test-server';
import { LocalConnector } from '../shared/testing/teams/local-connector';
import { pressData } from '../shared/testing/playground/card-reading';
import { compare, type BenchComparison } from './bench-harness';
import { startEchoBot } from './start-echo-bot';

/**
 * One intake step (an Action.Submit message in, the step validated, the draft saved in Table
 * Storage, the card updated through the connector) beside a bare botbuilder echo bot answering a
 * message through the same connector, interleaved in one run.
 */
export async function run(): Promise<BenchComparison[]> {
  const azurite = await startAzurite();
  const connector = await LocalConnector.start();
  const echo = await startEchoBot(azurite.connectionString);
  // The same server the tests start: real restify, API, bot and storage, demo councils seeded.
  process.env.EH_TEST_STORAGE = azurite.connectionString;
  const server = await startTestServer({ TABLE_PREFIX: `Bench${randomBytes(4).toString('hex')}` });
  const priya = findDemoUser('priya.shah')!;
  const activity = (extra: Record<string, unknown>) => ({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:${priya.id}`, name: priya.name, aadObjectId: priya.id },
    recipient: { id: '28:entrance-hall', name: 'Entrance Hall' },
    conversation: { id: `a:bench-${priya.id}`, conversationType: 'personal', tenantId: priya.tenantId },
    channelData: { tenant: { id: priya.tenantId } },
    ...extra,
  });
  const post = async (url: string, body: unknown) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`The bot answered ${response.status}`);
  };
  try {
    const botUrl = `${server.url}/api/messages`;
    await post(botUrl, activity({ text: 'new request' }));
    const card = (connector.sent.at(-1)?.activity.attachments as { content: unknown }[])[0]!.content;
    const step = pressData(card, 'intake.next', { title: 'Benchmark request', sponsor: 'Head of Revenues', problem: 'Paper forms', proposedOutcome: 'Online forms' });
    const comparison = await compare(
      'Bot: one intake step (message in, step validated, draft saved, card updated)',
      'bare botbuilder echo bot reading and writing one Table Storage entity per turn',
      () => post(botUrl, activity({ value: step, replyToId: 'activity-1' })),
      () => post(echo.url, activity({ text: 'hello' })),
      { runs: 60, warmup: 5, target: 1.5 },
    );
    return [comparison];
  } finally {
    await server.close();
    await echo.close();
    await connector.close();
    await azurite.stop();
  }
}
