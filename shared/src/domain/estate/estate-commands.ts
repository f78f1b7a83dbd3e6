import { diffFields } from '../audit/audit-event';
import { assertCurrentVersion, commitChange, commitOperations } from '../context/commit-change';
import { actorOf, buildAuditEvent, type DomainContext } from '../context/domain-context';
import { appErrors, isAppError, type FieldError } from '../errors/app-error';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { getRequest } from '../requests/read-requests';
import { MAX_WRITES_PER_COMMIT, type WriteOperation } from '../ports/repositories';
import type { Versioned } from '../ports/versioned';
import { applyMergePatch } from '../validation/merge-patch';
import { parseInput } from '../validation/parse-input';
import {
  checkApplicationRules,
  createApplicationSchema,
  normaliseApplicationName,
  updateApplicationSchema,
  type Application,
  type ApplicationFields,
  type Capability,
} from './application';
import type { ApplicationFilter } from './application';
import { parseApplicationCsv, writeApplicationCsv, type RefusedRow } from './application-csv';
import { visibleApplications, type ApplicationImport } from './application-import';
import { removeAbandonedImports, removeImport } from './remove-abandoned-imports';
import { overlapNoteInputSchema, type OverlapNote } from './overlap-note';
import { rankOverlaps, type OverlapMatch, type OverlapRequest, type OverlapResult } from './rank-overlaps';
import { estateTargetFieldsSchema, summariseEstate, type EstateSummary, type EstateTarget } from './summarise-estate';

/** The one target record of an organisation. */
export const ESTATE_TARGET_ID = 'current';


function matchesFilter(application: Application, filter: ApplicationFilter): boolean {
  const retired = application.retiredOn !== undefined;
  if (filter.retired === undefined && retired) return false;
  if (filter.retired === 'only' && !retired) return false;
  return (filter.capability === undefined || application.capability === filter.capability) && (filter.disposition === undefined || application.disposition === filter.disposition);
}

/** The register, by name; applications retired from the estate only when asked for. */
export async function listApplications(context: DomainContext, principal: Principal, filter: ApplicationFilter = {}): Promise<Versioned<Application>[]> {
  assertCan(principal, 'applications:read');
  const records = await registerOf(context, principal.organisationId);
  return records.filter((record) => matchesFilter(record.value, filter)).sort((a, b) => a.value.name.localeCompare(b.value.name, 'en-GB'));
}

/** The register as CSV, as a spreadsheet opens it. */
export async function exportApplicationsCsv(context: DomainContext, principal: Principal, filter: ApplicationFilter = {}): Promise<string> {
  return writeApplicationCsv((await listApplications(context, principal, filter)).map((record) => record.value));
}

/**
 * The register as readers see it: applications added one at a time, and those of published
 * imports (an import still being written, or one that stopped half way, is not seen).
 */
async function registerOf(context: DomainContext, organisationId: string): Promise<Versioned<Application>[]> {
  const [records, imports] = await Promise.all([context.repos.applications.list(organisationId), context.repos.applicationImports.list(organisationId)]);
  return visibleApplications(records, imports);
}

/** One application, if readers may see it (see `registerOf`). */
async function findApplication(context: DomainContext, organisationId: string, id: string): Promise<Versioned<Application> | undefined> {
  const record = await context.repos.applications.get(organisationId, id);
  const importedIn = record?.value.importedIn;
  if (!record || importedIn === undefined) return record;
  const found = await context.repos.applicationImports.get(organisationId, importedIn);
  return visibleApplications([record], found ? [found] : [])[0];
}

export async function getApplication(context: DomainContext, principal: Principal, id: string): Promise<Versioned<Application>> {
  assertCan(principal, 'applications:read');
  const record = await findApplication(context, principal.organisationId, id);
  if (!record) throw appErrors.notFound(`Application ${id}`);
  return record;
}

async function existingNames(context: DomainContext, organisationId: string, exceptId?: string): Promise<Set<string>> {
  const records = await registerOf(context, organisationId);
  return new Set(records.filter((record) => record.value.id !== exceptId).map((record) => normaliseApplicationName(record.value.name)));
}

function assertRules(fields: ApplicationFields, names: ReadonlySet<string>): void {
  const errors: FieldError[] = checkApplicationRules(fields);
  if (names.has(normaliseApplicationName(fields.name))) errors.push({ field: 'name', message: `${fields.name} is already in the register.` });
  if (errors.length > 0) throw appErrors.validation(errors);
}

function newApplication(context: DomainContext, principal: Principal, fields: ApplicationFields, now: string): Application {
  return { ...fields, id: context.newId(), organisationId: principal.organisationId, addedOn: now.slice(0, 10), createdAt: now, updatedAt: now };
}

function createdOps(context: DomainContext, principal: Principal, application: Application, summary: string): WriteOperation[] {
  const event = buildAuditEvent(context, principal, 'application', application.id, 'created', summary, [], application.createdAt);
  return [context.repos.applications.createOp(application), context.repos.audit.createOp(event)];
}

export async function createApplication(context: DomainContext, principal: Principal, input: unknown): Promise<Versioned<Application>> {
  assertCan(principal, 'applications:manage', 'Only ICT and administrators can change the application register.');
  const fields = parseInput(createApplicationSchema, input);
  assertRules(fields, await existingNames(context, principal.organisationId));
  const application = newApplication(context, principal, fields, context.now());
  const operations = createdOps(context, principal, application, `Added to the register by ${principal.name}`);
  const committed = await commitOperations(context, principal.organisationId, operations, 'application');
  return { value: application, etag: committed.etagOf(operations[0]!) };
}

/** A merge patch of an application's fields, from the version the client read. */
export async function updateApplication(context: DomainContext, principal: Principal, id: string, input: unknown, etag: string): Promise<Versioned<Application>> {
  assertCan(principal, 'applications:manage', 'Only ICT and administrators can change the application register.');
  const update = parseInput(updateApplicationSchema, input);
  const current = await getApplication(context, principal, id);
  assertCurrentVersion(current, etag, 'application');
  const now = context.now();
  const next: Application = { ...applyMergePatch(current.value, update), updatedAt: now };
  assertRules(next, update.name !== undefined ? await existingNames(context, principal.organisationId, id) : new Set());
  const changes = diffFields(current.value, next);
  const event = buildAuditEvent(context, principal, 'application', id, 'updated', `Updated by ${principal.name}`, changes, now);
  const replace = context.repos.applications.replaceOp(next, etag);
  const committed = await commitChange(context, principal.organisationId, [replace, context.repos.audit.createOp(event)], 'application', () => context.repos.applications.get(principal.organisationId, id));
  return { value: next, etag: committed.etagOf(replace) };
}

export interface ImportReport {
  imported: number;
  items: { row: number; id: string; name: string }[];
}

/** Two writes per application (it and its audit event), and the import's own write, in each transaction. */
const APPLICATIONS_PER_TRANSACTION = Math.floor((MAX_WRITES_PER_COMMIT - 1) / 2);

function refusedInWords(refused: readonly RefusedRow[]): FieldError[] {
  return refused.flatMap((row) =>
    row.errors.map((error) => ({ field: `line ${row.row}.${error.field}`, message: `Line ${row.row}${row.name ? ` (${row.name})` : ''}: ${error.message}` })),
  );
}

/**
 * Adds the applications of a CSV file, all or nothing. Every row is checked first; if any is
 * refused, the answer lists each refused line and why, and nothing is stored. Table Storage
 * commits at most 100 writes at once, so the rows are written in several transactions under a
 * staged import, and appear together when one last write publishes it (`application-import.ts`):
 * no reader sees part of the file, while it is written or if the server stops half way. Each
 * transaction rewrites the import, ETag-checked, so an import given up as abandoned is never
 * written to again. If a write fails, the rows already written are removed again before the error
 * is answered; what a stopped server left is removed once abandoned (`remove-abandoned-imports.ts`),
 * by the next import into the register or the hourly clean-up.
 */
export async function importApplications(context: DomainContext, principal: Principal, csv: string): Promise<ImportReport> {
  assertCan(principal, 'applications:manage', 'Only ICT and administrators can change the application register.');
  await removeAbandonedImports(context, principal.organisationId);
  const parsed = parseApplicationCsv(csv, await existingNames(context, principal.organisationId));
  if (parsed.refused.length > 0) {
    throw appErrors.validation(
      refusedInWords(parsed.refused),
      `${parsed.refused.length} of ${parsed.refused.length + parsed.accepted.length} lines were refused; nothing was imported. Correct them and import the file again.`,
    );
  }
  const now = context.now();
  const staged: ApplicationImport = { id: context.newId(), organisationId: principal.organisationId, status: 'staged', rows: parsed.accepted.length, startedAt: now, lastWrittenAt: now, by: actorOf(principal) };
  const created = parsed.accepted.map(({ row, fields }) => ({ row, application: { ...newApplication(context, principal, fields, now), importedIn: staged.id } }));
  const start = context.repos.applicationImports.createOp(staged);
  const [stagedEtag] = await context.repos.commit(principal.organisationId, [start], 'application import');
  let current: Versioned<ApplicationImport> = { value: staged, etag: stagedEtag! };
  try {
    for (let first = 0; first < created.length; first += APPLICATIONS_PER_TRANSACTION) {
      const batch = created.slice(first, first + APPLICATIONS_PER_TRANSACTION).flatMap(({ application }) => createdOps(context, principal, application, `Imported from CSV by ${principal.name}`));
      const touched: ApplicationImport = { ...current.value, lastWrittenAt: context.now() };
      const touch = context.repos.applicationImports.replaceOp(touched, current.etag);
      const committed = await commitOperations(context, principal.organisationId, [touch, ...batch], 'application');
      current = { value: touched, etag: committed.etagOf(touch) };
    }
    await context.repos.commit(principal.organisationId, [context.repos.applicationImports.replaceOp({ ...current.value, status: 'published', lastWrittenAt: context.now() }, current.etag)], 'application import');
  } catch (error) {
    // The error answered is the write's; if removing fails too, the import is removed once abandoned.
    const removed = await removeImport(context, principal.organisationId, current).catch(() => undefined);
    if (removed === false && isAppError(error) && (error.code === 'precondition_failed' || error.code === 'not_found')) {
      throw appErrors.conflict('The import stopped for over an hour and was given up; nothing was imported. Import the file again.');
    }
    throw error;
  }
  return { imported: created.length, items: created.map(({ row, application }) => ({ row, id: application.id, name: application.name })) };
}

/** The strategy's target for the estate, if one is set. */
export async function getEstateTarget(context: DomainContext, principal: Principal): Promise<Versioned<EstateTarget> | undefined> {
  assertCan(principal, 'applications:read');
  return context.repos.estateTargets.get(principal.organisationId, ESTATE_TARGET_ID);
}

/** Sets the target (baseline, target count and dates) from the strategy; administrators and ICT. */
export async function setEstateTarget(context: DomainContext, principal: Principal, input: unknown, etag: string | undefined): Promise<Versioned<EstateTarget>> {
  assertCan(principal, 'applications:manage', 'Only ICT and administrators can set the estate target.');
  const fields = parseInput(estateTargetFieldsSchema, input);
  const current = await context.repos.estateTargets.get(principal.organisationId, ESTATE_TARGET_ID);
  if (current && etag === undefined) throw appErrors.preconditionRequired();
  if (current) assertCurrentVersion(current, etag!, 'estate target');
  const target: EstateTarget = { ...fields, id: ESTATE_TARGET_ID, organisationId: principal.organisationId, updatedAt: context.now() };
  const operation = current ? context.repos.estateTargets.replaceOp(target, etag!) : context.repos.estateTargets.createOp(target);
  const committed = await commitChange(context, principal.organisationId, [operation], 'estate target', () => context.repos.estateTargets.get(principal.organisationId, ESTATE_TARGET_ID));
  return { value: target, etag: committed.etagOf(operation) };
}

/** Every request of the organisation as the overlap search sees it (titles and stages only leave this module). */
async function overlapRequests(context: DomainContext, organisationId: string): Promise<OverlapRequest[]> {
  return (await context.repos.requests.list(organisationId)).map(({ value }) => ({
    id: value.id,
    title: value.title,
    problem: value.problem,
    proposedOutcome: value.proposedOutcome,
    serviceArea: value.serviceArea,
    stage: value.stage,
    systemsTouched: value.systemsTouched,
    systemsReplaced: value.systemsReplaced,
  }));
}

/** The estate's summary on today's date: counts, the target, contracts ending and their cover. */
export async function getEstateSummary(context: DomainContext, principal: Principal): Promise<EstateSummary> {
  assertCan(principal, 'applications:read');
  const [applications, target, requests, notes] = await Promise.all([
    registerOf(context, principal.organisationId),
    context.repos.estateTargets.get(principal.organisationId, ESTATE_TARGET_ID),
    overlapRequests(context, principal.organisationId),
    context.repos.overlapNotes.list(principal.organisationId),
  ]);
  return summariseEstate(
    applications.map((record) => record.value),
    target?.value,
    requests,
    notes.map((record) => record.value),
    context.now().slice(0, 10),
  );
}

export type OverlapWithNote = OverlapMatch & { note?: Pick<OverlapNote, 'verdict' | 'reason' | 'by' | 'at'> };

export interface OverlapAnswer extends Omit<OverlapResult, 'applications' | 'requests'> {
  applications: OverlapWithNote[];
  requests: OverlapWithNote[];
}

/**
 * Overlaps for words an officer typed before a request exists (the bot's intake). Anyone signed
 * in may ask: only names, capabilities and stages come back, never another requester's details.
 */
export async function findOverlapsForText(context: DomainContext, principal: Principal, text: string, capability?: Capability): Promise<OverlapResult> {
  assertCan(principal, 'requests:create');
  const [applications, requests] = await Promise.all([registerOf(context, principal.organisationId), overlapRequests(context, principal.organisationId)]);
  return rankOverlaps({ text, ...(capability ? { capability } : {}) }, applications.map((record) => record.value), requests);
}

function requestText(request: { title: string; problem: string; proposedOutcome: string; systemsReplaced: readonly string[]; systemsTouched: readonly string[] }): string {
  return [request.title, request.problem, request.proposedOutcome, ...request.systemsReplaced, ...request.systemsTouched].join('\n');
}

/** The overlaps of a request the principal can see, with what has been said about each so far. */
export async function findRequestOverlaps(context: DomainContext, principal: Principal, requestId: string): Promise<OverlapAnswer> {
  const request = (await getRequest(context, principal, requestId)).value;
  const [applications, requests, notes] = await Promise.all([
    registerOf(context, principal.organisationId),
    overlapRequests(context, principal.organisationId),
    context.repos.overlapNotes.list(principal.organisationId, requestId),
  ]);
  const result = rankOverlaps({ text: requestText(request), excludeRequestId: request.id }, applications.map((record) => record.value), requests);
  const noteFor = new Map(notes.map(({ value }) => [`${value.target.kind}:${value.target.id}`, value]));
  const withNote = (match: OverlapMatch): OverlapWithNote => {
    const note = noteFor.get(`${match.kind}:${match.id}`);
    return note ? { ...match, note: { verdict: note.verdict, ...(note.reason ? { reason: note.reason } : {}), by: note.by, at: note.at } } : match;
  };
  // A note on something no longer suggested (renamed, retired) is still shown, so ICT sees every answer.
  const shown = new Set([...result.applications, ...result.requests].map((match) => `${match.kind}:${match.id}`));
  const earlier = notes
    .map(({ value }) => value)
    .filter((note) => !shown.has(`${note.target.kind}:${note.target.id}`))
    .map((note) => ({ kind: note.target.kind, id: note.target.id, name: note.target.name, relevance: 0, reasons: ['Noted earlier'], note: { verdict: note.verdict, ...(note.reason ? { reason: note.reason } : {}), by: note.by, at: note.at } }));
  return {
    ...result,
    applications: [...result.applications.map(withNote), ...earlier.filter((match) => match.kind === 'application')],
    requests: [...result.requests.map(withNote), ...earlier.filter((match) => match.kind === 'request')],
  };
}

/**
 * Records "this replaces X" or "this is different because…" on a request, about an application
 * or another request. The requester may say it about their own request while it is early on;
 * ICT at any time. Saying it again replaces what was said.
 */
export async function recordOverlapNote(context: DomainContext, principal: Principal, requestId: string, targetId: string, input: unknown): Promise<OverlapNote> {
  const request = (await getRequest(context, principal, requestId)).value;
  const own = request.requester.id === principal.id && can(principal, 'requests:update-own');
  if (!can(principal, 'requests:update') && !own) throw appErrors.forbidden('Only the requester or ICT can say how a request overlaps.');
  const noteInput = parseInput(overlapNoteInputSchema, input);
  const application = await findApplication(context, principal.organisationId, targetId);
  const other = application ? undefined : await context.repos.requests.get(principal.organisationId, targetId);
  if ((!application && !other) || targetId === requestId) throw appErrors.notFound(`Application or request ${targetId}`);
  const target = application
    ? { kind: 'application' as const, id: targetId, name: application.value.name }
    : { kind: 'request' as const, id: targetId, name: other!.value.title };
  const now = context.now();
  const note: OverlapNote = { id: targetId, organisationId: principal.organisationId, requestId, target, verdict: noteInput.verdict, ...(noteInput.reason ? { reason: noteInput.reason } : {}), by: actorOf(principal), at: now };
  const summary = note.verdict === 'replaces' ? `Noted that it replaces ${target.name}` : `Noted that it is different from ${target.name}: ${note.reason}`;
  const event = buildAuditEvent(context, principal, 'request', requestId, 'updated', summary, [], now);
  await context.repos.commit(principal.organisationId, [context.repos.overlapNotes.upsertOp(note), context.repos.audit.createOp(event)], 'overlap note');
  return note;
}
