import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line and span of one piece of work shares. */
export interface Correlation {
  /** The Teams activity id, the caller's `x-correlation-id`, or a new id. */
  id: string;
  /** Where the work came from: `http` or `teams`. */
  source: 'http' | 'teams';
}

const storage = new AsyncLocalStorage<Correlation>();
// Ids arrive from outside (headers, activities): keep them short and printable.
const SAFE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** Runs `work` (and everything it awaits: storage calls, Graph, logs) under one correlation id. */
export function withCorrelation<T>(correlation: Correlation, work: () => T): T {
  return storage.run(correlation, work);
}

/** The correlation of the work running now, if any. */
export function currentCorrelation(): Correlation | undefined {
  return storage.getStore();
}

/** An incoming id when it is safe to log and echo, else a new one. */
export function correlationIdFrom(candidate: unknown): string {
  return typeof candidate === 'string' && SAFE_ID.test(candidate) ? candidate : randomUUID();
}
