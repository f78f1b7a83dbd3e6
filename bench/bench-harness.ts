import { performance } from 'node:perf_hooks';

/** One measured comparison: Entrance Hall doing a piece of work beside the bare platform doing the same. */
export interface BenchComparison {
  name: string;
  /** What the bare-platform side does, in words. */
  baseline: string;
  /** Milliseconds per run, product and baseline, measured in the same process and run. */
  productMs: number[];
  baselineMs: number[];
  /** The ratio the issue aims for, if any (e.g. 1.3). */
  target?: number;
  /** Other figures worth printing beside the timings (throughput, error counts). */
  notes?: string[];
}

export interface BenchSummary {
  name: string;
  baseline: string;
  productP50: number;
  productP99: number;
  baselineP50: number;
  baselineP99: number;
  ratio: number;
  target?: number;
  notes?: string[];
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarise(comparison: BenchComparison): BenchSummary {
  const productP50 = percentile(comparison.productMs, 50);
  const baselineP50 = percentile(comparison.baselineMs, 50);
  return {
    name: comparison.name,
    baseline: comparison.baseline,
    productP50,
    productP99: percentile(comparison.productMs, 99),
    baselineP50,
    baselineP99: percentile(comparison.baselineMs, 99),
    ratio: productP50 / baselineP50,
    target: comparison.target,
    ...(comparison.notes ? { notes: comparison.notes } : {}),
  };
}

/** Times `work` `runs` times after `warmup` untimed runs; product and baseline are interleaved by the caller. */
export async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs product and baseline alternately so machine noise falls on both alike. */
export async function compare(
  name: string,
  baseline: string,
  product: () => Promise<unknown>,
  bare: () => Promise<unknown>,
  options: { runs?: number; warmup?: number; target?: number } = {},
): Promise<BenchComparison> {
  const runs = options.runs ?? 20;
  for (let index = 0; index < (options.warmup ?? 3); index += 1) {
    await product();
    await bare();
  }
  const productMs: number[] = [];
  const baselineMs: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    productMs.push(await time(product));
    baselineMs.push(await time(bare));
  }
  return { name, baseline, productMs, baselineMs, ...(options.target !== undefined ? { target: options.target } : {}) };
}
