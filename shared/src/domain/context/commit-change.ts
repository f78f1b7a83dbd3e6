import { AppError, appErrors } from '../errors/app-error';
import type { WriteOperation } from '../storage/table-store';
import type { Versioned } from '../storage/versioned';
import type { DomainContext } from './domain-context';

/**
 * Commits a change to one organisation's partition. When someone else changed the record first,
 * the 412 carries the newer version (with its ETag), so the user can see what changed.
 */
export async function commitChange<T extends object>(
  context: DomainContext,
  organisationId: string,
  operations: readonly WriteOperation[],
  what: string,
  readCurrent: () => Promise<Versioned<T> | undefined>,
): Promise<string[]> {
  try {
    return await context.repos.commit(organisationId, operations, what);
  } catch (error) {
    if (error instanceof AppError && error.code === 'precondition_failed') {
      const current = await readCurrent();
      throw appErrors.staleWrite(what, current && { ...current.value, etag: current.etag });
    }
    throw error;
  }
}

/**
 * A change made from an old version is refused with 412 before any rule about the record's state
 * is checked, so two people acting on the same version always see "someone else changed this",
 * never a rule that only the other person's change made true.
 */
export function assertCurrentVersion<T extends object>(current: Versioned<T>, etag: string, what: string): void {
  if (current.etag !== etag) throw appErrors.staleWrite(what, { ...current.value, etag: current.etag });
}
