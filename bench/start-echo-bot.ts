import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

/** A bare botbuilder echo bot on restify: the platform doing the least a bot can do. */
export async function startEchoBot(): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser(), (request, response, next) => {
    adapter
      .process(request, response, async (context) => {
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
