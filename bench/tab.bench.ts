import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BOARD_STAGES } from '@entrance-hall/shared/browser/board/build-board-columns';
import { loadConfig } from '@entrance-hall/shared/adapters/config/config';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { formatRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';
import { startAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { MAX_TRANSACTION_SIZE } from '@entrance-hall/shared/adapters/storage/table-store';
import { startServer } from '../bot/src/server/start-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../shared/testing/tab/tab-browser';
import { compare, type BenchComparison } from './bench-harness';

const REQUESTS = 1000;
const USER = 'david.okafor';

/**
 * The portfolio board with 1,000 requests: time from opening the tab in headless Chromium to
 * every card on screen (app loaded, signed in, portfolio fetched, columns rendered) beside
 * fetching the same data (me, requests, strategy, risks) raw over HTTP, in the same run.
 */
export async function run(): Promise<BenchComparison[]> {
  if (!existsSync(path.resolve(__dirname, '../tab/dist/index.html'))) throw new Error('Build the tab first: npm run build -w tab');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}.`);
  const azurite = await startAzurite();
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', AUTH_MODE: 'dev', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent', STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'BenchTab' });
  const server = await startServer(config);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'eh-tab-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
  try {
    const repos = server.context.repos;
    const seeded = (await repos.requests.list('ashcombe')).map((record) => record.value);
    const template = seeded.find((request) => request.score) ?? seeded[0]!;
    const operations = Array.from({ length: REQUESTS - seeded.length }, (_, index) =>
      repos.requests.upsertOp({
        ...template,
        id: formatRequestReference(2025, index + 1),
        title: `Benchmark request ${index + 1}`,
        stage: BOARD_STAGES[index % BOARD_STAGES.length]!,
        ictEffortDays: 5 + (index % 60),
        capitalCost: 1_000 * (index % 90),
        ...(template.score ? { score: { ...template.score, total: index % 100, calculated: index % 100 } } : {}),
      } satisfies ProjectRequest),
    );
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) await repos.commit('ashcombe', operations.slice(start, start + MAX_TRANSACTION_SIZE));
    const { token } = (await (await fetch(`${server.url}/dev/token?user=${USER}`)).json()) as { token: string };
    const onBoard = (await repos.requests.list('ashcombe')).filter((record) => BOARD_STAGES.includes(record.value.stage)).length;
    const shown = `${new Intl.NumberFormat('en-GB').format(onBoard)} requests shown`;

    const renderBoard = async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/tab/?as=${USER}`);
        await page.getByText(shown, { exact: true }).waitFor({ timeout: 60_000 });
        const cards = await page.locator('article[data-request-id]').count();
        if (cards !== onBoard) throw new Error(`The board shows ${cards} cards, expected ${onBoard}`);
      } finally {
        await page.close();
      }
    };
    const fetchRaw = async () => {
      const headers = { Authorization: `Bearer ${token}` };
      const bodies = await Promise.all(['/api/v1/me', '/api/v1/requests', '/api/v1/strategy', '/api/v1/risks'].map(async (route) => (await fetch(`${server.url}${route}`, { headers })).json()));
      if ((bodies[1] as { count: number }).count !== REQUESTS) throw new Error(`API listed ${(bodies[1] as { count: number }).count} requests`);
    };
    return [await compare(`Portfolio board: first complete render of ${REQUESTS} requests in headless Chromium`, 'fetching the same data raw (me, requests, strategy, risks)', renderBoard, fetchRaw, { runs: 10, warmup: 2 })];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    await azurite.stop();
  }
}
