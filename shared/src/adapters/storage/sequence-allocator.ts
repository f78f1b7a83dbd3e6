import { AppError, appErrors } from '../errors/app-error';
import { encodeKey, rowKey } from './keys';
import { organisationPartition, type TableStore } from './table-store';

/** The counter record: the highest number handed out so far. */
export interface Counter {
  id: string;
  organisationId: string;
  value: number;
}

const COUNTER_KIND = 'counter';
const MAX_RESERVE_ATTEMPTS = 40;

interface Waiter {
  resolve: (value: number) => void;
  reject: (error: unknown) => void;
}

interface Sequence {
  /** Numbers reserved here but not used (a create that failed gave its number back). */
  spare: number[];
  waiting: Waiter[];
  reserving: boolean;
}

/**
 * Hands out numbers from a counter record (`counter|request-2026`) so that creates do not queue
 * on it. Only one reservation per counter is in flight in a process; every create that asks
 * meanwhile waits for the next one, which reserves all their numbers with a single ETag-checked
 * write. 500 creates at once therefore cost a handful of counter writes, not 500 rounds of
 * contention. Several instances each do the same; when two write the counter at once, the loser
 * reads it again and retries after a random pause.
 *
 * Nothing is reserved ahead of demand, so a restart loses no block of numbers. A number is
 * skipped only when a create fails after reserving it and this process stops before another
 * create reuses it (failed creates give their number back, and spare numbers go first).
 */
export class SequenceAllocator {
  private readonly sequences = new Map<string, Sequence>();

  constructor(
    private readonly store: TableStore,
    private readonly random: () => number = Math.random,
  ) {}

  /** The next number of counter `name` in the organisation (1 for a new counter). */
  next(organisationId: string, name: string): Promise<number> {
    const sequence = this.sequenceOf(organisationId, name);
    const spare = takeSmallest(sequence.spare);
    if (spare !== undefined) return Promise.resolve(spare);
    return new Promise<number>((resolve, reject) => {
      sequence.waiting.push({ resolve, reject });
      if (!sequence.reserving) void this.reserveForWaiting(organisationId, name, sequence);
    });
  }

  /** Returns a number whose create did not happen, so the next create uses it. */
  giveBack(organisationId: string, name: string, value: number): void {
    const sequence = this.sequenceOf(organisationId, name);
    const waiter = sequence.waiting.shift();
    if (waiter) waiter.resolve(value);
    else sequence.spare.push(value);
  }

  private sequenceOf(organisationId: string, name: string): Sequence {
    const key = `${organisationId}\u0000${name}`;
    let sequence = this.sequences.get(key);
    if (!sequence) {
      sequence = { spare: [], waiting: [], reserving: false };
      this.sequences.set(key, sequence);
    }
    return sequence;
  }

  /** Serves everyone waiting, one counter write per round, until nobody is. Never rejects. */
  private async reserveForWaiting(organisationId: string, name: string, sequence: Sequence): Promise<void> {
    sequence.reserving = true;
    try {
      while (sequence.waiting.length > 0) {
        const waiters = sequence.waiting.splice(0);
        try {
          const first = await this.reserve(organisationId, name, waiters.length);
          waiters.forEach((waiter, index) => waiter.resolve(first + index));
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
      }
    } finally {
      sequence.reserving = false;
    }
  }

  /** Moves the counter on by `count` with an ETag-checked write; returns the first number reserved. */
  private async reserve(organisationId: string, name: string, count: number): Promise<number> {
    const partition = organisationPartition(organisationId);
    const key = rowKey(COUNTER_KIND, encodeKey(name));
    for (let attempt = 1; attempt <= MAX_RESERVE_ATTEMPTS; attempt += 1) {
      const current = await this.store.get<Counter>(partition, key);
      const value = (current?.value.value ?? 0) + count;
      const record: Counter = { id: name, organisationId, value };
      try {
        await this.store.write(partition, [current ? { op: 'replace', rowKey: key, record, etag: current.etag } : { op: 'create', rowKey: key, record }], 'counter');
        return value - count + 1;
      } catch (error) {
        if (!(error instanceof AppError) || (error.code !== 'precondition_failed' && error.code !== 'conflict')) throw error;
        // Another instance moved the counter first: wait a random while, read it again.
        await sleep(this.random() * Math.min(500, 5 * 2 ** Math.min(attempt, 7)));
      }
    }
    throw appErrors.storageUnavailable('Too many requests are being numbered at this moment. Nothing was saved; please submit again.');
  }
}

function takeSmallest(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  let index = 0;
  for (let candidate = 1; candidate < values.length; candidate += 1) if (values[candidate]! < values[index]!) index = candidate;
  return values.splice(index, 1)[0];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
