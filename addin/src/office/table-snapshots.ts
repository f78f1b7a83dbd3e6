import type { TableSnapshot } from '@entrance-hall/shared/domain/reports/summarise-table-changes';

/** The document's own record of its Entrance Hall tables, by content-control tag. */
export type SnapshotsByTag = Record<string, TableSnapshot>;

/** The tables as they stood when the author marked the report as published: the baseline for "since last report". */
export interface PublishedBaseline {
  /** When the author marked the report as published, ISO date-time. */
  publishedAt: string;
  tables: SnapshotsByTag;
}

export interface TableSnapshotStore {
  /** False when Word offers no place in the document to keep them (changes can then not be summarised after reopening). */
  persistent: boolean;
  /** The tables as at the last insert or refresh. */
  read: () => SnapshotsByTag;
  write: (snapshots: SnapshotsByTag) => Promise<void>;
  /** The published baseline, if the report was ever marked as published. */
  readPublished: () => PublishedBaseline | undefined;
  writePublished: (baseline: PublishedBaseline) => Promise<void>;
}

/** The part of `Office.Settings` the store needs. */
export interface DocumentSettings {
  get: (name: string) => unknown;
  set: (name: string, value: unknown) => void;
  saveAsync: (callback?: (result: { status: string; error?: { message: string } }) => void) => void;
}

const TABLES = 'entranceHall.tables';
const PUBLISHED = 'entranceHall.published';

/** Settings kept in the task pane's memory, for hosts without document settings. */
function memorySettings(): DocumentSettings {
  const values = new Map<string, unknown>();
  return { get: (name) => values.get(name), set: (name, value) => void values.set(name, value), saveAsync: (callback) => callback?.({ status: 'succeeded' }) };
}

/**
 * Keeps the snapshots — the last refresh and the published baseline — in the document's hidden
 * add-in settings (saved with the document), so the next refresh can say what changed. Without
 * settings, they last as long as the task pane is open.
 */
export function createTableSnapshotStore(documentSettings: DocumentSettings | undefined): TableSnapshotStore {
  const settings = documentSettings ?? memorySettings();
  const readObject = (name: string) => {
    const value = settings.get(name);
    return value && typeof value === 'object' ? value : undefined;
  };
  const save = (name: string, value: unknown) =>
    new Promise<void>((resolve, reject) => {
      settings.set(name, value);
      settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'The document settings could not be saved.')) : resolve()));
    });
  return {
    persistent: documentSettings !== undefined,
    read: () => (readObject(TABLES) as SnapshotsByTag | undefined) ?? {},
    write: (snapshots) => save(TABLES, snapshots),
    readPublished: () => readObject(PUBLISHED) as PublishedBaseline | undefined,
    writePublished: (baseline) => save(PUBLISHED, baseline),
  };
}

/** The store for the open document, from Office's settings where Word offers them. */
export function documentSnapshotStore(): TableSnapshotStore {
  const settings = typeof Office !== 'undefined' ? (Office.context?.document?.settings as DocumentSettings | undefined) : undefined;
  return createTableSnapshotStore(settings);
}
