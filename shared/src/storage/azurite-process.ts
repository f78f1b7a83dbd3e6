import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { azuriteConnectionString } from '../config/config';

export interface AzuriteOptions {
  /** Port to use; when busy or absent, a free one is chosen. */
  port?: number;
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
      if (child.exitCode !== null) return reject(new Error(`Azurite exited with code ${child.exitCode} before it was ready.`));
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
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
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
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: options.location ?? process.cwd() });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  try {
    await waitForPort(port, host, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${errors}`, { cause: error });
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // Azurite's Table service saves its data on SIGINT only (SIGTERM would lose up to 5 s of writes).
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  const connectionString = azuriteConnectionString(port, host);
  return { port, connectionString: options.oauth ? connectionString.replace(/http:/g, 'https:') : connectionString, process: child, stop };
}
