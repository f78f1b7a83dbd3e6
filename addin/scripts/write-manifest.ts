import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderWordManifest } from '../src/manifest/render-word-manifest';

/**
 * `npm run manifest -w addin -- --base-url https://host [--client-id <guid>] [--resource api://…] [--out file]`:
 * writes the Word manifest for a deployment (default addin/dist/manifest.xml) to sideload or upload.
 */
function main(): void {
  const { values } = parseArgs({
    options: { 'base-url': { type: 'string' }, 'client-id': { type: 'string' }, resource: { type: 'string' }, version: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values['base-url']) throw new Error('Give the server’s public address: --base-url https://entrancehall.example.gov.uk');
  const xml = renderWordManifest({
    baseUrl: values['base-url'],
    ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
    ...(values.resource ? { resource: values.resource } : {}),
    ...(values.version ? { version: values.version } : {}),
  });
  const out = path.resolve(values.out ?? path.join(__dirname, '../dist/manifest.xml'));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, xml);
  process.stdout.write(`Wrote ${out}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
