import { AppError } from '@entrance-hall/shared/domain/errors/app-error';
import { encodeKey } from '@entrance-hall/shared/adapters/storage/keys';
import { TableStore, type StorageConnection } from '@entrance-hall/shared/adapters/storage/table-store';
import type { BotStateStore, StoredState } from '../conversation/bot-state-store';

/** One Table Storage string property holds at most 64 KiB (32K UTF-16 characters): values are split. */
const CHUNK_CHARACTERS = 30_000;
// An entity holds at most 1 MiB, strings counted as UTF-16: 16 chunks of 30,000 characters fit.
const MAX_CHUNKS = 16;
const ROW = 'state';

interface StateEntity {
  id: string;
  key: string;
  chunks: number;
  [chunk: `part${number}`]: string;
}

/** The shape of botbuilder's `Storage`, declared here so storage does not import the SDK. */
export interface StoreItems {
  [key: string]: unknown;
}

/**
 * Bot state in Table Storage (`<prefix>BotState`), with ETags: botbuilder's `Storage` contract
 * (read/write/delete with `eTag`) and the typed `BotStateStore` the conversation uses. Each key is
 * its own partition, so officers never contend with each other. Nothing is kept in memory.
 */
export class TableBotStorage implements BotStateStore {
  private constructor(private readonly store: TableStore) {}

  static async connect(connection: string | StorageConnection, tablePrefix: string): Promise<TableBotStorage> {
    const where = typeof connection === 'string' ? { connectionString: connection } : connection;
    return new TableBotStorage(await TableStore.connect({ ...where, tableName: `${tablePrefix}BotState` }));
  }

  async readState<T>(key: string): Promise<StoredState<T> | undefined> {
    const entity = await this.store.get<StateEntity>(encodeKey(key), ROW);
    if (!entity) return undefined;
    let json = '';
    for (let index = 0; index < entity.value.chunks; index += 1) json += entity.value[`part${index}`] ?? '';
    return { value: JSON.parse(json) as T, etag: entity.etag };
  }

  async writeState<T>(key: string, value: T, etag: string | null): Promise<string> {
    const record = toEntity(key, value);
    const [newEtag] = await this.store.write(
      encodeKey(key),
      [etag === null ? { op: 'create', rowKey: ROW, record } : etag === '*' ? { op: 'upsert', rowKey: ROW, record } : { op: 'replace', rowKey: ROW, record, etag }],
      'conversation state',
    );
    return newEtag ?? '';
  }

  async deleteState(key: string): Promise<void> {
    await this.store.delete(encodeKey(key), ROW);
  }

  /** botbuilder `Storage.read`: the items that exist, each with its `eTag`. */
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const state = await this.readState<Record<string, unknown>>(key);
      if (state) items[key] = { ...state.value, eTag: state.etag };
    }
    return items;
  }

  /** botbuilder `Storage.write`: an item with an `eTag` (other than `*`) is only written over that version. */
  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      await this.writeState(key, value, eTag && eTag !== '*' ? eTag : '*');
    }
  }

  /** botbuilder `Storage.delete`. */
  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.deleteState(key);
  }
}

/**
 * JSON with every non-ASCII character escaped (\u00e9): Azurite was seen to corrupt multi-byte
 * characters that straddle a 64 KB boundary of a large entity, and escaping costs little.
 */
function toAsciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toEntity(key: string, value: unknown): StateEntity {
  const json = toAsciiJson(value);
  const chunks = Math.max(1, Math.ceil(json.length / CHUNK_CHARACTERS));
  if (chunks > MAX_CHUNKS) throw new AppError('payload_too_large', 'This draft is too large to save. Shorten some answers and try again.');
  const entity: StateEntity = { id: key, key, chunks };
  for (let index = 0; index < chunks; index += 1) entity[`part${index}`] = json.slice(index * CHUNK_CHARACTERS, (index + 1) * CHUNK_CHARACTERS);
  return entity;
}
