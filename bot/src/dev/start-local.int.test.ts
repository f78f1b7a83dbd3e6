import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

const ROOT = path.resolve(__dirname, '../../..');
/** Each test starts the whole product (npm, Azurite, the server) up to three times. */
const STARTS_TIMEOUT_MS = 300_000;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm start` as a person runs it in a terminal: `npm run start:local` (what `npm start` runs after
 * its build) in its own process group, and Ctrl-C as the terminal sends it, to the whole group.
 */
describe('npm start', () => {
  let dataDirectory: string;
  let port: number;
  let azuritePort: number;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'entrance-hall-start-'));
    port = await findFreePort();
    azuritePort = await findFreePort();
  });
  const groups = new Set<number>();
  afterAll(() => {
    // A failed test may leave a start running: stop it as Ctrl-C would, so nothing outlives the run.
    for (const group of groups) {
      try {
        process.kill(-group, 'SIGINT');
      } catch {
        // Already gone.
      }
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  function launch(env: Record<string, string> = {}): Started {
    const child = spawn('npm', ['run', '--silent', 'start:local'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), AZURITE_PORT: String(azuritePort), ENTRANCE_HALL_DATA_DIR: dataDirectory, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    groups.add(child.pid!);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    void exited.then(() => groups.delete(child.pid!));
    return { child, output: () => output, exited };
  }

  async function startLocal(): Promise<Started> {
    const started = launch();
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (started.output().includes('Press Ctrl-C to stop.')) {
          clearInterval(timer);
          resolve();
        } else if (started.child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited early:\n${started.output()}`));
        }
      }, 100);
    });
    tokens.clear();
    return started;
  }

  /** Ctrl-C in a terminal: SIGINT to every process of the foreground group (npm, sh, node). */
  async function pressCtrlC(started: Started): Promise<string> {
    process.kill(-started.child.pid!, 'SIGINT');
    // npm waits for its script to finish, then ends itself by the same signal, as in a terminal.
    await started.exited;
    await waitUntil(async () => !(await portIsOpen(port)) && !(await portIsOpen(azuritePort)));
    return started.output();
  }

  const portIsOpen = (target: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(target, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
    while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  async function api(user: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    if (!tokens.has(user)) {
      tokens.set(user, ((await (await fetch(`http://127.0.0.1:${port}/dev/token?user=${user}`)).json()) as { token: string }).token);
    }
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { Authorization: `Bearer ${tokens.get(user)}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { etag: string; id: string; count: number } };
  }

  it('starts everything, seeds once, says where everything is, and stops cleanly on Ctrl-C', async () => {
    const first = await startLocal();
    expect(first.output()).toContain(`Portfolio board (Teams tab):  http://localhost:${port}/tab/`);
    expect(first.output()).toMatch(/Demo data written for: ashcombe, fenwick-marsh/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const seededCount = (await api('david.okafor', 'GET', '/api/v1/requests')).body.count;
    expect(seededCount).toBe(30);
    expect(await pressCtrlC(first)).toContain('Stopped; everything is saved.');

    const second = await startLocal();
    expect(second.output()).toContain('Demo data already present: nothing added.');
    expect((await api('david.okafor', 'GET', '/api/v1/requests')).body.count).toBe(seededCount);
    expect(await pressCtrlC(second)).toContain('Stopped; everything is saved.');
  }, STARTS_TIMEOUT_MS);

  it('keeps every acknowledged create and update when Ctrl-C lands in the middle of a burst', async () => {
    const running = await startLocal();
    const created = new Map<string, { title: string; etag: string }>();
    const updated = new Map<string, string>();
    let unanswered = 0;
    let signalled = false;
    let sequence = 0;

    // Writers keep going until the server stops taking requests; only answered writes count.
    const writer = async () => {
      for (;;) {
        const title = `Burst request ${(sequence += 1)}`;
        const toUpdate = [...created.entries()].find(([id]) => !updated.has(id));
        try {
          if (toUpdate && sequence % 2 === 0) {
            const [id, { etag }] = toUpdate;
            updated.set(id, '');
            const newTitle = `${toUpdate[1].title} (updated)`;
            const response = await api('tom.reed', 'PATCH', `/api/v1/requests/${id}`, { title: newTitle }, { 'If-Match': etag });
            if (response.status === 200) updated.set(id, newTitle);
            else updated.delete(id);
          } else {
            const response = await api('priya.shah', 'POST', '/api/v1/requests', validRequestBody({ title }));
            if (response.status === 201) created.set(response.body.id, { title, etag: response.body.etag });
          }
        } catch {
          unanswered += 1; // no answer: the client cannot know, so it is not counted as acknowledged
          if (signalled) return;
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    await waitUntil(async () => created.size >= 40 && [...updated.values()].filter(Boolean).length >= 15);
    signalled = true;
    const stopped = pressCtrlC(running);
    await Promise.all(writers);
    expect(await stopped).toContain('Stopped; everything is saved.');
    expect(unanswered).toBeGreaterThan(0);

    const restarted = await startLocal();
    const lost: string[] = [];
    for (const [id, { title }] of created) {
      const stored = await api('tom.reed', 'GET', `/api/v1/requests/${id}`);
      const expected = updated.get(id) || title;
      if (stored.status !== 200 || stored.body.title !== expected) lost.push(`${id}: expected "${expected}", found ${stored.status} "${String(stored.body.title)}"`);
    }
    expect(lost).toEqual([]);
    // And nothing was stored for a client that got no answer: every burst request stored was acknowledged.
    const stored = (await api('tom.reed', 'GET', '/api/v1/requests')).body.items as unknown as { id: string; title: string }[];
    expect(stored.filter((request) => request.title.startsWith('Burst request') && !created.has(request.id)).map((request) => request.title)).toEqual([]);
    expect(await pressCtrlC(restarted)).toContain('Stopped; everything is saved.');
  }, STARTS_TIMEOUT_MS);

  it.each([
    ['Entrance Hall', 'PORT', () => port, () => azuritePort],
    ['Azurite', 'AZURITE_PORT', () => azuritePort, () => port],
  ])('names the busy port and leaves nothing running when the %s port is taken', async (what, variable, busyPort, otherPort) => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(busyPort(), '127.0.0.1', resolve));
    try {
      const attempt = launch();
      expect(await attempt.exited).toBe(1);
      expect(attempt.output()).toContain(`Port ${busyPort()} (${what}) is already in use`);
      expect(attempt.output()).toContain(`set ${variable} to a free port`);
      expect(await portIsOpen(otherPort())).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, STARTS_TIMEOUT_MS);
});
