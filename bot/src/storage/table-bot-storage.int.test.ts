import { AppError } from '@entrance-hall/shared/domain/errors/app-error';
import { testStorageConnectionString } from '../../../shared/testing/test-storage';
import { uniqueTablePrefix } from '../../../shared/testing/test-ids';
import { TableBotStorage } from './table-bot-storage';

let storage: TableBotStorage;

beforeAll(async () => {
  storage = await TableBotStorage.connect(testStorageConnectionString(), uniqueTablePrefix('Bot'));
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
