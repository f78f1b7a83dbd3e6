import { createHash } from 'node:crypto';
import { AppError } from '@entrance-hall/shared/domain/errors/app-error';
import { encodeKey, rowKey, timeKey } from '@entrance-hall/shared/adapters/storage/keys';
import { MAX_TRANSACTION_SIZE, TableStore, type StorageConnection, type WriteOperation } from '@entrance-hall/shared/adapters/storage/table-store';
import type { BotStateStore, StoredState } from '../conversation/bot-state-store';

/** One Table Storage string property holds at most 64 KiB (32K UTF-16 characters): values are split. */
const CHUNK_CHARACTERS = 30_000;
// An entity holds at most 1 MiB, strings counted as UTF-16: 16 chunks of 30,000 characters fit.
const MAX_CHUNKS = 16;
const ROW = 'state';

/**
 * Seen activities are spread over this many partitions (`_seen|00`…), so no one partition takes
 * every message; each holds a `seen|<tenant>|<id>` row per activity and an
 * `expires|<time>|<tenant>|<id>` row that puts them in expiry order for the sweep.
 */
const SEEN_SHARDS = 16;
/** A shard is swept at most this often (per instance), by the claim that finds it due. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;
/** At most this many expired activities are removed per shard in one sweep. */
const SWEEP_BATCH = 500;

interface SeenActivity {
  id: string;
  tenantId: string;
  expiresAt: string;
}

interface ExpiryEntry {
  id: string;
  /** Its own row key, and the activity's: what the sweep deletes. */
  expiryRow: string;
  seenRow: string;
}

export interface TableBotStorageOptions {
  /** How long a handled activity is remembered, so a re-send within it is not acted on twice. */
  activityRetentionMs: number;
  now?: () => Date;
}

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
  private readonly lastSweep = new Map<string, number>();
  private readonly now: () => Date;

  private constructor(
    private readonly store: TableStore,
    private readonly options: TableBotStorageOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  static async connect(connection: string | StorageConnection, tablePrefix: string, options: TableBotStorageOptions): Promise<TableBotStorage> {
    const where = typeof connection === 'string' ? { connectionString: connection } : connection;
    return new TableBotStorage(await TableStore.connect({ ...where, tableName: `${tablePrefix}BotState` }), options);
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

  async claimActivity(tenantId: string, activityId: string): Promise<boolean> {
    const partition = seenPartition(tenantId, activityId);
    const seenRow = rowKey('seen', encodeKey(tenantId), encodeKey(activityId));
    const now = this.now();
    const seen: SeenActivity = { id: activityId, tenantId, expiresAt: new Date(now.getTime() + this.options.activityRetentionMs).toISOString() };
    const expiryRow = expiryRowOf(seen);
    const expiry: WriteOperation = { op: 'upsert', rowKey: expiryRow, record: { id: activityId, expiryRow, seenRow } satisfies ExpiryEntry };
    try {
      await this.store.write(partition, [{ op: 'create', rowKey: seenRow, record: seen }, expiry], 'activity');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      const earlier = await this.store.get<SeenActivity>(partition, seenRow);
      // Seen within the retention: a re-send. An expired row not yet swept counts as never seen.
      if (!earlier || earlier.value.expiresAt > now.toISOString()) return false;
      // Its old expiry row goes in the same transaction, so the sweep cannot remove the new claim.
      const renew: WriteOperation[] = [{ op: 'replace', rowKey: seenRow, record: seen, etag: earlier.etag }, expiry];
      try {
        await this.store.write(partition, [...renew, { op: 'delete', rowKey: expiryRowOf(earlier.value) }], 'activity');
      } catch (retry) {
        if (!(retry instanceof AppError) || retry.code === 'precondition_failed') return false;
        // The old expiry row was swept already.
        if (retry.code !== 'not_found') throw retry;
        await this.store.write(partition, renew, 'activity');
      }
    }
    await this.sweepIfDue(partition, now);
    return true;
  }

  /** Removes the activities whose retention has ended, from every shard; returns how many. */
  async removeExpiredActivities(): Promise<number> {
    const now = this.now();
    let removed = 0;
    for (let shard = 0; shard < SEEN_SHARDS; shard += 1) removed += await this.sweep(shardPartition(shard), now);
    return removed;
  }

  /**
   * Sweeping rides on claims, so no timer is needed: a claim that finds its shard not swept for
   * a while removes that shard's expired rows. A failed sweep is tried again by a later claim,
   * and until then expired rows are only ignored, so it never fails the claim.
   */
  private async sweepIfDue(partition: string, now: Date): Promise<void> {
    const last = this.lastSweep.get(partition);
    if (last !== undefined && now.getTime() - last < SWEEP_INTERVAL_MS) return;
    this.lastSweep.set(partition, now.getTime());
    try {
      await this.sweep(partition, now);
    } catch {
      this.lastSweep.delete(partition);
    }
  }

  /** Reads the shard's expiry rows up to now (a key range) and deletes them with their activities. */
  private async sweep(partition: string, now: Date): Promise<number> {
    const due = await this.store.listRange<ExpiryEntry>(partition, rowKey('expires', ''), rowKey('expires', timeKey(now.toISOString())), SWEEP_BATCH);
    const operations = due.flatMap((entry): WriteOperation[] => [
      { op: 'delete', rowKey: entry.value.expiryRow },
      { op: 'delete', rowKey: entry.value.seenRow },
    ]);
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) {
      const batch = operations.slice(start, start + MAX_TRANSACTION_SIZE);
      try {
        await this.store.write(partition, batch, 'activity');
      } catch {
        // Another instance removed some of these first (a transaction fails as a whole): one by one.
        for (const operation of batch) await this.store.delete(partition, operation.rowKey);
      }
    }
    return due.length;
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

function expiryRowOf(seen: SeenActivity): string {
  return rowKey('expires', timeKey(seen.expiresAt), encodeKey(seen.tenantId), encodeKey(seen.id));
}

function shardPartition(shard: number): string {
  return rowKey('_seen', String(shard).padStart(2, '0'));
}

function seenPartition(tenantId: string, activityId: string): string {
  const digest = createHash('sha256').update(`${tenantId}\u0000${activityId}`).digest();
  return shardPartition(digest.readUInt16BE(0) % SEEN_SHARDS);
}
