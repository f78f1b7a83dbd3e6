import { randomBytes, randomUUID } from 'node:crypto';
import type { ProjectRequest } from '../../domain/requests/project-request';
import type { WriteOperation } from '../../domain/ports/repositories';
import type { RequestListStore, RequestPortfolio } from '../../domain/ports/request-list-store';
import type { Versioned } from '../../domain/ports/versioned';
import type { TableRecordCollection } from './record-collection';
import { organisationPartition, type TableStore } from './table-store';

/** The council's request-list version stamp: one row, rewritten by every commit that writes a request. */
const VERSION_ROW = '_version|requests';
/** The council's secret for signing continuation tokens. */
const SIGNING_KEY_ROW = '_paging-key|continuation';
/** Row kinds whose change changes a list of requests (the requests, and the requester index officers' lists read). */
const LISTED_KINDS = ['request|', 'requester-request|'];

/** How many requests, across councils, one instance keeps in memory; a council above it is read each time. */
export const DEFAULT_CACHED_REQUESTS = 50_000;
/** Values worked out from one portfolio (filtered lists and their pages) kept at once. */
const REMEMBERED_PER_PORTFOLIO = 16;

interface VersionStamp {
  id: string;
  version: string;
}

/** True when a commit writes a row that some list of requests reads. */
export function changesRequestLists(operations: readonly WriteOperation[]): boolean {
  return operations.some((operation) => LISTED_KINDS.some((prefix) => operation.rowKey.startsWith(prefix)));
}

/** The write that moves the council's version stamp on; committed in the same transaction as the change. */
export function requestListVersionOp(): WriteOperation {
  return { op: 'upsert', rowKey: VERSION_ROW, record: newStamp() };
}

const newStamp = (): VersionStamp => ({ id: 'requests', version: randomUUID() });

class CachedPortfolio implements RequestPortfolio {
  private readonly remembered = new Map<string, unknown>();

  constructor(
    readonly version: string,
    readonly records: readonly Versioned<ProjectRequest>[],
  ) {}

  remember<T>(key: string, compute: () => T): T {
    if (this.remembered.has(key)) return this.remembered.get(key) as T;
    const value = compute();
    if (this.remembered.size >= REMEMBERED_PER_PORTFOLIO) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, value);
    return value;
  }
}

/**
 * Lists of requests over Table Storage. The portfolio is kept in memory per council, least
 * recently used first out, within a cap on the requests held; it is used only while the council's
 * stamp (read first, one point read) is the one it was read at, so a change committed through
 * any instance is seen by every other on its next read.
 */
export class TableRequestListStore implements RequestListStore {
  private readonly cached = new Map<string, CachedPortfolio>();
  private readonly loading = new Map<string, Promise<CachedPortfolio>>();
  private readonly signingKeys = new Map<string, Uint8Array>();

  constructor(
    private readonly store: TableStore,
    private readonly requests: TableRecordCollection<ProjectRequest>,
    private readonly maxCachedRequests = DEFAULT_CACHED_REQUESTS,
  ) {}

  /**
   * The council's stamp. A council whose data predates the stamp gets one on its first read (a
   * create, so an instance that made it first, or a commit that moved it, wins), and its lists are
   * answered from memory from then on.
   */
  async version(organisationId: string): Promise<string | undefined> {
    const partition = organisationPartition(organisationId);
    const stamp = await this.store.get<VersionStamp>(partition, VERSION_ROW);
    if (stamp) return stamp.value.version;
    try {
      await this.store.write(partition, [{ op: 'create', rowKey: VERSION_ROW, record: newStamp() }], 'request list stamp');
    } catch {
      // Made first by another instance or a commit: theirs is read below.
    }
    return (await this.store.get<VersionStamp>(partition, VERSION_ROW))?.value.version;
  }

  async portfolio(organisationId: string): Promise<RequestPortfolio> {
    // The stamp is read before the requests: a change committed in between moves the stamp on, so
    // the portfolio is never kept under a version newer than what it holds.
    const version = await this.version(organisationId);
    if (version === undefined) return new CachedPortfolio('none', await this.requests.list(organisationId));
    const cached = this.cached.get(organisationId);
    if (cached?.version === version) {
      this.cached.delete(organisationId);
      this.cached.set(organisationId, cached);
      return cached;
    }
    const key = `${organisationId}\n${version}`;
    const pending = this.loading.get(key) ?? this.load(organisationId, version);
    this.loading.set(key, pending);
    try {
      return await pending;
    } finally {
      this.loading.delete(key);
    }
  }

  async signingKey(organisationId: string): Promise<Uint8Array> {
    const known = this.signingKeys.get(organisationId);
    if (known) return known;
    const partition = organisationPartition(organisationId);
    let stored = await this.store.get<{ id: string; key: string }>(partition, SIGNING_KEY_ROW);
    if (!stored) {
      try {
        await this.store.write(partition, [{ op: 'create', rowKey: SIGNING_KEY_ROW, record: { id: 'continuation', key: randomBytes(32).toString('base64') } }], 'paging key');
      } catch {
        // Another instance made it first: theirs is read below.
      }
      stored = await this.store.get<{ id: string; key: string }>(partition, SIGNING_KEY_ROW);
    }
    if (!stored) throw new Error('The paging key could not be read back.');
    const key = Buffer.from(stored.value.key, 'base64');
    this.signingKeys.set(organisationId, key);
    return key;
  }

  private async load(organisationId: string, version: string): Promise<CachedPortfolio> {
    const portfolio = new CachedPortfolio(version, await this.requests.list(organisationId));
    this.keep(organisationId, portfolio);
    return portfolio;
  }

  private keep(organisationId: string, portfolio: CachedPortfolio): void {
    this.cached.delete(organisationId);
    if (portfolio.records.length > this.maxCachedRequests) return;
    let held = portfolio.records.length;
    for (const other of this.cached.values()) held += other.records.length;
    for (const [oldest, other] of this.cached) {
      if (held <= this.maxCachedRequests) break;
      this.cached.delete(oldest);
      held -= other.records.length;
    }
    this.cached.set(organisationId, portfolio);
  }
}
