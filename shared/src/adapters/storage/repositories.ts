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
import { SequenceAllocator, type Counter } from './sequence-allocator';
import { organisationPartition, type TableStore, type WriteOperation } from './table-store';
import type { Versioned } from './versioned';

/** Literal partition for data that is not one organisation's (tenant → organisation map). */
const DIRECTORY_PARTITION = '_directory';

/**
 * Remembers which request one person's idempotency key created (`idempotency|<user>|<key>`), with
 * a hash of the body it came with, so their retry gets the same request and nobody else's.
 */
export interface IdempotencyRecord {
  /** The key the client sent. */
  id: string;
  organisationId: string;
  userId: string;
  requestId: string;
  bodyHash: string;
}

/** One row per request under its requester (`requester-request|<user>|<id>`), so "my requests" reads a key range. */
export interface RequesterIndexEntry {
  /** The request's id. */
  id: string;
  organisationId: string;
  requesterId: string;
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
  readonly requestsByRequester: RecordCollection<RequesterIndexEntry>;
  /** A copy of each decision taken in a meeting, under the meeting (decisions never change). */
  readonly decisionsByMeeting: RecordCollection<Decision>;
  /** Numbers for references, handed out without making creates queue on the counter. */
  readonly sequences: SequenceAllocator;

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
    this.idempotency = new RecordCollection(store, 'idempotency', (record) => [record.userId]);
    this.requestsByRequester = new RecordCollection(store, 'requester-request', (entry) => [entry.requesterId]);
    this.decisionsByMeeting = new RecordCollection(store, 'meeting-decision', (decision) => [decision.meetingId ?? '', timeKey(decision.recordedAt)]);
    this.sequences = new SequenceAllocator(store);
  }

  /** Writes to one organisation's partition, all or nothing; returns each operation's new ETag. */
  commit(organisationId: string, operations: readonly WriteOperation[], what = 'record'): Promise<string[]> {
    return this.store.write(organisationPartition(organisationId), operations, what);
  }

  /** The history of one record, oldest first. */
  async auditTrail(organisationId: string, entity: AuditEvent['entity'], entityId: string): Promise<AuditEvent[]> {
    return (await this.audit.list(organisationId, entity, entityId)).map((record) => record.value);
  }

  /** The request one person's idempotency key created, if they used it before. */
  idempotencyRecord(organisationId: string, userId: string, key: string): Promise<Versioned<IdempotencyRecord> | undefined> {
    return this.idempotency.getIn(organisationId, [userId], key);
  }

  /** The writes that index a new request under its requester (written in the same transaction). */
  requestIndexOps(request: ProjectRequest, write: 'create' | 'upsert' = 'create'): WriteOperation[] {
    return [this.requestsByRequester[`${write}Op`]({ id: request.id, organisationId: request.organisationId, requesterId: request.requester.id })];
  }

  /** The writes that store a decision, and its copy under the meeting it was taken in. */
  decisionOps(decision: Decision, write: 'create' | 'upsert' = 'create'): WriteOperation[] {
    return [this.decisions[`${write}Op`](decision), ...this.decisionIndexOps(decision, write)];
  }

  decisionIndexOps(decision: Decision, write: 'create' | 'upsert' = 'create'): WriteOperation[] {
    return decision.meetingId ? [this.decisionsByMeeting[`${write}Op`](decision)] : [];
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
