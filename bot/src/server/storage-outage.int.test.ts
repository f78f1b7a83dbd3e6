import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type RunningAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

/**
 * Storage goes away under a running server (Azurite stopped), then comes back on the same port:
 * meanwhile every API call says so in a 503 problem+json and /readyz fails; afterwards the same
 * server process works again, with no restart.
 */
describe('a storage outage', () => {
  let directory: string;
  let azurite: RunningAzurite;
  let server: TestServer;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'entrance-hall-outage-'));
    azurite = await startAzurite({ location: directory });
    server = await startTestServer({ STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'Outage' });
  });
  afterAll(async () => {
    await server.close();
    await azurite.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers 503 problem+json while storage is down and recovers by itself when it is back', async () => {
    await server.tokenFor('priya.shah');
    await server.tokenFor('tom.reed');
    const before = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Before the outage' }) });
    expect(before.status).toBe(201);

    const port = azurite.port;
    await azurite.stop();

    const list = await server.api('tom.reed', 'GET', '/api/v1/requests');
    expect(list.status).toBe(503);
    expect(list.headers.get('content-type')).toContain('application/problem+json');
    expect(list.body).toMatchObject({ status: 503, code: 'storage_unavailable', detail: expect.stringMatching(/cannot reach its storage/) });
    expect(list.headers.get('retry-after')).toMatch(/^\d+$/);
    const create = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'During the outage' }) });
    expect(create.status).toBe(503);
    expect(create.body).toMatchObject({ code: 'storage_unavailable', detail: expect.stringMatching(/Nothing was changed/) });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ storage: 'unreachable' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    azurite = await startAzurite({ port, strictPort: true, location: directory });

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const after = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'After the outage' }) });
    expect(after.status).toBe(201);
    const titles = (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.items.map((item: { title: string }) => item.title);
    expect(titles).toEqual(expect.arrayContaining(['Before the outage', 'After the outage']));
    expect(titles).not.toContain('During the outage');
  }, 180_000);
});
