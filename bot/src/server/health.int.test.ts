import { startAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { startTestServer } from '../../../shared/testing/bot/start-test-server';

describe('health checks', () => {
  it('says the process is up, and whether storage can be reached', async () => {
    const azurite = await startAzurite();
    const server = await startTestServer({ STORAGE_CONNECTION_STRING: azurite.connectionString });
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${server.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', storage: 'ok' }]);

      await azurite.stop();
      const notReady = await fetch(`${server.url}/readyz`);
      expect([notReady.status, await notReady.json()]).toEqual([503, { status: 'not ready', storage: 'unreachable' }]);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const write = await server.api('priya.shah', 'GET', '/api/v1/requests');
      expect(write.status).toBe(503);
      expect(write.body.detail).toMatch(/cannot reach its storage/);
    } finally {
      await server.close();
      await azurite.stop();
    }
  });
});
