import { createTestStorage } from '../../../testing/test-storage';
import { entitiesReadBy } from '../../../testing/entities-read-by';
import type { DomainContext } from '../context/domain-context';
import { listDecisions } from '../decisions/list-decisions';
import { seedDemoData } from '../../../demo/seed-demo-data';
import { findDemoUser } from '../../../demo/demo-users';
import type { Principal } from '../identity/roles';
import { addMissingIndexes } from '../../adapters/storage/add-missing-indexes';
import type { TableRepositories as Repositories } from '../../adapters/storage/repositories';
import type { TableStore } from '../../adapters/storage/table-store';
import type { ProjectRequest } from './project-request';
import { listRequests } from './read-requests';
import { formatRequestReference } from './request-reference';
import { MAX_WRITES_PER_COMMIT } from '../ports/repositories';

function principalOf(key: string): Principal {
  const user = findDemoUser(key)!;
  return { id: user.id, name: user.name, email: user.email, tenantId: user.tenantId, organisationId: user.organisationId, roles: [...user.roles] };
}

describe('reads that fit keys', () => {
  let store: TableStore;
  let repos: Repositories;
  let context: DomainContext;
  const priya = principalOf('priya.shah');
  const tom = principalOf('tom.reed');
  const helen = principalOf('helen.morris');

  beforeAll(async () => {
    ({ store, repos, context } = await createTestStorage('Reads'));
    await seedDemoData(repos);
    // A busy council: 300 more requests from other people in the same partition.
    const template = (await repos.requests.get('ashcombe', formatRequestReference(2026, 2)))!.value;
    const others: ProjectRequest[] = Array.from({ length: 300 }, (_, index) => ({ ...template, id: formatRequestReference(2025, index + 1), title: `Older request ${index}` }));
    const perCommit = Math.floor(MAX_WRITES_PER_COMMIT / 2);
    for (let start = 0; start < others.length; start += perCommit) {
      await repos.commit('ashcombe', others.slice(start, start + perCommit).flatMap((request) => [repos.requests.createOp(request), ...repos.requestIndexOps(request)]));
    }
  }, 120_000);

  it('lists an officer’s own requests by key range: only their index rows and their requests are read', async () => {
    const { result, entities } = await entitiesReadBy(store, () => listRequests(context, priya));
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((record) => record.value.requester.id === priya.id)).toBe(true);
    expect(entities).toBe(2 * result.length);
    // The same requests a governance role finds by scanning the portfolio.
    const portfolio = await listRequests(context, tom);
    expect(portfolio.length).toBeGreaterThan(300);
    expect(result.map((record) => record.value.id).sort()).toEqual(portfolio.filter((record) => record.value.requester.id === priya.id).map((record) => record.value.id).sort());
  });

  it('uses the same key range when a governance role asks for one requester’s requests', async () => {
    const { result, entities } = await entitiesReadBy(store, () => listRequests(context, tom, { requester: priya.id }));
    expect(result.length).toBeGreaterThan(0);
    expect(entities).toBe(2 * result.length);
  });

  it('reads a meeting’s decisions by key range, and finds the same ones as the whole log', async () => {
    const all = await listDecisions(context, helen);
    const meetingId = all.find((decision) => decision.meetingId)!.meetingId!;
    const { result, entities } = await entitiesReadBy(store, () => listDecisions(context, helen, { meeting: meetingId }));
    expect(result).toEqual(all.filter((decision) => decision.meetingId === meetingId));
    expect(entities).toBe(result.length);
  });

  it('indexes requests written before the index existed, once', async () => {
    const template = (await repos.requests.get('ashcombe', formatRequestReference(2026, 1)))!.value;
    const older: ProjectRequest = { ...template, id: formatRequestReference(2024, 1), title: 'Written before the index', requester: { id: priya.id, name: priya.name } };
    await repos.commit('ashcombe', [repos.requests.createOp(older)]);
    expect((await listRequests(context, priya)).map((record) => record.value.id)).not.toContain(older.id);
    expect(await addMissingIndexes(repos)).toBeGreaterThan(0);
    expect((await listRequests(context, priya)).map((record) => record.value.id)).toContain(older.id);
    expect(await addMissingIndexes(repos)).toBe(0);
  });
});
