import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { TableClient } from '@azure/data-tables';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

/**
 * A bare botbuilder echo bot on restify: the platform doing the least a bot can do. Given a
 * storage connection string, it also reads and writes one state entity in Table Storage per turn:
 * the least a bot that keeps a saved draft can do.
 */
export async function startEchoBot(connectionString?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const table = connectionString ? TableClient.fromConnectionString(connectionString, `BenchEcho${randomBytes(4).toString('hex')}`, { allowInsecureConnection: true }) : undefined;
  await table?.createTable();
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser(), (request, response, next) => {
    adapter
      .process(request, response, async (context) => {
        if (table) {
          const key = { partitionKey: 'echo', rowKey: context.activity.from.id.replace(/[^A-Za-z0-9-]/g, '-') };
          const turns = await table.getEntity<{ turns: number }>(key.partitionKey, key.rowKey).then((entity) => entity.turns, () => 0);
          await table.upsertEntity({ ...key, turns: turns + 1, text: context.activity.text ?? '' }, 'Replace');
        }
        await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      })
      .then(() => next(), (error: unknown) => next(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
