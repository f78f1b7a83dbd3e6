/** A stored piece of bot state and the version (ETag) it was read at. */
export interface StoredState<T> {
  value: T;
  etag: string;
}

/**
 * Where the conversation keeps its state (each officer's draft with the activities it handled,
 * conversation references, set-aside drafts).
 * Writes name the version they replace, so two turns for the same officer cannot overwrite
 * each other's answers; a stale write fails with AppError `precondition_failed`.
 */
export interface BotStateStore {
  readState<T>(key: string): Promise<StoredState<T> | undefined>;
  /** `etag` is the version read, `null` when the key must not exist yet, or `'*'` to write regardless. */
  writeState<T>(key: string, value: T, etag: string | null): Promise<string>;
  deleteState(key: string): Promise<void>;
}

/** Keys of bot state, one place so every reader and writer agrees. */
export const stateKeys = {
  /** The officer's state: the intake draft and the activities handled (officer-state.ts). */
  draft: (organisationId: string, userId: string) => `draft/${organisationId}/${userId}`,
  conversation: (organisationId: string, userId: string) => `conversation/${organisationId}/${userId}`,
  /** The last draft the officer stopped or started again over (restorable for 30 days). */
  setAside: (organisationId: string, userId: string) => `set-aside-draft/${organisationId}/${userId}`,
};
