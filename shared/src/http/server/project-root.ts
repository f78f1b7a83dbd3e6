import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding Entrance Hall's root package.json, found by walking up from `start`, so the
 * server finds tab/ and addin/ whether it runs from source (tsx) or from the bundle in bot/dist.
 */
export function findProjectRoot(start: string = __dirname): string {
  let directory = path.resolve(start);
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'entrance-hall') return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
}
