import { createTestStorage } from '../../testing/test-storage';
import { SequenceAllocator } from './sequence-allocator';
import type { TableStore } from './table-store';

describe('SequenceAllocator on Azurite', () => {
  let store: TableStore;
  beforeAll(async () => {
    ({ store } = await createTestStorage('Seq'));
  });

  it('numbers 300 callers at once 1…300, with far fewer counter writes than callers', async () => {
    const allocator = new SequenceAllocator(store);
    const writes: number[] = [];
    const write = store.write.bind(store);
    const spy = jest.spyOn(store, 'write').mockImplementation((partition, operations, what) => {
      writes.push(operations.length);
      return write(partition, operations, what);
    });
    try {
      const numbers = await Promise.all(Array.from({ length: 300 }, () => allocator.next('org-a', 'request-2026')));
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
      expect(writes.length).toBeLessThan(20);
    } finally {
      spy.mockRestore();
    }
  });

  it('hands a number given back to the next caller, so a failed create leaves no gap', async () => {
    const allocator = new SequenceAllocator(store);
    const first = await allocator.next('org-b', 'request-2026');
    const second = await allocator.next('org-b', 'request-2026');
    allocator.giveBack('org-b', 'request-2026', first);
    expect(await allocator.next('org-b', 'request-2026')).toBe(first);
    expect(await allocator.next('org-b', 'request-2026')).toBe(second + 1);
  });

  it('gives two instances sharing one counter distinct numbers with none lost', async () => {
    const one = new SequenceAllocator(store);
    const two = new SequenceAllocator(store);
    const numbers = await Promise.all(Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? one : two).next('org-c', 'request-2026')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
  });
});
