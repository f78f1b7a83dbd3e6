import { writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planSideload } from '../src/manifest/plan-sideload';

/**
 * `npm run addin:sideload [-- --port 3443 --server http://localhost:3978]`: serves the running
 * local Entrance Hall (`npm start`) over https on localhost with Microsoft's dev certificate
 * (office-addin-dev-certs), writes a manifest pointing there, and sideloads it into Word desktop
 * with office-addin-debugging where Word exists (Windows, macOS); elsewhere it says how to upload
 * the manifest to Word on the web. The two Microsoft packages are loaded only here (they need the
 * desktop's keychain), so they are installed on demand, not with the project.
 */
const TOOLS = 'office-addin-dev-certs@3.0.0 office-addin-debugging@7.0.0';

async function load<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    const linux = process.platform === 'linux' ? ' On Linux, install libsecret-1-dev first (sudo apt-get install -y libsecret-1-dev): their keytar dependency is built from source.' : '';
    throw new Error(`${name} is needed to try the add-in in Word. Install Microsoft's tools once (not saved in package.json): npm install --no-save ${TOOLS}.${linux}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, server: { type: 'string' } } });
  const server = new URL(values.server ?? 'http://localhost:3978');
  const manifestPath = path.resolve(__dirname, '../dist/manifest.local.xml');
  const plan = planSideload({ platform: process.platform, port: Number(values.port ?? 3443), manifestPath });
  mkdirSync(path.dirname(manifestPath), { recursive: true });
  writeFileSync(manifestPath, plan.manifestXml);

  const certs = await load<{ getHttpsServerOptions: () => Promise<https.ServerOptions> }>('office-addin-dev-certs');
  const proxy = https.createServer(await certs.getHttpsServerOptions(), (request, response) => {
    const upstream = http.request({ host: server.hostname, port: server.port, path: request.url, method: request.method, headers: { ...request.headers, host: server.host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`Entrance Hall is not running at ${server.origin}: start it with npm start.`);
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(Number(new URL(plan.baseUrl).port), 'localhost', resolve));
  process.stdout.write(`Wrote ${manifestPath}\n${plan.instructions.join('\n')}\n`);

  if (plan.sideload === 'word-desktop') {
    const debugging = await load<{ startDebugging: (manifest: string, options: Record<string, unknown>) => Promise<void>; stopDebugging: (manifest: string) => Promise<void> }>('office-addin-debugging');
    await debugging.startDebugging(manifestPath, { appType: 'desktop', app: 'word', enableDebugging: false, enableLiveReload: false });
    process.on('SIGINT', () => void debugging.stopDebugging(manifestPath).finally(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
