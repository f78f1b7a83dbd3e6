import { TableClient, odata } from '@azure/data-tables';
import { loadConfig } from '@entrance-hall/shared/adapters/config/config';
import { DEMO_USERS } from '../shared/demo/demo-users';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { formatRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';
import { startAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { encodeKey, prefixUpperBound } from '@entrance-hall/shared/adapters/storage/keys';
import { REQUEST_PAGE_SIZE } from '@entrance-hall/shared/domain/requests/request-list-query';
import { MAX_TRANSACTION_SIZE } from '@entrance-hall/shared/adapters/storage/table-store';
import { loadavg } from 'node:os';
import { startServer } from '../bot/src/server/start-server';
import { compare, time, type BenchComparison } from './bench-harness';

const REQUESTS = 5000;

/**
 * Listing 5,000 requests of one organisation through the API (token check, the council's version
 * stamp, filter, sort, summaries, JSON over HTTP, parsed by the client, following continuation
 * tokens) beside the raw partition query of the same entities with @azure/data-tables, twice in
 * one run: cold (a change made just before each timed list, so the instance reads the partition)
 * and warm (nothing changed: the instance answers from memory after one point read of the stamp).
 */
export async function run(): Promise<BenchComparison[]> {
  const azurite = await startAzurite();
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', AUTH_MODE: 'dev', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent', STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'Bench' });
  const server = await startServer(config);
  try {
    const repos = server.context.repos;
    const template = (await repos.requests.list('ashcombe'))[0]!.value;
    const benchRequest = (index: number): ProjectRequest => ({ ...template, id: formatRequestReference(2025, index + 1), title: `Benchmark request ${index + 1}` });
    const operations = Array.from({ length: REQUESTS }, (_, index) => repos.requests.upsertOp(benchRequest(index)));
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) await repos.commit('ashcombe', operations.slice(start, start + MAX_TRANSACTION_SIZE));

    const user = DEMO_USERS.find((candidate) => candidate.key === 'david.okafor')!;
    const { token } = (await (await fetch(`${server.url}/dev/token?user=${user.key}`)).json()) as { token: string };
    const client = TableClient.fromConnectionString(azurite.connectionString, 'BenchRecords', { allowInsecureConnection: true });
    const partition = encodeKey('ashcombe');

    /** Every page of the list, as the tab reads it (the largest page, following tokens). */
    const listAll = async (limit: number) => {
      let count = 0;
      let continuation: string | undefined;
      do {
        const query = `limit=${limit}${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`;
        const response = await fetch(`${server.url}/api/v1/requests?${query}`, { headers: { Authorization: `Bearer ${token}` } });
        const body = (await response.json()) as { count: number; continuation?: string };
        count += body.count;
        continuation = body.continuation;
      } while (continuation);
      if (count < REQUESTS) throw new Error(`API listed ${count} requests`);
    };
    const viaApi = () => listAll(REQUEST_PAGE_SIZE.max);
    const raw = async () => {
      let count = 0;
      const filter = odata`PartitionKey eq ${partition} and RowKey ge ${'request|'} and RowKey lt ${prefixUpperBound('request|')}`;
      for await (const page of client.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) count += page.length;
      if (count < REQUESTS) throw new Error(`Raw query returned ${count} entities`);
    };
    /** A change to one request (as any command makes), untimed: the next list finds the stamp moved. */
    let changes = 0;
    const change = () => repos.commit('ashcombe', [repos.requests.upsertOp({ ...benchRequest(changes % REQUESTS), title: `Benchmark request changed ${++changes}` })]);

    const cold: BenchComparison = { name: `List ${REQUESTS} requests of one organisation, cold (changed just before)`, baseline: 'raw Table Storage partition query', productMs: [], baselineMs: [], target: 1.3 };
    for (let index = 0; index < 2; index += 1) {
      await change();
      await viaApi();
      await raw();
    }
    for (let index = 0; index < 15; index += 1) {
      await change();
      cold.productMs.push(await time(viaApi));
      cold.baselineMs.push(await time(raw));
    }
    const warm = await compare(`List ${REQUESTS} requests of one organisation, warm (nothing changed since the last list)`, 'raw Table Storage partition query', viaApi, raw, { runs: 15, warmup: 2, target: 0.1 });
    const pagedWarm = await compare(`List ${REQUESTS} requests, warm, in pages of ${REQUEST_PAGE_SIZE.default} (the default page size)`, 'raw Table Storage partition query', () => listAll(REQUEST_PAGE_SIZE.default), raw, { runs: 15, warmup: 2 });
    const load = loadavg().map((value) => value.toFixed(2)).join(', ');
    return [cold, warm, pagedWarm].map((comparison) => ({ ...comparison, notes: [...(comparison.notes ?? []), `load average (1, 5, 15 min) when measured: ${load}`] }));
  } finally {
    await server.close();
    await azurite.stop();
  }
}
