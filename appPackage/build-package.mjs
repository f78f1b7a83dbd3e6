// `npm run package [-- --env <name> | --env-file <file>]`: builds appPackage/build/appPackage.<env>.zip
// (the Teams app) and appPackage/build/word-manifest.<env>.xml (the Word add-in, with that
// deployment's https URLs) from appPackage/env/.env.<env>, after validating both. The work is in
// shared/tooling/deployment/package-cli.ts, run with tsx because it loads the add-in's TypeScript
// manifest renderer.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const run = spawnSync(process.execPath, [tsx, path.join(root, 'shared/tooling/deployment/package-cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
