export interface RetrySchedule {
  /** The delay before the second try, in ms. */
  baseMs: number;
  /** No wait is ever longer than this, in ms. */
  maxMs: number;
}

/**
 * How long to wait after the `attempt`-th failed try: exponential (base, 2×base, 4×base, …, capped
 * at max), with "equal jitter" so retries from many notifications spread out: a random wait
 * between half the step and the whole step. Never longer than `maxMs`, so once the other side is
 * back, every pending notification is tried again within `maxMs`.
 */
export function retryDelay(attempt: number, schedule: RetrySchedule, random: () => number = Math.random): number {
  const step = Math.min(schedule.maxMs, schedule.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(step / 2 + random() * (step / 2));
}
