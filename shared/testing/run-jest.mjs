// Runs jest, then prints the plain closing line CI reads: "N passed, N failed".
// Jest's own summary goes to stderr after every reporter, so the line is printed here, last.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const outputDir = path.resolve('test-output');
const resultsFile = path.join(outputDir, 'jest-results.json');
mkdirSync(outputDir, { recursive: true });
rmSync(resultsFile, { force: true });

const jest = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  // A suite that could not run (syntax error, failing beforeAll) counts as a failure too.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
} catch {
  failed = Math.max(1, failed);
}
if (jest.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(jest.status ?? 1);
