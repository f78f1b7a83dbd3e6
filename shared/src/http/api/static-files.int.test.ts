import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { serveBuiltApp } from './static-files';

describe('built browser apps', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'eh-static-'));
  const servers: Server[] = [];
  writeFileSync(path.join(directory, 'index.html'), '<!doctype html><title>Board</title>');
  writeFileSync(path.join(directory, 'app.js'), 'console.log("board");\n//# sourceMappingURL=app.js.map');
  writeFileSync(path.join(directory, 'app.js.map'), '{"version":3,"sources":["../src/main.tsx"],"sourcesContent":["secret source"]}');

  async function serve(sourceMaps?: boolean): Promise<string> {
    const server = restify.createServer();
    serveBuiltApp(server, '/tab', directory, {}, sourceMaps === undefined ? undefined : { sourceMaps });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterAll(() => {
    servers.forEach((server) => server.close());
    rmSync(directory, { recursive: true, force: true });
  });

  it('never serves source maps unless asked (production never asks), but serves the app', async () => {
    for (const base of [await serve(false), await serve()]) {
      expect((await fetch(`${base}/tab/app.js`)).status).toBe(200);
      const map = await fetch(`${base}/tab/app.js.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('secret source');
      expect((await fetch(`${base}/tab/app.js.MAP?v=1`)).status).toBe(404);
    }
  });

  it('serves source maps for local development', async () => {
    const base = await serve(true);
    expect(await (await fetch(`${base}/tab/app.js.map`)).text()).toContain('secret source');
  });
});
