import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type RunningAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

/** Data written before the server AND Azurite restart is all there after it; seeding adds nothing twice. */
describe('a restart loses nothing', () => {
  let directory: string;
  let azurite: RunningAzurite | undefined;
  let server: TestServer | undefined;

  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'entrance-hall-restart-'));
  });
  afterAll(async () => {
    await server?.close();
    await azurite?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const start = async () => {
    azurite = await startAzurite({ location: directory });
    server = await startTestServer({ STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'Restart' });
    return server;
  };
  const stop = async () => {
    await server?.close();
    await azurite?.stop();
    server = undefined;
    azurite = undefined;
  };

  it('keeps requests, updates and history, and continues the numbering', async () => {
    let running = await start();
    expect(running.seeded.map((result) => result.seeded)).toEqual([true, true]);
    const created = await running.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Written before the restart' }) });
    const action = await running.api('tom.reed', 'GET', '/api/v1/actions/A3.1');
    await running.api('tom.reed', 'PATCH', '/api/v1/actions/A3.1', { body: { status: 'on_track', progressNote: 'Schedule agreed' }, headers: { 'If-Match': action.body.etag } });
    const countBefore = (await running.api('tom.reed', 'GET', '/api/v1/requests')).body.count;
    await stop();

    running = await start();
    expect(running.seeded.map((result) => result.seeded)).toEqual([false, false]);
    const after = await running.api('tom.reed', 'GET', `/api/v1/requests/${created.body.id}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ title: 'Written before the restart', etag: created.body.etag });
    expect((await running.api('tom.reed', 'GET', '/api/v1/requests')).body.count).toBe(countBefore);
    expect((await running.api('tom.reed', 'GET', '/api/v1/actions/A3.1')).body).toMatchObject({ status: 'on_track', progressNote: 'Schedule agreed' });
    expect((await running.api('tom.reed', 'GET', `/api/v1/audit?entity=action:A3.1`)).body.count).toBe(1);
    const next = await running.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Written after the restart' }) });
    expect(Number(next.body.id.slice(-4))).toBe(Number(created.body.id.slice(-4)) + 1);
  });
});
