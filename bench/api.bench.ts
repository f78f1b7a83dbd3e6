import { TableClient, odata } from '@azure/data-tables';
import { loadConfig } from '@entrance-hall/shared/adapters/config/config';
import { DEMO_USERS } from '../shared/demo/demo-users';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { formatRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';
import { startAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { encodeKey, prefixUpperBound } from '@entrance-hall/shared/adapters/storage/keys';
import { MAX_TRANSACTION_SIZE } from '@entrance-hall/shared/adapters/storage/table-store';
import { startServer } from '../bot/src/server/start-server';
import { compare, type BenchComparison } from './bench-harness';

const REQUESTS = 5000;

/**
 * Listing 5,000 requests of one organisation through the API (token check, domain read, filter,
 * sort, JSON over HTTP, parsed by the client) beside the raw partition query of the same entities
 * with @azure/data-tables.
 */
export async function run(): Promise<BenchComparison[]> {
  const azurite = await startAzurite();
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', AUTH_MODE: 'dev', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent', STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'Bench' });
  const server = await startServer(config);
  try {
    const repos = server.context.repos;
    const template = (await repos.requests.list('ashcombe'))[0]!.value;
    const operations = Array.from({ length: REQUESTS }, (_, index) => repos.requests.upsertOp({ ...template, id: formatRequestReference(2025, index + 1), title: `Benchmark request ${index + 1}` } satisfies ProjectRequest));
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) await repos.commit('ashcombe', operations.slice(start, start + MAX_TRANSACTION_SIZE));

    const user = DEMO_USERS.find((candidate) => candidate.key === 'david.okafor')!;
    const { token } = (await (await fetch(`${server.url}/dev/token?user=${user.key}`)).json()) as { token: string };
    const client = TableClient.fromConnectionString(azurite.connectionString, 'BenchRecords', { allowInsecureConnection: true });
    const partition = encodeKey('ashcombe');

    const viaApi = async () => {
      const response = await fetch(`${server.url}/api/v1/requests`, { headers: { Authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { count: number };
      if (body.count < REQUESTS) throw new Error(`API listed ${body.count} requests`);
    };
    const raw = async () => {
      let count = 0;
      const filter = odata`PartitionKey eq ${partition} and RowKey ge ${'request|'} and RowKey lt ${prefixUpperBound('request|')}`;
      for await (const page of client.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) count += page.length;
      if (count < REQUESTS) throw new Error(`Raw query returned ${count} entities`);
    };
    return [await compare(`List ${REQUESTS} requests of one organisation`, 'raw Table Storage partition query', viaApi, raw, { runs: 15, warmup: 2, target: 1.3 })];
  } finally {
    await server.close();
    await azurite.stop();
  }
}
