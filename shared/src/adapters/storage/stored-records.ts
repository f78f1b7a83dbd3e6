import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/actions/action';
import { AUDITED_ENTITIES } from '../../domain/audit/audit-event';
import { DECISION_OUTCOMES } from '../../domain/decisions/decision';
import { MEETING_STATUSES } from '../../domain/meetings/meeting';
import { STAGES } from '../../domain/requests/stage';
import { STRATEGY_STATUSES } from '../../domain/strategy/strategy';
import { AppError } from '../../domain/errors/app-error';
import { CAPABILITY_IDS, DISPOSITION_IDS } from '../../domain/estate/application';

/** The property every stored record carries: which shape of its kind it was written in. */
export const SCHEMA_VERSION_PROPERTY = 'schemaVersion';

/**
 * How one kind of record is stored: the shape it is read back in (checked on every read), its
 * current version, and the steps that bring a record of an older version up to date. A record
 * written before versions existed has no version property and is read as version 1.
 */
export interface StoredRecordShape {
  version: number;
  schema: z.ZodType<object>;
  /** `migrations[n]` turns a version-n record into version n + 1. */
  migrations?: Record<number, (record: Record<string, unknown>) => Record<string, unknown>>;
}

const text = z.string();
const id = z.string().min(1);
const timestamp = z.string().min(1);
const person = z.looseObject({ id, name: text });
/** Every record of an organisation's data names its id and organisation. */
const owned = <Shape extends z.ZodRawShape>(shape: Shape) => z.looseObject({ id, organisationId: id, ...shape });

/**
 * Each stored kind's shape (version 1: the records as written today). Only the fields the code
 * relies on are required; other fields pass through, so an optional field added later reads fine.
 * A change that old records do not meet gets a new version and a migration step.
 */
export const STORED_RECORDS: Record<string, StoredRecordShape> = {
  organisation: { version: 1, schema: z.looseObject({ id, name: text, tenantIds: z.array(text), serviceAreas: z.array(text) }) },
  strategy: { version: 1, schema: owned({ title: text, status: z.enum(STRATEGY_STATUSES), themes: z.array(z.looseObject({ id, title: text })) }) },
  action: { version: 1, schema: owned({ reference: text, title: text, status: z.enum(ACTION_STATUSES), dueDate: text }) },
  request: {
    version: 1,
    schema: owned({ title: text, stage: z.enum(STAGES), requester: person, createdAt: timestamp, updatedAt: timestamp }),
  },
  decision: { version: 1, schema: owned({ requestId: id, outcome: z.enum(DECISION_OUTCOMES), fromStage: z.enum(STAGES), toStage: z.enum(STAGES), recordedAt: timestamp }) },
  'meeting-decision': { version: 1, schema: owned({ requestId: id, outcome: z.enum(DECISION_OUTCOMES), recordedAt: timestamp }) },
  meeting: { version: 1, schema: owned({ title: text, status: z.enum(MEETING_STATUSES), agenda: z.array(text), startsAt: timestamp }) },
  risk: { version: 1, schema: owned({ title: text, likelihood: z.number(), impact: z.number(), status: z.enum(['open', 'closed']) }) },
  capacity: { version: 1, schema: owned({ quarterId: text, ictDays: z.number(), budget: z.number() }) },
  audit: { version: 1, schema: owned({ entity: z.enum(AUDITED_ENTITIES), entityId: id, kind: text, at: timestamp, actor: person }) },
  outbox: { version: 1, schema: owned({ requestId: id, status: z.enum(['pending', 'sent', 'failed']), at: timestamp, attempts: z.number() }) },
  counter: { version: 1, schema: owned({ value: z.number().int() }) },
  idempotency: { version: 1, schema: owned({ userId: id, requestId: id, bodyHash: text }) },
  'requester-request': { version: 1, schema: owned({ requesterId: id }) },
  'benefit-review': { version: 1, schema: owned({ requestId: id, benefitId: id, owner: person, label: text, dueOn: text }) },
  constitution: {
    version: 1,
    schema: owned({ delegation: z.array(z.looseObject({ decisionMaker: text, kind: text })), wholeLifeYears: z.number(), keyDecision: z.looseObject({}), forwardPlan: z.looseObject({}), forums: z.array(z.looseObject({ name: text })), updatedAt: timestamp }),
  },
  application: { version: 1, schema: owned({ name: text, capability: z.enum(CAPABILITY_IDS), disposition: z.enum(DISPOSITION_IDS), addedOn: text, serviceAreas: z.array(text) }) },
  'estate-target': { version: 1, schema: owned({ baselineCount: z.number(), baselineDate: text, targetCount: z.number(), targetDate: text }) },
  'application-import': { version: 1, schema: owned({ status: z.enum(['staged', 'published']), rows: z.number().int(), startedAt: timestamp, by: person }) },
  'overlap-note': { version: 1, schema: owned({ requestId: id, target: z.looseObject({ kind: z.enum(['application', 'request']), id, name: text }), verdict: z.enum(['replaces', 'different']), at: timestamp }) },
};

/** A stored record that cannot be read as its kind: named, with what is wrong, never passed on unchecked. */
export function unreadableRecord(kind: string, rowKey: string, problem: string): AppError {
  return new AppError('record_unreadable', `The stored ${kind} "${rowKey}" could not be read (${problem}). Nothing was changed; an administrator needs to look at this record.`);
}

/** The record with its version property added, as it is written. */
export function withSchemaVersion(kind: string, record: object): object {
  return { ...record, [SCHEMA_VERSION_PROPERTY]: shapeOf(kind).version };
}

/**
 * Reads a stored record as its kind's current shape: migrates an older version step by step,
 * then checks it with the kind's schema. Throws `record_unreadable` naming the record.
 */
export function readStoredRecord<T>(kind: string, rowKey: string, stored: Record<string, unknown>): T {
  return readWithShape<T>(shapeOf(kind), kind, rowKey, stored);
}

/** `readStoredRecord` for a given shape (the migration hook is tested with a shape of its own). */
export function readWithShape<T>(shape: StoredRecordShape, kind: string, rowKey: string, stored: Record<string, unknown>): T {
  const { [SCHEMA_VERSION_PROPERTY]: storedVersion = 1, ...fields } = stored;
  if (typeof storedVersion !== 'number' || !Number.isInteger(storedVersion) || storedVersion < 1) {
    throw unreadableRecord(kind, rowKey, `its schema version ${JSON.stringify(storedVersion)} is not a version`);
  }
  if (storedVersion > shape.version) {
    throw unreadableRecord(kind, rowKey, `it was written as version ${storedVersion}, newer than the version ${shape.version} this server reads`);
  }
  let record: Record<string, unknown> = fields;
  for (let version = storedVersion; version < shape.version; version += 1) {
    const migrate = shape.migrations?.[version];
    if (!migrate) throw unreadableRecord(kind, rowKey, `no migration from version ${version}`);
    record = migrate(record);
  }
  const parsed = shape.schema.safeParse(record);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ');
    throw unreadableRecord(kind, rowKey, problems);
  }
  return parsed.data as T;
}

function shapeOf(kind: string): StoredRecordShape {
  const shape = STORED_RECORDS[kind];
  if (!shape) throw new AppError('internal', `No stored shape is declared for the record kind "${kind}".`);
  return shape;
}
