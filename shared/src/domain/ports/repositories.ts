import type { ApplicationImport } from '../estate/application-import';
import type { Action } from '../actions/action';
import type { AuditEvent } from '../audit/audit-event';
import type { BenefitReview } from '../benefits/benefit';
import type { QuarterCapacity } from '../capacity/capacity';
import type { Decision } from '../decisions/decision';
import type { Meeting } from '../meetings/meeting';
import type { RequestNotification } from '../notifications/request-notification';
import type { Organisation } from '../organisations/organisation';
import type { ProjectRequest } from '../requests/project-request';
import type { Risk } from '../risks/risk';
import type { Strategy } from '../strategy/strategy';
import type { Application } from '../estate/application';
import type { OverlapNote } from '../estate/overlap-note';
import type { EstateTarget } from '../estate/summarise-estate';
import type { Versioned } from './versioned';
import type { StoredConstitutionSettings } from '../constitution/constitution-settings';
import type { RequestListStore } from './request-list-store';

/**
 * The most writes one commit may hold: Table Storage's limit for one transaction is 100, and a
 * commit that changes requests adds the council's request-list version stamp (request-list-store.ts).
 */
export const MAX_WRITES_PER_COMMIT = 99;

/**
 * One write of a change, committed together with the others of the same change (the record, its
 * audit event, its notification) all or nothing. Built by a collection's `…Op` methods.
 */
export type WriteOperation =
  | { op: 'create'; rowKey: string; record: object }
  | { op: 'replace'; rowKey: string; record: object; etag: string }
  | { op: 'upsert'; rowKey: string; record: object }
  /** Unconditional: storage transactions take no ETag for a delete (guard it with a lease or key). */
  | { op: 'delete'; rowKey: string };

/**
 * Remembers which request one person's idempotency key created, with a hash of the body it came
 * with, so their retry gets the same request and nobody else's.
 */
export interface IdempotencyRecord {
  /** The key the client sent. */
  id: string;
  organisationId: string;
  userId: string;
  requestId: string;
  bodyHash: string;
}

/** One entry per request under its requester, so "my requests" reads one key range. */
export interface RequesterIndexEntry {
  /** The request's id. */
  id: string;
  organisationId: string;
  requesterId: string;
}

/** A named counter's stored value (reference numbers). */
export interface Counter {
  id: string;
  organisationId: string;
  value: number;
}

/** One kind of record in an organisation's data: reads, and the writes a command commits. */
export interface RecordCollection<T extends { id: string }> {
  /** Reads by id; only for collections without group key parts. */
  get(organisationId: string, id: string): Promise<Versioned<T> | undefined>;
  /** Reads by id within a group (the key parts before the id). */
  getIn(organisationId: string, group: string[], id: string): Promise<Versioned<T> | undefined>;
  list(organisationId: string, ...group: string[]): Promise<Versioned<T>[]>;
  /** Records whose key after the kind lies in `[from, to)`, in key order (sweeps such as the outbox's). */
  listKeyRange(organisationId: string, from: string, to: string): Promise<Versioned<T>[]>;
  rowKeyOf(record: T): string;
  createOp(record: T): WriteOperation;
  replaceOp(record: T, etag: string): WriteOperation;
  upsertOp(record: T): WriteOperation;
}

/** Reference numbers, handed out without making creates queue on one counter. */
export interface Sequences {
  next(organisationId: string, name: string): Promise<number>;
  /** Returns a number a failed create did not use, so the next create takes it. */
  giveBack(organisationId: string, name: string, value: number): void;
}

/**
 * The storage port: every aggregate's collection, and `commit` to write a set of operations to
 * one organisation's data atomically. The Table Storage adapter implements it
 * (`TableRepositories` in `adapters/storage/repositories.ts`); commands see only this.
 */
export interface Repositories {
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
  /** Post-implementation reviews of a request's benefits, under their request: `benefit-review|<request>|<review>`. */
  readonly benefitReviews: RecordCollection<BenefitReview>;
  /** The organisation's constitution settings: one record, `constitution|constitution`. */
  readonly constitution: RecordCollection<StoredConstitutionSettings>;
  /** The application estate: the register, the one target (id `current`), overlap notes under their request. */
  readonly applications: RecordCollection<Application>;
  readonly estateTargets: RecordCollection<EstateTarget>;
  readonly overlapNotes: RecordCollection<OverlapNote>;
  /** CSV imports of applications: an imported application is seen only once its import is published. */
  readonly applicationImports: RecordCollection<ApplicationImport>;
  readonly sequences: Sequences;
  /** Lists of requests: the council's version stamp and the portfolio answered from memory while it holds. */
  readonly requestLists: RequestListStore;
  /**
   * Writes to one organisation's data, all or nothing; returns each operation's new ETag, in order.
   * A commit that writes a request (or its requester index) also rewrites the council's
   * request-list version stamp, in the same transaction.
   */
  commit(organisationId: string, operations: readonly WriteOperation[], what?: string): Promise<string[]>;
  /** The history of one record, oldest first. */
  auditTrail(organisationId: string, entity: AuditEvent['entity'], entityId: string): Promise<AuditEvent[]>;
  /** The request one person's idempotency key created, if they used it before. */
  idempotencyRecord(organisationId: string, userId: string, key: string): Promise<Versioned<IdempotencyRecord> | undefined>;
  /** The writes that index a new request under its requester (written in the same transaction). */
  requestIndexOps(request: ProjectRequest, write?: 'create' | 'upsert'): WriteOperation[];
  /** The writes that store a decision, and its copy under the meeting it was taken in. */
  decisionOps(decision: Decision, write?: 'create' | 'upsert'): WriteOperation[];
  decisionIndexOps(decision: Decision, write?: 'create' | 'upsert'): WriteOperation[];
  organisationForTenant(tenantId: string): Promise<Organisation | undefined>;
  /** Saves an organisation and the links from its tenants (administration and demo seeding). */
  saveOrganisation(organisation: Organisation): Promise<void>;
  listOrganisationIds(): Promise<string[]>;
  /** Checks storage answers (readiness). */
  ping(): Promise<void>;
}
