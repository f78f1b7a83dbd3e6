// The system tools `npm test` needs beyond Node: checked before anything else runs, so a missing
// one stops the run at once with the one command that installs it. `.ci/run` installs the same
// list (`--apt-packages` prints it), so the list lives here only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: what the tests use it for, how to find it, and the Debian package that brings it. */
const TOOLS = [
  { what: 'Chromium (tab and task-pane browser tests)', found: () => existsSync('/usr/bin/chromium'), aptPackage: 'chromium' },
  { what: 'LibreOffice Writer (renders the Word tables)', found: () => onPath('soffice'), aptPackage: 'libreoffice-writer-nogui' },
  { what: 'pdftoppm (turns rendered tables into PNG pages)', found: () => onPath('pdftoppm'), aptPackage: 'poppler-utils' },
  { what: 'the Carlito font (Calibri metrics for the Word renders)', found: () => hasFont('Carlito'), aptPackage: 'fonts-crosextra-carlito' },
  { what: 'the Liberation fonts (Arial and Times metrics)', found: () => hasFont('Liberation Sans'), aptPackage: 'fonts-liberation2' },
  { what: 'openssl (certificates for the https stand-ins of Azure Storage, Entra and Graph)', found: () => onPath('openssl'), aptPackage: 'openssl' },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasFont(family) {
  const list = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.includes(family);
}

if (process.argv.includes('--apt-packages')) {
  process.stdout.write(`${TOOLS.map((tool) => tool.aptPackage).join(' ')}\n`);
  process.exit(0);
}

const missing = TOOLS.filter((tool) => !tool.found());
if (missing.length > 0) {
  process.stderr.write(`npm test needs system tools that are not installed:\n${missing.map((tool) => `  - ${tool.what}`).join('\n')}\n`);
  process.stderr.write(`Install them with:\n  apt-get update && apt-get install -y --no-install-recommends ${missing.map((tool) => tool.aptPackage).join(' ')}\n`);
  // The plain closing line CI reads: nothing ran, and the run failed.
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exit(1);
}
