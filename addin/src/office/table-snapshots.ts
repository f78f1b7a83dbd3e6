import type { TableSnapshot } from '@entrance-hall/shared/reports/summarise-table-changes';

/** The document's own record of its Entrance Hall tables, by content-control tag. */
export type SnapshotsByTag = Record<string, TableSnapshot>;

export interface TableSnapshotStore {
  /** False when Word offers no place in the document to keep them (changes can then not be summarised after reopening). */
  persistent: boolean;
  read: () => SnapshotsByTag;
  write: (snapshots: SnapshotsByTag) => Promise<void>;
}

/** The part of `Office.Settings` the store needs. */
export interface DocumentSettings {
  get: (name: string) => unknown;
  set: (name: string, value: unknown) => void;
  saveAsync: (callback?: (result: { status: string; error?: { message: string } }) => void) => void;
}

const SETTING = 'entranceHall.tables';

/**
 * Keeps the snapshots in the document's hidden add-in settings (saved with the document), so the
 * next refresh can say what changed. Without settings, they last as long as the task pane is open.
 */
export function createTableSnapshotStore(settings: DocumentSettings | undefined): TableSnapshotStore {
  if (!settings) {
    let memory: SnapshotsByTag = {};
    return { persistent: false, read: () => memory, write: async (snapshots) => void (memory = snapshots) };
  }
  return {
    persistent: true,
    read: () => {
      const value = settings.get(SETTING);
      return value && typeof value === 'object' ? (value as SnapshotsByTag) : {};
    },
    write: (snapshots) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTING, snapshots);
        settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'The document settings could not be saved.')) : resolve()));
      }),
  };
}

/** The store for the open document, from Office's settings where Word offers them. */
export function documentSnapshotStore(): TableSnapshotStore {
  const settings = typeof Office !== 'undefined' ? (Office.context?.document?.settings as DocumentSettings | undefined) : undefined;
  return createTableSnapshotStore(settings);
}
