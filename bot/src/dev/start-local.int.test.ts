import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@entrance-hall/shared/storage/azurite-process';

const ROOT = path.resolve(__dirname, '../../..');

/** `npm start` as a newcomer runs it: Azurite and the server, demo data once, Ctrl-C stops both. */
describe('npm start', () => {
  let dataDirectory: string;
  let port: number;
  let azuritePort: number;

  beforeAll(async () => {
    dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'entrance-hall-start-'));
    port = await findFreePort();
    azuritePort = await findFreePort();
  });
  afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

  function startLocal(): Promise<{ child: ChildProcess; output: () => string }> {
    // Under node itself with tsx as a loader (not the tsx CLI, which relays signals), so Ctrl-C reaches the process directly.
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/dev/start-local.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), AZURITE_PORT: String(azuritePort), ENTRANCE_HALL_DATA_DIR: dataDirectory },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Press Ctrl-C to stop.')) {
          clearInterval(timer);
          resolve({ child, output: () => output });
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited early:\n${output}`));
        }
      }, 100);
    });
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    return exited;
  }

  const portIsOpen = (target: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(target, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  async function countRequests(): Promise<number> {
    const { token } = (await (await fetch(`http://127.0.0.1:${port}/dev/token?user=david.okafor`)).json()) as { token: string };
    const list = (await (await fetch(`http://127.0.0.1:${port}/api/v1/requests`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { count: number };
    return list.count;
  }

  it('starts everything, seeds once, says where everything is, and stops cleanly on Ctrl-C', async () => {
    const first = await startLocal();
    expect(first.output()).toContain(`Portfolio board (Teams tab):  http://localhost:${port}/tab/`);
    expect(first.output()).toMatch(/Demo data written for: ashcombe, fenwick-marsh/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const seededCount = await countRequests();
    expect(seededCount).toBe(30);
    expect(await stop(first.child)).toBe(0);
    expect(await portIsOpen(port)).toBe(false);
    expect(await portIsOpen(azuritePort)).toBe(false);

    const second = await startLocal();
    expect(second.output()).toContain('Demo data already present: nothing added.');
    expect(await countRequests()).toBe(seededCount);
    expect(await stop(second.child)).toBe(0);
  });
});
