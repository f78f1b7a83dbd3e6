import { createTestStorage } from '../../../testing/test-storage';
import { entitiesReadBy } from '../../../testing/entities-read-by';
import { seedDemoData } from '../../../demo/seed-demo-data';
import { formatRequestReference } from '../../domain/requests/request-reference';
import type { ProjectRequest } from '../../domain/requests/project-request';
import { TableRepositories } from './repositories';
import { TableStore, organisationPartition } from './table-store';

describe('the request list from memory, checked by the council’s version stamp', () => {
  let store: TableStore;
  let repos: TableRepositories;
  /** A second instance of the server: its own store and memory over the same table. */
  let otherStore: TableStore;
  let other: TableRepositories;
  let template: ProjectRequest;

  beforeAll(async () => {
    const storage = await createTestStorage('ListStamp');
    ({ store, repos } = storage);
    await seedDemoData(repos);
    otherStore = await TableStore.connect({ connectionString: process.env.EH_TEST_STORAGE!, tableName: store.tableName });
    other = new TableRepositories(otherStore);
    template = (await repos.requests.list('ashcombe'))[0]!.value;
  }, 120_000);

  it('reads the partition once, then answers after one point read of the stamp', async () => {
    const first = await entitiesReadBy(store, () => repos.requestLists.portfolio('ashcombe'));
    expect(first.entities).toBe(first.result.records.length + 1);
    const again = await entitiesReadBy(store, () => repos.requestLists.portfolio('ashcombe'));
    expect(again.entities).toBe(1);
    expect(again.result.records).toBe(first.result.records);
  });

  it('sees a request another instance wrote, at once', async () => {
    await other.requestLists.portfolio('ashcombe');
    const before = await repos.requestLists.portfolio('ashcombe');
    const added: ProjectRequest = { ...template, id: formatRequestReference(2020, 1), title: 'Written through the other instance' };
    await other.commit('ashcombe', [other.requests.createOp(added)]);
    const after = await repos.requestLists.portfolio('ashcombe');
    expect(after.version).not.toBe(before.version);
    expect(after.records.map((record) => record.value.title)).toContain('Written through the other instance');
    // And a change of a field, then a delete, each seen by the instance that did not make it.
    const stored = (await repos.requests.get('ashcombe', added.id))!;
    await repos.commit('ashcombe', [repos.requests.replaceOp({ ...stored.value, title: 'Renamed through this instance' }, stored.etag)]);
    expect((await other.requestLists.portfolio('ashcombe')).records.find((record) => record.value.id === added.id)?.value.title).toBe('Renamed through this instance');
    await other.commit('ashcombe', [{ op: 'delete', rowKey: other.requests.rowKeyOf(added) }]);
    expect((await repos.requestLists.portfolio('ashcombe')).records.map((record) => record.value.id)).not.toContain(added.id);
  });

  it('keeps the stamp where it was when a commit changes no request', async () => {
    const before = await repos.requestLists.version('ashcombe');
    await repos.commit('ashcombe', [repos.counters.upsertOp({ id: 'unrelated', organisationId: 'ashcombe', value: 1 })]);
    expect(await repos.requestLists.version('ashcombe')).toBe(before);
  });

  it('keeps the commit’s ETags in the caller’s order, the stamp added after them', async () => {
    const added: ProjectRequest = { ...template, id: formatRequestReference(2020, 2) };
    const [etag] = await repos.commit('ashcombe', [repos.requests.createOp(added)]);
    expect(etag).toBe((await repos.requests.get('ashcombe', added.id))!.etag);
  });

  it('gives a council whose data predates the stamp one on its first list, and answers from memory after that', async () => {
    const partition = organisationPartition('fenwick-marsh');
    await store.write(partition, [{ op: 'delete', rowKey: '_version|requests' }], 'test: data from before the stamp');
    const fresh = new TableRepositories(otherStore);
    const first = await fresh.requestLists.portfolio('fenwick-marsh');
    const stamp = await store.get<{ version: string }>(partition, '_version|requests');
    expect(stamp?.value.version).toBe(first.version);
    const again = await entitiesReadBy(otherStore, () => fresh.requestLists.portfolio('fenwick-marsh'));
    expect(again.entities).toBe(1);
    expect(again.result.records).toBe(first.records);
    // A change after that still moves it on, and the list shows the change.
    const added: ProjectRequest = { ...template, organisationId: 'fenwick-marsh', id: formatRequestReference(2020, 3), title: 'After the first stamp' };
    await repos.commit('fenwick-marsh', [repos.requests.createOp(added)]);
    expect((await fresh.requestLists.portfolio('fenwick-marsh')).records.map((record) => record.value.title)).toContain('After the first stamp');
  });

  it('holds at most its cap of requests in memory, across councils', async () => {
    const ashcombe = (await repos.requests.list('ashcombe')).length;
    const capped = new TableRepositories(otherStore, { maxCachedRequests: ashcombe });
    await capped.requestLists.portfolio('ashcombe');
    expect((await entitiesReadBy(otherStore, () => capped.requestLists.portfolio('ashcombe'))).entities).toBe(1);
    // Another council's portfolio pushes Ashcombe's out (least recently used first).
    await capped.requestLists.portfolio('fenwick-marsh');
    expect((await entitiesReadBy(otherStore, () => capped.requestLists.portfolio('ashcombe'))).entities).toBe(ashcombe + 1);
    // A council larger than the cap is never kept.
    const tiny = new TableRepositories(otherStore, { maxCachedRequests: 1 });
    await tiny.requestLists.portfolio('ashcombe');
    expect((await entitiesReadBy(otherStore, () => tiny.requestLists.portfolio('ashcombe'))).entities).toBe(ashcombe + 1);
  });
});
