import type { TokenCredential } from '@azure/identity';
import { RestError, TableClient, odata, type TableServiceClientOptions as TableClientOptions, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { AppError, appErrors } from '../../domain/errors/app-error';
import { fromEntityProperties, toEntityProperties } from './entity-mapping';
import { encodeKey, prefixUpperBound } from './keys';
import { MAX_WRITES_PER_COMMIT, type WriteOperation } from '../../domain/ports/repositories';
import type { Versioned } from '../../domain/ports/versioned';

export type { WriteOperation };

/**
 * How the server reaches storage: a connection string (Azurite and local use), or the table
 * endpoint with a token credential (the managed identity in Azure: no key exists to leak).
 */
export type StorageConnection =
  | { connectionString: string; clientOptions?: TableClientOptions }
  | { tableEndpoint: string; credential: TokenCredential; clientOptions?: TableClientOptions };

export type TableStoreOptions = StorageConnection & { tableName: string };

/**
 * Turns a row's stored properties into a record. Collections pass their kind's checked reader
 * (`readStoredRecord`); the default takes the row as it is, for the store's own bookkeeping rows
 * (bot state, tenant links) that no domain code reads.
 */
export type RecordReader<T> = (properties: Record<string, unknown>, rowKey: string) => T;

const asStored = <T>(properties: Record<string, unknown>): T => properties as T;

/** The most operations a caller puts in one commit (one place in each transaction is kept for the request-list version stamp). */
export const MAX_TRANSACTION_SIZE = MAX_WRITES_PER_COMMIT;

/** Transactions hold at most 100 entities, all in one partition. */
const STORAGE_TRANSACTION_LIMIT = 100;

/** The partition that holds one organisation's records. */
export function organisationPartition(organisationId: string): string {
  return encodeKey(organisationId);
}

/**
 * The one place that talks to Table Storage. Records are partitioned by organisation; every
 * update is conditional on the ETag read; several writes to one partition commit together.
 */
export class TableStore {
  private read = 0;

  private constructor(private readonly client: TableClient) {}

  /**
   * How many entities storage has returned to this store so far. Reads are meant to fit keys:
   * tests compare this before and after a read to show it touched only the rows it needed.
   */
  get entitiesRead(): number {
    return this.read;
  }

  static async connect(options: TableStoreOptions): Promise<TableStore> {
    const clientOptions: TableClientOptions = { retryOptions: { maxRetries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000 }, ...options.clientOptions };
    const client =
      'connectionString' in options
        ? TableClient.fromConnectionString(options.connectionString, options.tableName, { allowInsecureConnection: options.connectionString.includes('http://'), ...clientOptions })
        : new TableClient(options.tableEndpoint, options.tableName, options.credential, clientOptions);
    try {
      await client.createTable();
    } catch (error) {
      throw translateStorageError(error, 'table');
    }
    return new TableStore(client);
  }

  get tableName(): string {
    return this.client.tableName;
  }

  async get<T>(partitionKey: string, rowKey: string, read: RecordReader<T> = asStored): Promise<Versioned<T> | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
      this.read += 1;
      return { value: read(fromEntityProperties(entity), rowKey), etag: entity.etag };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw translateStorageError(error, 'record');
    }
  }

  /** Every record of a partition whose row key starts with `prefix`, in key order. */
  async listByPrefix<T>(partitionKey: string, prefix: string, read: RecordReader<T> = asStored): Promise<Versioned<T>[]> {
    return this.listRange<T>(partitionKey, prefix, prefixUpperBound(prefix), Number.POSITIVE_INFINITY, read);
  }

  /** Every record of a partition with `from <= RowKey < to`, in key order. */
  async listRange<T>(partitionKey: string, from: string, to: string, limit = Number.POSITIVE_INFINITY, read: RecordReader<T> = asStored): Promise<Versioned<T>[]> {
    const filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;
    const records: Versioned<T>[] = [];
    try {
      const pages = this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({ maxPageSize: Math.min(1000, limit) });
      for await (const page of pages) {
        this.read += page.length;
        for (const entity of page) records.push({ value: read(fromEntityProperties(entity as TableEntityResult<Record<string, unknown>>), entity.rowKey ?? ''), etag: entity.etag });
        if (records.length >= limit) break;
      }
    } catch (error) {
      throw translateStorageError(error, 'records');
    }
    return records;
  }

  /** Partition keys in use (for sweeps across organisations, such as the notification outbox). */
  async listPartitionsWithPrefix(prefix: string): Promise<string[]> {
    const partitions = new Set<string>();
    const filter = odata`RowKey ge ${prefix} and RowKey lt ${prefixUpperBound(prefix)}`;
    try {
      for await (const entity of this.client.listEntities({ queryOptions: { filter, select: ['PartitionKey'] } })) {
        if (entity.partitionKey) partitions.add(entity.partitionKey);
      }
    } catch (error) {
      throw translateStorageError(error, 'records');
    }
    return [...partitions];
  }

  /**
   * Writes to one partition, all or nothing. Returns the new ETag of each operation, in order.
   * A stale ETag fails the whole write with `precondition_failed`; an existing key on create with
   * `conflict`.
   */
  async write(partitionKey: string, operations: readonly WriteOperation[], what = 'record'): Promise<string[]> {
    if (operations.length === 0) return [];
    if (operations.length > STORAGE_TRANSACTION_LIMIT) throw new AppError('internal', `A write of ${operations.length} records is larger than one transaction.`);
    try {
      if (operations.length === 1) return [await this.writeOne(partitionKey, operations[0]!)];
      const actions: TransactionAction[] = operations.map((operation) => {
        if (operation.op === 'delete') return ['delete', { partitionKey, rowKey: operation.rowKey }];
        const entity = { partitionKey, rowKey: operation.rowKey, ...toEntityProperties(operation.record) };
        switch (operation.op) {
          case 'create':
            return ['create', entity];
          case 'replace':
            return ['update', entity, 'Replace', { etag: operation.etag }];
          case 'upsert':
            return ['upsert', entity, 'Replace'];
        }
      });
      const response = await this.client.submitTransaction(actions);
      return response.subResponses.map((sub) => sub.etag ?? '');
    } catch (error) {
      throw translateStorageError(error, what);
    }
  }

  /** Deletes one record regardless of version (used only for expired bot state and tests). */
  async delete(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.client.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return;
      throw translateStorageError(error, 'record');
    }
  }

  /** Checks storage answers; used by /readyz. */
  async ping(): Promise<void> {
    try {
      const pages = this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'_ping'}` } }).byPage({ maxPageSize: 1 });
      await pages.next();
    } catch (error) {
      throw translateStorageError(error, 'storage');
    }
  }

  private async writeOne(partitionKey: string, operation: WriteOperation): Promise<string> {
    if (operation.op === 'delete') {
      await this.client.deleteEntity(partitionKey, operation.rowKey);
      return '';
    }
    const entity = { partitionKey, rowKey: operation.rowKey, ...toEntityProperties(operation.record) };
    switch (operation.op) {
      case 'create':
        return (await this.client.createEntity(entity)).etag ?? '';
      case 'replace':
        return (await this.client.updateEntity(entity, 'Replace', { etag: operation.etag })).etag ?? '';
      case 'upsert':
        return (await this.client.upsertEntity(entity, 'Replace')).etag ?? '';
    }
  }
}

/** Storage failures in the user's terms; the original error stays attached for the logs. */
export function translateStorageError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RestError) {
    const failure =
      error.statusCode === 412
        ? appErrors.staleWrite(what)
        : error.statusCode === 409
          ? appErrors.conflict(`That ${what} already exists.`)
          : error.statusCode === 404
            ? appErrors.notFound(`The ${what}`)
            : error.statusCode === 413 || /PropertyValueTooLarge|EntityTooLarge|RequestBodyTooLarge/.test(String(error.code ?? error.message))
              ? new AppError('payload_too_large', `The ${what} is too large to store.`)
              : appErrors.storageUnavailable();
    return Object.assign(failure, { cause: error });
  }
  return Object.assign(appErrors.storageUnavailable(), { cause: error });
}
