import type { Versioned } from '../ports/versioned';
import type { Application } from './application';

/**
 * One CSV import of applications. Table Storage commits at most 100 writes at once, so a large
 * file is written in several transactions; its rows stay hidden (`staged`) until the last write
 * turns the import `published` in one write, so a reader sees none of the file or all of it, even
 * while it is being written or if the server stops half way.
 */
export interface ApplicationImport {
  id: string;
  organisationId: string;
  status: 'staged' | 'published';
  /** How many applications the file adds. */
  rows: number;
  startedAt: string;
  by: { id: string; name: string };
}

/** The applications a reader may see: those not imported, and those whose import was published. */
export function visibleApplications(records: readonly Versioned<Application>[], imports: readonly Versioned<ApplicationImport>[]): Versioned<Application>[] {
  const published = new Set(imports.filter((record) => record.value.status === 'published').map((record) => record.value.id));
  return records.filter((record) => record.value.importedIn === undefined || published.has(record.value.importedIn));
}
