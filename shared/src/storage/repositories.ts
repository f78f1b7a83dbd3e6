import type { Action } from '../actions/action';
import type { AuditEvent } from '../audit/audit-event';
import type { QuarterCapacity } from '../capacity/capacity';
import type { Decision } from '../decisions/decision';
import type { Meeting } from '../meetings/meeting';
import { outboxKeyParts } from '../notifications/notification-outbox';
import type { RequestNotification } from '../notifications/request-notification';
import type { Organisation } from '../organisations/organisation';
import type { ProjectRequest } from '../requests/project-request';
import type { Risk } from '../risks/risk';
import type { Strategy } from '../strategy/strategy';
import { encodeKey, rowKey, timeKey } from './keys';
import { RecordCollection } from './record-collection';
import { organisationPartition, type TableStore, type WriteOperation } from './table-store';
import type { Versioned } from './versioned';

/** Literal partition for data that is not one organisation's (tenant → organisation map). */
const DIRECTORY_PARTITION = '_directory';

interface Counter {
  id: string;
  organisationId: string;
  value: number;
}

/** Remembers which request a client's idempotency key created, so a retry gets the same one. */
export interface IdempotencyRecord {
  id: string;
  organisationId: string;
  requestId: string;
}

interface TenantLink {
  id: string;
  organisationId: string;
}

/**
 * Every aggregate's collection over one Table Storage table, and `commit` to write a set of
 * operations to one organisation's partition atomically.
 */
export class Repositories {
  readonly organisations: RecordCollection<Organisation>;
  readonly strategies: RecordCollection<Strategy>;
  readonly actions: RecordCollection<Action>;
  readonly requests: RecordCollection<ProjectRequest>;
  readonly decisions: RecordCollection<Decision>;
  readonly meetings: RecordCollection<Meeting>;
  readonly risks: RecordCollection<Risk>;
  readonly capacity: RecordCollection<QuarterCapacity & { id: string }>;
  readonly audit: RecordCollection<AuditEvent>;
  readonly outbox: RecordCollection<RequestNotification>;
  readonly counters: RecordCollection<Counter>;
  readonly idempotency: RecordCollection<IdempotencyRecord>;

  constructor(readonly store: TableStore) {
    this.organisations = new RecordCollection(store, 'organisation');
    this.strategies = new RecordCollection(store, 'strategy');
    this.actions = new RecordCollection(store, 'action');
    this.requests = new RecordCollection(store, 'request');
    this.decisions = new RecordCollection(store, 'decision', (decision) => [decision.requestId]);
    this.meetings = new RecordCollection(store, 'meeting');
    this.risks = new RecordCollection(store, 'risk');
    this.capacity = new RecordCollection(store, 'capacity');
    this.audit = new RecordCollection(store, 'audit', (event) => [event.entity, event.entityId, timeKey(event.at)]);
    this.outbox = new RecordCollection(store, 'outbox', outboxKeyParts);
    this.counters = new RecordCollection(store, 'counter');
    this.idempotency = new RecordCollection(store, 'idempotency');
  }

  /** Writes to one organisation's partition, all or nothing; returns each operation's new ETag. */
  commit(organisationId: string, operations: readonly WriteOperation[], what = 'record'): Promise<string[]> {
    return this.store.write(organisationPartition(organisationId), operations, what);
  }

  /** The history of one record, oldest first. */
  async auditTrail(organisationId: string, entity: AuditEvent['entity'], entityId: string): Promise<AuditEvent[]> {
    return (await this.audit.list(organisationId, entity, entityId)).map((record) => record.value);
  }

  counter(organisationId: string, name: string): Promise<Versioned<Counter> | undefined> {
    return this.counters.get(organisationId, name);
  }

  counterOp(organisationId: string, name: string, value: number, etag: string | undefined): WriteOperation {
    const record: Counter = { id: name, organisationId, value };
    return etag === undefined ? this.counters.createOp(record) : this.counters.replaceOp(record, etag);
  }

  async organisationForTenant(tenantId: string): Promise<Organisation | undefined> {
    const link = await this.store.get<TenantLink>(DIRECTORY_PARTITION, rowKey('tenant', encodeKey(tenantId)));
    if (!link) return undefined;
    return (await this.organisations.get(link.value.organisationId, link.value.organisationId))?.value;
  }

  /** Saves an organisation and the links from its tenants (administration and demo seeding). */
  async saveOrganisation(organisation: Organisation): Promise<void> {
    await this.commit(organisation.id, [this.organisations.upsertOp(organisation)], 'organisation');
    for (const tenantId of organisation.tenantIds) {
      const link: TenantLink = { id: tenantId, organisationId: organisation.id };
      await this.store.write(DIRECTORY_PARTITION, [{ op: 'upsert', rowKey: rowKey('tenant', encodeKey(tenantId)), record: link }], 'tenant link');
    }
  }

  async listOrganisationIds(): Promise<string[]> {
    const links = await this.store.listByPrefix<TenantLink>(DIRECTORY_PARTITION, 'tenant|');
    return [...new Set(links.map((link) => link.value.organisationId))];
  }
}
