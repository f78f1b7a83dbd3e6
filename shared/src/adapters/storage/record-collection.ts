import { KEY_SEPARATOR, encodeKey, rowKey } from './keys';
import { organisationPartition, type TableStore, type WriteOperation } from './table-store';
import type { RecordCollection } from '../../domain/ports/repositories';
import type { Versioned } from '../../domain/ports/versioned';
import { readStoredRecord, withSchemaVersion } from './stored-records';

/**
 * One kind of record in an organisation's partition (`request|EH-2026-0042`). Reads go through
 * here; writes are returned as operations so a command can commit a change together with its
 * audit event and notifications in one transaction.
 */
export class TableRecordCollection<T extends { id: string }> implements RecordCollection<T> {
  constructor(
    protected readonly store: TableStore,
    readonly kind: string,
    /** Extra key parts before the id, so related records can be listed together. */
    private readonly groupOf: (record: T) => string[] = () => [],
  ) {}

  /** Every read is checked against the kind's stored shape (and brought up to its current version). */
  private readonly read = (properties: Record<string, unknown>, rowKey: string): T => readStoredRecord<T>(this.kind, rowKey, properties);

  rowKeyOf(record: T): string {
    return rowKey(this.kind, ...this.groupOf(record).map(encodeKey), encodeKey(record.id));
  }

  /** Reads by id; only for collections without group key parts. */
  async get(organisationId: string, id: string): Promise<Versioned<T> | undefined> {
    return this.store.get<T>(organisationPartition(organisationId), rowKey(this.kind, encodeKey(id)), this.read);
  }

  /** Reads by id within a group (the key parts before the id). */
  async getIn(organisationId: string, group: string[], id: string): Promise<Versioned<T> | undefined> {
    return this.store.get<T>(organisationPartition(organisationId), rowKey(this.kind, ...group.map(encodeKey), encodeKey(id)), this.read);
  }

  async list(organisationId: string, ...group: string[]): Promise<Versioned<T>[]> {
    const prefix = rowKey(this.kind, ...group.map(encodeKey)) + KEY_SEPARATOR;
    return this.store.listByPrefix<T>(organisationPartition(organisationId), prefix, this.read);
  }

  async listKeyRange(organisationId: string, from: string, to: string): Promise<Versioned<T>[]> {
    return this.store.listRange<T>(organisationPartition(organisationId), rowKey(this.kind, from), rowKey(this.kind, to), Number.POSITIVE_INFINITY, this.read);
  }

  createOp(record: T): WriteOperation {
    return { op: 'create', rowKey: this.rowKeyOf(record), record: withSchemaVersion(this.kind, record) };
  }

  replaceOp(record: T, etag: string): WriteOperation {
    return { op: 'replace', rowKey: this.rowKeyOf(record), record: withSchemaVersion(this.kind, record), etag };
  }

  upsertOp(record: T): WriteOperation {
    return { op: 'upsert', rowKey: this.rowKeyOf(record), record: withSchemaVersion(this.kind, record) };
  }
}
