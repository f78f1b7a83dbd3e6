import type { TableStore } from '../src/adapters/storage/table-store';

/** How many entities storage returned while `read` ran (reads are meant to fit keys). */
export async function entitiesReadBy<T>(store: TableStore, read: () => Promise<T>): Promise<{ result: T; entities: number }> {
  const before = store.entitiesRead;
  const result = await read();
  return { result, entities: store.entitiesRead - before };
}
