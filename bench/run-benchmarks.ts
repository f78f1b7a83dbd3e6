import { readdirSync } from 'node:fs';
import path from 'node:path';
import { summarise, type BenchComparison } from './bench-harness';

/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchComparison[]>`)
 * and prints Entrance Hall beside the bare platform as a ratio. Names on the command line pick files.
 */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
    .sort();
  const rows: string[] = [];
  for (const file of files) {
    process.stdout.write(`Running ${file}…\n`);
    const module = (await import(path.join(__dirname, file))) as { run: () => Promise<BenchComparison[]> };
    for (const comparison of await module.run()) {
      const s = summarise(comparison);
      const verdict = s.target === undefined ? '' : s.ratio <= s.target ? `  (aim ≤ ${s.target}×: met)` : `  (aim ≤ ${s.target}×: NOT met)`;
      rows.push(
        `${s.name}\n    Entrance Hall p50 ${s.productP50.toFixed(1)} ms, p99 ${s.productP99.toFixed(1)} ms | ${s.baseline} p50 ${s.baselineP50.toFixed(1)} ms, p99 ${s.baselineP99.toFixed(1)} ms | ratio ${s.ratio.toFixed(2)}×${verdict}`,
        ...(s.notes ?? []).map((note) => `    ${note}`),
      );
    }
  }
  process.stdout.write(`\nBenchmarks (product beside bare platform, same run)\n${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
