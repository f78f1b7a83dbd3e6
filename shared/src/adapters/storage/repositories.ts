import type { Action } from '../../domain/actions/action';
import type { AuditEvent } from '../../domain/audit/audit-event';
import type { BenefitReview } from '../../domain/benefits/benefit';
import type { QuarterCapacity } from '../../domain/capacity/capacity';
import type { Decision } from '../../domain/decisions/decision';
import type { Meeting } from '../../domain/meetings/meeting';
import type { StoredConstitutionSettings } from '../../domain/constitution/constitution-settings';
import { outboxKeyParts } from './notification-outbox';
import type { RequestNotification } from '../../domain/notifications/request-notification';
import type { Organisation } from '../../domain/organisations/organisation';
import type { ProjectRequest } from '../../domain/requests/project-request';
import type { Risk } from '../../domain/risks/risk';
import type { Strategy } from '../../domain/strategy/strategy';
import type { Application } from '../../domain/estate/application';
import type { ApplicationImport } from '../../domain/estate/application-import';
import type { OverlapNote } from '../../domain/estate/overlap-note';
import type { EstateTarget } from '../../domain/estate/summarise-estate';
import { encodeKey, rowKey, timeKey } from './keys';
import { TableRecordCollection } from './record-collection';
import { SequenceAllocator } from './sequence-allocator';
import { TableRequestListStore, changesRequestLists, requestListVersionOp } from './request-list-store';
import type { Counter, IdempotencyRecord, Repositories, RequesterIndexEntry, WriteOperation } from '../../domain/ports/repositories';
import type { Versioned } from '../../domain/ports/versioned';
import { organisationPartition, type TableStore } from './table-store';

/** Literal partition for data that is not one organisation's (tenant → organisation map). */
const DIRECTORY_PARTITION = '_directory';

interface TenantLink {
  id: string;
  organisationId: string;
}

/**
 * The storage port over one Table Storage table: every aggregate's collection, and `commit` to
 * write a set of operations to one organisation's partition atomically.
 */
export class TableRepositories implements Repositories {
  readonly organisations: TableRecordCollection<Organisation>;
  readonly strategies: TableRecordCollection<Strategy>;
  readonly actions: TableRecordCollection<Action>;
  readonly requests: TableRecordCollection<ProjectRequest>;
  readonly decisions: TableRecordCollection<Decision>;
  readonly meetings: TableRecordCollection<Meeting>;
  readonly risks: TableRecordCollection<Risk>;
  readonly capacity: TableRecordCollection<QuarterCapacity & { id: string }>;
  readonly audit: TableRecordCollection<AuditEvent>;
  readonly outbox: TableRecordCollection<RequestNotification>;
  readonly counters: TableRecordCollection<Counter>;
  readonly idempotency: TableRecordCollection<IdempotencyRecord>;
  readonly requestsByRequester: TableRecordCollection<RequesterIndexEntry>;
  /** A copy of each decision taken in a meeting, under the meeting (decisions never change). */
  readonly decisionsByMeeting: TableRecordCollection<Decision>;
  /** Post-implementation reviews of a request's benefits, under their request. */
  readonly benefitReviews: TableRecordCollection<BenefitReview>;
  readonly constitution: TableRecordCollection<StoredConstitutionSettings>;
  readonly applications: TableRecordCollection<Application>;
  readonly estateTargets: TableRecordCollection<EstateTarget>;
  readonly overlapNotes: TableRecordCollection<OverlapNote>;
  readonly applicationImports: TableRecordCollection<ApplicationImport>;
  /** Numbers for references, handed out without making creates queue on the counter. */
  readonly sequences: SequenceAllocator;
  readonly requestLists: TableRequestListStore;

  constructor(
    readonly store: TableStore,
    options: { maxCachedRequests?: number } = {},
  ) {
    this.organisations = new TableRecordCollection(store, 'organisation');
    this.strategies = new TableRecordCollection(store, 'strategy');
    this.actions = new TableRecordCollection(store, 'action');
    this.requests = new TableRecordCollection(store, 'request');
    this.decisions = new TableRecordCollection(store, 'decision', (decision) => [decision.requestId]);
    this.meetings = new TableRecordCollection(store, 'meeting');
    this.risks = new TableRecordCollection(store, 'risk');
    this.capacity = new TableRecordCollection(store, 'capacity');
    this.audit = new TableRecordCollection(store, 'audit', (event) => [event.entity, event.entityId, timeKey(event.at)]);
    this.outbox = new TableRecordCollection(store, 'outbox', outboxKeyParts);
    this.counters = new TableRecordCollection(store, 'counter');
    this.idempotency = new TableRecordCollection(store, 'idempotency', (record) => [record.userId]);
    this.requestsByRequester = new TableRecordCollection(store, 'requester-request', (entry) => [entry.requesterId]);
    this.decisionsByMeeting = new TableRecordCollection(store, 'meeting-decision', (decision) => [decision.meetingId ?? '', timeKey(decision.recordedAt)]);
    this.benefitReviews = new TableRecordCollection(store, 'benefit-review', (review) => [review.requestId]);
    this.constitution = new TableRecordCollection(store, 'constitution');
    this.applications = new TableRecordCollection(store, 'application');
    this.estateTargets = new TableRecordCollection(store, 'estate-target');
    this.overlapNotes = new TableRecordCollection(store, 'overlap-note', (note) => [note.requestId]);
    this.applicationImports = new TableRecordCollection(store, 'application-import');
    this.sequences = new SequenceAllocator(store);
    this.requestLists = new TableRequestListStore(store, this.requests, options.maxCachedRequests);
  }

  /**
   * Writes to one organisation's partition, all or nothing; returns each operation's new ETag.
   * Every write path (commands, imports, seeding) comes here, so this is where a change to a
   * request also moves the council's request-list version stamp on, in the same transaction.
   */
  async commit(organisationId: string, operations: readonly WriteOperation[], what = 'record'): Promise<string[]> {
    const stamped = changesRequestLists(operations) ? [...operations, requestListVersionOp()] : operations;
    const etags = await this.store.write(organisationPartition(organisationId), stamped, what);
    return etags.slice(0, operations.length);
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

  ping(): Promise<void> {
    return this.store.ping();
  }
}
