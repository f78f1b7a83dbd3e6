import { retryDelay } from './retry-delay';

const DEFAULTS = { baseMs: 2_000, maxMs: 30_000 };

describe('the retry schedule of a notification', () => {
  it('doubles from the base, between half and all of each step', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, DEFAULTS, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, DEFAULTS, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the maximum, however many tries failed', () => {
    for (const attempt of [5, 6, 10, 100, 10_000]) {
      expect(retryDelay(attempt, DEFAULTS, () => 1)).toBe(30_000);
      expect(retryDelay(attempt, DEFAULTS, () => 0)).toBe(15_000);
    }
  });

  it('with the defaults, a 40 s Teams outage is followed by a try within 30 s of Teams coming back', () => {
    // Worst case: the jitter always picks the longest wait. Tries happen at these times (ms).
    const tries = [0];
    for (let attempt = 1; tries.at(-1)! < 40_000 + 60_000; attempt += 1) tries.push(tries.at(-1)! + retryDelay(attempt, DEFAULTS, () => 1));
    const firstAfterRecovery = tries.find((time) => time >= 40_000)!;
    expect(firstAfterRecovery - 40_000).toBeLessThanOrEqual(30_000);
  });
});
