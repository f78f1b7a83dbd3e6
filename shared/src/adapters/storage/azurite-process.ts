import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { azuriteConnectionString } from '../config/config';

export interface AzuriteOptions {
  /** Port to use; when absent (or busy and not `strictPort`), a free one is chosen. */
  port?: number;
  /** Fail with `PortInUseError` rather than choose another port when `port` is busy. */
  strictPort?: boolean;
  /** A folder to keep data in across restarts, or undefined to keep it in memory only. */
  location?: string;
  host?: string;
  /**
   * Serve https with this certificate and accept Entra bearer tokens (`--oauth basic`: audience,
   * issuer and lifetime checked, as Table Storage does, the signature not), as well as the key.
   */
  oauth?: { certPath: string; keyPath: string };
}

export interface RunningAzurite {
  port: number;
  connectionString: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** A port something else is listening on; the message names it and says what to do. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly what: string,
    readonly variable: string,
  ) {
    super(`Port ${port} (${what}) is already in use: another Entrance Hall or Azurite may still be running. Stop it, or set ${variable} to a free port.`);
    this.name = 'PortInUseError';
  }
}

/** Resolves when nothing listens on `port`; rejects with PortInUseError when something does. */
export async function ensurePortFree(port: number, what: string, variable: string, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, what, variable) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Finds a free TCP port on loopback, preferring `preferred`. */
export async function findFreePort(preferred = 0, host = '127.0.0.1'): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', reject);
      probe.listen(port, host, () => {
        const chosen = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(chosen));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

function waitForPort(port: number, host: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`Azurite exited (${child.exitCode ?? child.signalCode}) before it was ready.`));
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Azurite did not start on ${host}:${port} within ${timeoutMs / 1000} s.`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts Azurite's Table service from node_modules, telemetry off. Used by `npm start` (data kept
 * under .data/) and by the tests (in memory, on a free port).
 *
 * With a `location`, Azurite keeps its tables in memory and saves them to disk every 5 s and when
 * it closes gracefully, which it does on its first SIGINT only (SIGTERM, SIGKILL or a second SIGINT
 * during the save lose what was not saved yet). So it runs in its own process group (a terminal's
 * Ctrl-C, sent to the whole foreground group, does not reach it) and `stop()` sends exactly one
 * SIGINT and waits until it has saved and exited, however often it is called. If this process
 * exits without calling `stop()`, Azurite still gets its SIGINT (no orphan on the data folder).
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  if (options.strictPort && options.port !== undefined) await ensurePortFree(options.port, 'Azurite', 'AZURITE_PORT', host);
  const port = await findFreePort(options.port ?? 0, host);
  const script = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'table', 'main.js');
  const args = [script, '--tableHost', host, '--tablePort', String(port), '--disableTelemetry', '--silent', '--skipApiVersionCheck', '--loose'];
  if (options.oauth) args.push('--cert', options.oauth.certPath, '--key', options.oauth.keyPath, '--oauth', 'basic');
  if (options.location) {
    mkdirSync(options.location, { recursive: true });
    args.push('--location', options.location);
  } else {
    args.push('--inMemoryPersistence');
  }
  // Only an Azurite that holds data on disk needs protecting from the terminal's Ctrl-C; an
  // in-memory one (tests) stays in the caller's group, so stopping the caller stops it too.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: options.location ?? process.cwd(), detached: Boolean(options.location) });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const stopOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.once('exit', stopOnExit);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(forced);
    })();
    return stopping;
  };
  try {
    await waitForPort(port, host, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${errors}`, { cause: error });
  }
  const connectionString = azuriteConnectionString(port, host);
  return { port, connectionString: options.oauth ? connectionString.replace(/http:/g, 'https:') : connectionString, process: child, stop };
}
