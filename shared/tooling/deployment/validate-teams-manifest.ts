import { spawn } from 'node:child_process';

/**
 * Validates a Teams manifest against the JSON schema its `$schema` names, offline: the schemas
 * ship inside `@microsoft/app-manifest`. That package loads ES-module-only dependencies, so it
 * runs in a plain Node process rather than inside the caller's module system (jest, tsx).
 * Resolves to the schema errors, empty when valid.
 */
export function validateTeamsManifestSchema(manifest: unknown): Promise<string[]> {
  const script = `
    let input = '';
    process.stdin.on('data', (chunk) => (input += chunk));
    process.stdin.on('end', async () => {
      const { AppManifestUtils } = require('@microsoft/app-manifest');
      try {
        process.stdout.write(JSON.stringify(await AppManifestUtils.validateAgainstSchema(JSON.parse(input))));
      } catch (error) {
        process.stderr.write(String(error && error.message || error));
        process.exit(2);
      }
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as string[]);
      else reject(new Error(`Teams manifest schema validation could not run: ${stderr.trim() || `exit ${code}`}`));
    });
    child.stdin.end(JSON.stringify(manifest));
  });
}
