import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testStorageConnectionString } from '../../testing/test-storage';
import { uniqueTablePrefix } from '../../testing/test-ids';
import { findFreePort } from '../storage/azurite-process';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * What `teamsapp deploy` uploads, started the way App Service starts it (`node bot/dist/main.js`,
 * settings from the environment): it must answer the health check and serve the tab and the
 * task pane under the security headers. The packages are linked in rather than installed.
 */
describe('the folder staged for App Service', () => {
  let site: string;
  let server: ChildProcess | undefined;
  let base: string;
  let output = '';

  beforeAll(async () => {
    for (const part of ['tab', 'addin']) {
      if (!existsSync(path.join(ROOT, part, 'dist', 'index.html'))) throw new Error(`The ${part} is not built: run "npm run build" (npm test does it first).`);
    }
    const bundle = spawnSync(process.execPath, ['bot/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (bundle.status !== 0) throw new Error(`bot/build.mjs failed: ${bundle.stderr}`);
    site = mkdtempSync(path.join(tmpdir(), 'eh-site-'));
    const stage = spawnSync(process.execPath, ['infra/stage-deployment.mjs', '--site', site, '--no-install'], { cwd: ROOT, encoding: 'utf8' });
    if (stage.status !== 0) throw new Error(`stage-deployment.mjs failed: ${stage.stderr}`);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');

    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['bot/dist/main.js'], {
      cwd: site,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        STORAGE_CONNECTION_STRING: testStorageConnectionString(),
        TABLE_PREFIX: uniqueTablePrefix('Site'),
        AUTH_MODE: 'entra',
        AUTH_AUDIENCE: 'api://entrancehall.example.gov.uk/8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f',
        AUTH_ALLOWED_TENANTS: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // Up when /healthz answers, as App Service's warm-up sees it.
    for (;;) {
      if (server.exitCode !== null) throw new Error(`The staged server stopped: ${output}`);
      const healthy = await fetch(`${base}/healthz`).then((response) => response.ok, () => false);
      if (healthy) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('holds the bundled server, the built web apps and the package files, and no sources', () => {
    expect(readdirSync(site).sort()).toEqual(['addin', 'bot', 'node_modules', 'package-lock.json', 'package.json', 'shared', 'tab']);
    expect(readdirSync(path.join(site, 'bot')).sort()).toEqual(['dist', 'package.json']);
    expect(readdirSync(path.join(site, 'shared'))).toEqual(['package.json']);
  });

  it('passes App Service’s health check (/readyz) and serves the tab and task pane with the security headers', async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    for (const page of ['/tab/', '/addin/']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    }
  });

  it('starts without a deprecation warning', () => {
    // restify 11 pulled in spdy, whose DEP0111 printed at every start; App Service logs would fill with it.
    expect(output).not.toMatch(/DeprecationWarning|DEP0\d{3}/);
  });

  it('asks for a token on the API, and offers no dev sign-in', async () => {
    expect((await fetch(`${base}/api/v1/me`)).status).toBe(401);
    expect((await fetch(`${base}/dev/users`)).status).toBe(404);
  });
});
