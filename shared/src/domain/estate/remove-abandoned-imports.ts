import { commitOperations } from '../context/commit-change';
import type { DomainContext } from '../context/domain-context';
import { isAppError } from '../errors/app-error';
import { MAX_WRITES_PER_COMMIT, type WriteOperation } from '../ports/repositories';
import type { Versioned } from '../ports/versioned';
import { isAbandonedImport, type ApplicationImport } from './application-import';

/** Deletes per transaction: the rest of it is the ETag-checked write of the import itself. */
const DELETES_PER_TRANSACTION = MAX_WRITES_PER_COMMIT - 1;

/** The rows written under an import: its applications and their audit events. */
async function rowsOf(context: DomainContext, organisationId: string, importId: string): Promise<string[]> {
  const [applications, audit] = await Promise.all([context.repos.applications.list(organisationId), context.repos.audit.list(organisationId, 'application')]);
  const ids = new Set(applications.filter((record) => record.value.importedIn === importId).map((record) => record.value.id));
  return [
    ...applications.filter((record) => ids.has(record.value.id)).map((record) => context.repos.applications.rowKeyOf(record.value)),
    ...audit.filter((record) => ids.has(record.value.entityId)).map((record) => context.repos.audit.rowKeyOf(record.value)),
  ];
}

/**
 * Removes an unpublished import: every row written under it (found in storage, so a write whose
 * answer was lost is removed too), then the import. `record` must have been read before the rows:
 * each transaction rewrites the import with the ETag last read, so the first one is refused if its
 * writer wrote anything since (it is alive after all) and, once it succeeds, the writer's next
 * write or publication is refused: nothing of a removed import is ever published. Two removers at
 * once do not both delete: the second one's write is refused. Returns false, with nothing more
 * removed, when someone else wrote the import first.
 */
export async function removeImport(context: DomainContext, organisationId: string, record: Versioned<ApplicationImport>): Promise<boolean> {
  const imports = context.repos.applicationImports;
  const rowKeys = await rowsOf(context, organisationId, record.value.id);
  let current = record;
  let first = 0;
  try {
    do {
      const now = context.now();
      const value: ApplicationImport = { ...current.value, removingSince: current.value.removingSince ?? now, lastWrittenAt: now };
      const claim = imports.replaceOp(value, current.etag);
      const deletes = rowKeys.slice(first, first + DELETES_PER_TRANSACTION).map((rowKey): WriteOperation => ({ op: 'delete', rowKey }));
      const committed = await commitOperations(context, organisationId, [claim, ...deletes], 'application import');
      current = { value, etag: committed.etagOf(claim) };
      first += DELETES_PER_TRANSACTION;
    } while (first < rowKeys.length);
    await context.repos.commit(organisationId, [{ op: 'delete', rowKey: imports.rowKeyOf(current.value) }], 'application import');
    return true;
  } catch (error) {
    // Its writer wrote again, or another remover is on it (or has finished): theirs to finish.
    if (isAppError(error) && (error.code === 'precondition_failed' || error.code === 'not_found')) return false;
    throw error;
  }
}

/**
 * Removes the organisation's abandoned imports (`isAbandonedImport`) and every row written under
 * them, so rows of an import that never finished do not stay in storage, unseen, for ever. Runs
 * before each import and in the server's hourly clean-up; returns how many imports it removed.
 */
export async function removeAbandonedImports(context: DomainContext, organisationId: string): Promise<number> {
  const now = context.now();
  const abandoned = (await context.repos.applicationImports.list(organisationId)).filter((record) => isAbandonedImport(record.value, now));
  let removed = 0;
  for (const record of abandoned) {
    if (await removeImport(context, organisationId, record)) removed += 1;
  }
  return removed;
}
