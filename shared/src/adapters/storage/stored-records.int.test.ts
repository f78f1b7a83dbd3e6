import type { Logger } from 'pino';
import { z } from 'zod';
import { createLogger } from '../telemetry/telemetry';
import { startTestServer, type TestServer } from '../../../testing/bot/start-test-server';
import { testStorageConnectionString } from '../../../testing/test-storage';
import { encodeKey, rowKey } from './keys';
import { readWithShape, SCHEMA_VERSION_PROPERTY } from './stored-records';
import { organisationPartition, TableStore } from './table-store';

interface LogLine {
  level: string;
  msg: string;
}

describe('stored records are checked when read', () => {
  let server: TestServer;
  let store: TableStore;
  const logs: LogLine[] = [];
  let partition: string;
  let requestId: string;
  let row: string;
  let stored: Record<string, unknown>;

  beforeAll(async () => {
    const logger: Logger = createLogger({ LOG_LEVEL: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
    server = await startTestServer({}, logger);
    store = await TableStore.connect({ connectionString: testStorageConnectionString(), tableName: `${server.tablePrefix}Records` });
    const list = await server.api<{ items: { id: string; organisationId: string }[] }>('tom.reed', 'GET', '/api/v1/requests');
    requestId = list.body.items[0]!.id;
    partition = organisationPartition(list.body.items[0]!.organisationId);
    row = rowKey('request', encodeKey(requestId));
    stored = (await store.get<Record<string, unknown>>(partition, row))!.value;
  });

  afterAll(async () => {
    await server?.close();
  });

  const storeRow = (record: Record<string, unknown>) => store.write(partition, [{ op: 'upsert', rowKey: row, record }]);

  it('writes every record with its schema version', () => {
    expect(stored[SCHEMA_VERSION_PROPERTY]).toBe(1);
  });

  it('reads a record written before versions existed as version 1', async () => {
    const { [SCHEMA_VERSION_PROPERTY]: _version, ...unversioned } = stored;
    await storeRow(unversioned);
    const read = await server.api('tom.reed', 'GET', `/api/v1/requests/${requestId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: requestId, title: stored.title, stage: stored.stage });
    expect(read.body).not.toHaveProperty(SCHEMA_VERSION_PROPERTY);
  });

  it('answers a corrupted record with a clear 500 naming it, and logs it', async () => {
    await storeRow({ ...stored, stage: 'lost_in_the_post' });
    const read = await server.api('tom.reed', 'GET', `/api/v1/requests/${requestId}`);
    expect(read.status).toBe(500);
    expect(read.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(read.body).toMatchObject({ code: 'record_unreadable', title: 'A stored record could not be read' });
    expect(read.body.detail).toContain(`The stored request "${row}" could not be read (stage:`);
    const errors = logs.filter((line) => line.level === 'error').map((line) => JSON.stringify(line));
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining(`The stored request \\"${row}\\" could not be read`)]));
  });

  it('refuses a record written by a newer version rather than guess at it', async () => {
    await storeRow({ ...stored, [SCHEMA_VERSION_PROPERTY]: 2 });
    const read = await server.api('tom.reed', 'GET', `/api/v1/requests/${requestId}`);
    expect(read.status).toBe(500);
    expect(read.body).toMatchObject({ code: 'record_unreadable' });
    expect(read.body.detail).toContain('written as version 2, newer than the version 1 this server reads');
  });

  it('brings an older version up to date through its migration steps', () => {
    const shape = {
      version: 3,
      schema: z.looseObject({ id: z.string(), fullName: z.string(), team: z.string() }),
      migrations: {
        1: ({ name, ...rest }: Record<string, unknown>) => ({ ...rest, fullName: name }),
        2: (record: Record<string, unknown>) => ({ ...record, team: 'unassigned' }),
      },
    };
    expect(readWithShape(shape, 'person', 'person|1', { id: '1', name: 'Priya Shah' })).toEqual({ id: '1', fullName: 'Priya Shah', team: 'unassigned' });
    expect(readWithShape(shape, 'person', 'person|2', { id: '2', fullName: 'Tom Reed', team: 'ICT', [SCHEMA_VERSION_PROPERTY]: 3 })).toEqual({ id: '2', fullName: 'Tom Reed', team: 'ICT' });
    expect(() => readWithShape({ ...shape, migrations: {} }, 'person', 'person|3', { id: '3', name: 'x' })).toThrow('no migration from version 1');
  });
});
