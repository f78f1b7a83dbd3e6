// Builds the folder App Service runs, in infra/build/site (git-ignored): the bundled server
// (bot/dist/main.js), the built tab and task pane, the workspace package files, and production
// dependencies only. `teamsapp deploy` runs this after `npm run build`, then zip-deploys the folder.
// The developer's own node_modules are never touched. Options: --site <dir> to stage elsewhere,
// --no-install to skip `npm ci` (the smoke test links the installed packages instead).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const site = path.resolve(option('site') ?? path.join(root, 'infra', 'build', 'site'));
const builtParts = ['bot/dist', 'tab/dist', 'addin/dist'];
const packageFiles = ['package.json', 'package-lock.json', 'shared/package.json', 'bot/package.json', 'tab/package.json', 'addin/package.json'];

const missing = [...builtParts, ...packageFiles].filter((part) => !existsSync(path.join(root, part)));
if (missing.length > 0) {
  process.stderr.write(`Cannot stage the deployment; missing: ${missing.join(', ')}. Run "npm run build" first.\n`);
  process.exit(1);
}
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
for (const part of [...packageFiles, ...builtParts]) {
  cpSync(path.join(root, part), path.join(site, part), { recursive: true });
}
if (!process.argv.includes('--no-install')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: site, stdio: 'inherit' });
}
process.stdout.write(`Staged the deployment in ${path.relative(root, site)} (start command: node bot/dist/main.js).\n`);
