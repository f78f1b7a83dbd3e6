import { AppError } from '../errors/app-error';
import { createTestStorage } from '../../testing/test-storage';
import type { TableStore } from './table-store';

interface Note {
  id: string;
  text: string;
  tags?: string[];
}

describe('TableStore on Azurite', () => {
  let store: TableStore;
  beforeAll(async () => {
    ({ store } = await createTestStorage('Store'));
  });

  it('refuses a stale update and keeps the newer version', async () => {
    const [etag] = await store.write('org-a', [{ op: 'create', rowKey: 'note|1', record: { id: '1', text: 'first' } }]);
    const [newer] = await store.write('org-a', [{ op: 'replace', rowKey: 'note|1', record: { id: '1', text: 'second' }, etag: etag! }]);
    await expect(store.write('org-a', [{ op: 'replace', rowKey: 'note|1', record: { id: '1', text: 'stale' }, etag: etag! }])).rejects.toMatchObject({ code: 'precondition_failed' });
    const stored = await store.get<Note>('org-a', 'note|1');
    expect(stored).toEqual({ value: { id: '1', text: 'second' }, etag: newer });
  });

  it('writes all of a transaction or none of it', async () => {
    const [etag] = await store.write('org-a', [{ op: 'create', rowKey: 'note|2', record: { id: '2', text: 'before' } }]);
    const failing = store.write('org-a', [
      { op: 'replace', rowKey: 'note|2', record: { id: '2', text: 'changed' }, etag: etag! },
      { op: 'create', rowKey: 'audit|2', record: { id: 'a2', text: 'changed' } },
      { op: 'create', rowKey: 'note|1', record: { id: '1', text: 'duplicate' } },
    ]);
    await expect(failing).rejects.toBeInstanceOf(AppError);
    expect((await store.get<Note>('org-a', 'note|2'))?.value.text).toBe('before');
    expect(await store.get('org-a', 'audit|2')).toBeUndefined();
  });

  it('keeps lists and objects, and lists by prefix within one partition only', async () => {
    await store.write('org-b', [{ op: 'create', rowKey: 'note|x', record: { id: 'x', text: 'other organisation' } }]);
    await store.write('org-a', [{ op: 'upsert', rowKey: 'note|3', record: { id: '3', text: "O'Brien & <Sons>", tags: ['a', 'b'] } }]);
    const notes = await store.listByPrefix<Note>('org-a', 'note|');
    expect(notes.map((note) => note.value.id)).toEqual(['1', '2', '3']);
    expect(notes[2]!.value).toEqual({ id: '3', text: "O'Brien & <Sons>", tags: ['a', 'b'] });
  });

  it('keeps the longest text a request may hold, in curly quotes and accents, exactly as typed', async () => {
    // Eight texts at the 4,000-character limit, all three-byte characters: about 96 KB of UTF-8.
    // (Azurite corrupts multi-byte text in far larger entities; the domain's limits keep records below that.)
    const text = (seed: string) => `${seed}${'’'.repeat(3999)}`;
    const record = { id: 'long', ...Object.fromEntries('abcdefgh'.split('').map((key) => [key, text(key)])), tags: ['Ynys Môn', 'naïve'] };
    await store.write('org-a', [{ op: 'upsert', rowKey: 'note|long', record }]);
    expect((await store.get('org-a', 'note|long'))?.value).toEqual(record);
  });

  it('escapes quotes in partition keys used in queries', async () => {
    await store.write("it's", [{ op: 'create', rowKey: 'note|q', record: { id: 'q', text: 'quoted' } }]);
    expect((await store.listByPrefix<Note>("it's", 'note|')).map((note) => note.value.text)).toEqual(['quoted']);
    expect(await store.listByPrefix<Note>("it' or PartitionKey ne '", 'note|')).toEqual([]);
  });

  it('answers "unavailable" in plain words when storage cannot be reached', async () => {
    const { TableStore: Store } = await import('./table-store');
    const unreachable = Store.connect({ connectionString: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=eA==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;', tableName: 'Nowhere' });
    await expect(unreachable).rejects.toMatchObject({ code: 'storage_unavailable', message: expect.stringMatching(/cannot reach its storage/) });
  });
});
