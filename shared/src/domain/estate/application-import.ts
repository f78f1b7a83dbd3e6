import type { Versioned } from '../ports/versioned';
import type { Application } from './application';

/**
 * One CSV import of applications. Table Storage commits at most 100 writes at once, so a large
 * file is written in several transactions; its rows stay hidden (`staged`) until the last write
 * turns the import `published` in one write, so a reader sees none of the file or all of it, even
 * while it is being written or if the server stops half way.
 *
 * Every transaction of the import also rewrites this record (`lastWrittenAt`), ETag-checked: a
 * writer that has lost its import (see `isAbandonedImport`) cannot write another row or publish.
 */
export interface ApplicationImport {
  id: string;
  organisationId: string;
  status: 'staged' | 'published';
  /** How many applications the file adds. */
  rows: number;
  startedAt: string;
  by: { id: string; name: string };
  /** The last write under this import (its rows, or their removal); absent on imports written before it was kept. */
  lastWrittenAt?: string;
  /** Set by the first removal write: the import was given up and its rows are being removed; it is never published. */
  removingSince?: string;
}

/**
 * How long an unpublished import may go without a write before it counts as abandoned. An import
 * writes a transaction every few milliseconds (a 1,000-row file takes about a second), so an hour
 * with none means the server that wrote it stopped or gave up, never that it is still working.
 */
export const ABANDONED_IMPORT_AFTER_MS = 60 * 60 * 1000;

/**
 * The one rule for which imports are abandoned, and so removed with their rows: never published,
 * and nothing written under them for `ABANDONED_IMPORT_AFTER_MS` (a removal that stopped half way
 * is abandoned in turn, and finished by the next). A published import is never abandoned; one
 * written to within the hour (still being written, or just failed) is left alone.
 */
export function isAbandonedImport(record: Pick<ApplicationImport, 'status' | 'startedAt' | 'lastWrittenAt'>, now: string): boolean {
  if (record.status === 'published') return false;
  const lastWrite = Date.parse(record.lastWrittenAt ?? record.startedAt);
  return Number.isFinite(lastWrite) && Date.parse(now) - lastWrite >= ABANDONED_IMPORT_AFTER_MS;
}

/** The applications a reader may see: those not imported, and those whose import was published. */
export function visibleApplications(records: readonly Versioned<Application>[], imports: readonly Versioned<ApplicationImport>[]): Versioned<Application>[] {
  const published = new Set(imports.filter((record) => record.value.status === 'published').map((record) => record.value.id));
  return records.filter((record) => record.value.importedIn === undefined || published.has(record.value.importedIn));
}
