import { KEY_SEPARATOR, encodeKey, rowKey } from './keys';
import { organisationPartition, type TableStore, type WriteOperation } from './table-store';
import type { Versioned } from './versioned';

/**
 * One kind of record in an organisation's partition (`request|EH-2026-0042`). Reads go through
 * here; writes are returned as operations so a command can commit a change together with its
 * audit event and notifications in one transaction.
 */
export class RecordCollection<T extends { id: string }> {
  constructor(
    protected readonly store: TableStore,
    readonly kind: string,
    /** Extra key parts before the id, so related records can be listed together. */
    private readonly groupOf: (record: T) => string[] = () => [],
  ) {}

  rowKeyOf(record: T): string {
    return rowKey(this.kind, ...this.groupOf(record).map(encodeKey), encodeKey(record.id));
  }

  /** Reads by id; only for collections without group key parts. */
  async get(organisationId: string, id: string): Promise<Versioned<T> | undefined> {
    return this.store.get<T>(organisationPartition(organisationId), rowKey(this.kind, encodeKey(id)));
  }

  /** Reads by id within a group (the key parts before the id). */
  async getIn(organisationId: string, group: string[], id: string): Promise<Versioned<T> | undefined> {
    return this.store.get<T>(organisationPartition(organisationId), rowKey(this.kind, ...group.map(encodeKey), encodeKey(id)));
  }

  async list(organisationId: string, ...group: string[]): Promise<Versioned<T>[]> {
    const prefix = rowKey(this.kind, ...group.map(encodeKey)) + KEY_SEPARATOR;
    return this.store.listByPrefix<T>(organisationPartition(organisationId), prefix);
  }

  createOp(record: T): WriteOperation {
    return { op: 'create', rowKey: this.rowKeyOf(record), record };
  }

  replaceOp(record: T, etag: string): WriteOperation {
    return { op: 'replace', rowKey: this.rowKeyOf(record), record, etag };
  }

  upsertOp(record: T): WriteOperation {
    return { op: 'upsert', rowKey: this.rowKeyOf(record), record };
  }
}
