import { AppError } from '@entrance-hall/shared/domain/errors/app-error';
import { testStorageConnectionString } from '../../../shared/testing/test-storage';
import { uniqueTablePrefix } from '../../../shared/testing/test-ids';
import { TableStore } from '@entrance-hall/shared/adapters/storage/table-store';
import { TableBotStorage } from './table-bot-storage';

let storage: TableBotStorage;
const HOUR = 3_600_000;

beforeAll(async () => {
  storage = await TableBotStorage.connect(testStorageConnectionString(), uniqueTablePrefix('Bot'), { activityRetentionMs: HOUR });
});

describe('TableBotStorage', () => {
  it('keeps a value under a key with slashes and gives it a version', async () => {
    const etag = await storage.writeState('draft/ashcombe/user#1?', { step: 'need' }, null);
    const read = await storage.readState<{ step: string }>('draft/ashcombe/user#1?');
    expect(read).toEqual({ value: { step: 'need' }, etag });
  });

  it('refuses a write over a version someone else replaced, and a second create', async () => {
    const first = await storage.writeState('draft/a/stale', { step: 'need' }, null);
    await storage.writeState('draft/a/stale', { step: 'fit' }, first);
    await expect(storage.writeState('draft/a/stale', { step: 'money' }, first)).rejects.toMatchObject({ code: 'precondition_failed' });
    await expect(storage.writeState('draft/a/stale', { step: 'money' }, null)).rejects.toBeInstanceOf(AppError);
    expect((await storage.readState<{ step: string }>('draft/a/stale'))?.value.step).toBe('fit');
  });

  it('claims an activity once (duplicate activities), per tenant', async () => {
    expect(await storage.claimActivity('t', 'activity/1#?')).toBe(true);
    expect(await storage.claimActivity('t', 'activity/1#?')).toBe(false);
    expect(await storage.claimActivity('other-tenant', 'activity/1#?')).toBe(true);
  });

  it('forgets handled activities after the retention: ignored once expired, removed by a sweep', async () => {
    const tablePrefix = uniqueTablePrefix('Seen');
    let now = new Date('2026-11-29T09:00:00Z');
    const seen = await TableBotStorage.connect(testStorageConnectionString(), tablePrefix, { activityRetentionMs: HOUR, now: () => now });
    const rows = await TableStore.connect({ connectionString: testStorageConnectionString(), tableName: `${tablePrefix}BotState` });
    const storedRows = async () => {
      let count = 0;
      for (let shard = 0; shard < 16; shard += 1) {
        for (const prefix of ['seen|', 'expires|']) count += (await rows.listByPrefix(`_seen|${String(shard).padStart(2, '0')}`, prefix)).length;
      }
      return count;
    };
    const ids = Array.from({ length: 40 }, (_, index) => `burst-${index}`);
    expect(await Promise.all(ids.map((id) => seen.claimActivity('t', id)))).toEqual(ids.map(() => true));
    expect(await storedRows()).toBe(80);

    now = new Date('2026-11-29T09:59:00Z');
    expect(await seen.claimActivity('t', 'burst-3')).toBe(false);

    now = new Date('2026-11-29T10:01:00Z');
    // Expired: a re-send now counts as new, even before any sweep.
    expect(await seen.claimActivity('t', 'burst-7')).toBe(true);
    // That claim swept its own shard already; the full sweep removes the rest of the 39 expired.
    expect(await seen.removeExpiredActivities()).toBeGreaterThan(0);
    expect(await storedRows()).toBe(2);
    expect(await seen.claimActivity('t', 'burst-7')).toBe(false);
    expect(await seen.removeExpiredActivities()).toBe(0);
  });

  it('removes expired activities as new ones are claimed, without being asked', async () => {
    const tablePrefix = uniqueTablePrefix('Seen');
    let now = new Date('2026-11-29T09:00:00Z');
    const seen = await TableBotStorage.connect(testStorageConnectionString(), tablePrefix, { activityRetentionMs: HOUR, now: () => now });
    const rows = await TableStore.connect({ connectionString: testStorageConnectionString(), tableName: `${tablePrefix}BotState` });
    const old = Array.from({ length: 60 }, (_, index) => `old-${index}`);
    for (const id of old) await seen.claimActivity('t', id);
    now = new Date('2026-11-29T12:00:00Z');
    // Enough new activities to land in every shard at least once.
    for (let index = 0; index < 120; index += 1) await seen.claimActivity('t', `new-${index}`);
    let remaining = 0;
    for (let shard = 0; shard < 16; shard += 1) {
      const shardRows = await rows.listByPrefix<{ id: string }>(`_seen|${String(shard).padStart(2, '0')}`, 'seen|');
      remaining += shardRows.filter((row) => row.value.id.startsWith('old-')).length;
    }
    expect(remaining).toBe(0);
  });

  it('stores values larger than one Table Storage property', async () => {
    const big = { text: 'é£’'.repeat(15_000) + 'end' };
    await storage.writeState('draft/a/big', big, '*');
    expect((await storage.readState<typeof big>('draft/a/big'))?.value).toEqual(big);
  });

  it('honours botbuilder Storage semantics: eTag checked on write, "*" overwrites, delete removes', async () => {
    await storage.write({ 'conversation/x': { count: 1 } });
    const items = (await storage.read(['conversation/x', 'missing'])) as Record<string, { count: number; eTag: string }>;
    expect(Object.keys(items)).toEqual(['conversation/x']);
    await storage.write({ 'conversation/x': { count: 2, eTag: items['conversation/x']!.eTag } });
    await expect(storage.write({ 'conversation/x': { count: 3, eTag: items['conversation/x']!.eTag } })).rejects.toMatchObject({ code: 'precondition_failed' });
    await storage.write({ 'conversation/x': { count: 4, eTag: '*' } });
    expect(((await storage.read(['conversation/x'])) as Record<string, { count: number }>)['conversation/x']?.count).toBe(4);
    await storage.delete(['conversation/x']);
    expect(await storage.read(['conversation/x'])).toEqual({});
  });
});
