import { findDemoUser } from '../../../shared/demo/demo-users';
import { appErrors } from '@entrance-hall/shared/domain/errors/app-error';
import type { TableRepositories } from '@entrance-hall/shared/adapters/storage/repositories';
import { ABANDONED_IMPORT_AFTER_MS } from '@entrance-hall/shared/domain/estate/application-import';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/**
 * The server's hourly clean-up (with the notification outbox's) removes what an application import
 * left when its server stopped half way, once the import is abandoned, with nobody importing again.
 * A second server on the same tables, its clock two hours on, stands for the next hour.
 */
const HEADER = 'name,supplier,serviceAreas,capability,hosting,supportStatus,personalData,businessOwner,disposition';
const organisationId = findDemoUser('tom.reed')!.organisationId;
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function waitFor(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 1) {
    if (waited > 600) throw new Error(`Waited in vain for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('removes the rows of an import whose server stopped half way, an hour on, leaving the register as it was', async () => {
  const first = await startTestServer();
  servers.push(first);
  const repos = first.context.repos as TableRepositories;
  const register = async () => (await first.api('tom.reed', 'GET', '/api/v1/applications?retired=include')).body.count as number;
  const before = await register();

  // Storage stops answering after the import's first transaction of rows.
  const realCommit = repos.commit.bind(repos);
  let writes = 0;
  repos.commit = async (organisation, operations, what) => {
    if (what?.startsWith('application') && ++writes > 2) throw appErrors.storageUnavailable();
    return realCommit(organisation, operations, what);
  };
  const csv = [HEADER, ...Array.from({ length: 60 }, (_, index) => `Stopped system ${index + 1},Supplier,Finance,finance,hosted,supported,no,Chief Accountant,tolerate`)].join('\n');
  const stopped = await fetch(`${first.url}/api/v1/applications/import`, { method: 'POST', headers: { Authorization: `Bearer ${await first.tokenFor('tom.reed')}`, 'Content-Type': 'text/csv' }, body: csv });
  expect(stopped.status).toBe(503);
  repos.commit = realCommit;
  const leftOver = async () => (await repos.applications.list(organisationId)).filter((record) => record.value.name.startsWith('Stopped system')).length;
  expect(await leftOver()).toBe(49);
  expect(await register()).toBe(before);

  const later = await startTestServer({ TABLE_PREFIX: first.tablePrefix }, undefined, { now: () => new Date(Date.now() + 2 * ABANDONED_IMPORT_AFTER_MS).toISOString() });
  servers.push(later);
  await waitFor('the stopped import’s rows to be removed', async () => (await leftOver()) === 0);
  expect(await repos.applicationImports.list(organisationId)).toEqual([]);
  expect(await register()).toBe(before);
});
