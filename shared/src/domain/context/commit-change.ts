import { AppError, appErrors } from '../errors/app-error';
import type { WriteOperation } from '../ports/repositories';
import type { Versioned } from '../ports/versioned';
import type { DomainContext } from './domain-context';

/**
 * What a commit wrote: the new ETag of each operation, looked up by the operation itself, so no
 * caller picks an ETag by its position in the list.
 */
export class Committed {
  constructor(
    private readonly operations: readonly WriteOperation[],
    private readonly etags: readonly string[],
  ) {}

  etagOf(operation: WriteOperation): string {
    const etag = this.etags[this.operations.indexOf(operation)];
    if (etag === undefined) throw new AppError('internal', 'An ETag was asked for a write that was not part of the commit.');
    return etag;
  }
}

/** Commits operations to one organisation's data, all or nothing. */
export async function commitOperations(context: DomainContext, organisationId: string, operations: readonly WriteOperation[], what: string): Promise<Committed> {
  return new Committed(operations, await context.repos.commit(organisationId, operations, what));
}

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
): Promise<Committed> {
  try {
    return await commitOperations(context, organisationId, operations, what);
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
