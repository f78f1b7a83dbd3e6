import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
/** Compiling the server with tsx on a busy machine takes a while. */
const START_TIMEOUT_MS = 90_000;

/** One line the server logged (pino JSON). */
export interface ServerLogLine {
  level?: string;
  msg?: string;
  organisationId?: string;
  err?: { message?: string; type?: string };
  [field: string]: unknown;
}

export interface ServerProcess {
  url: string;
  /** Every line logged so far, parsed; grows while the server runs. */
  logs: ServerLogLine[];
  /** Stops it as App Service does (SIGTERM) and waits for it to exit. */
  stop: () => Promise<void>;
}

/**
 * The production entry point (`bot/src/main.ts`) in its own process, configured only by the
 * environment given (plus what Node needs to run): the whole server as a deployment starts it.
 * `NODE_EXTRA_CA_CERTS` in `env` trusts a test certificate in that process alone.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const inherited = Object.fromEntries(['PATH', 'HOME', 'TMPDIR', 'LANG'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/main.ts'], { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: ServerLogLine[] = [];
  let output = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      output += `${line}\n`;
      try {
        logs.push(JSON.parse(line) as ServerLogLine);
      } catch {
        // Not a log line (a warning from Node): kept in the output only.
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = logs.find((line) => line.msg === 'Entrance Hall is listening');
      if (typeof listening?.url === 'string') finish(() => resolve(listening.url as string));
      else if (child.exitCode !== null) finish(() => reject(new Error(`The server exited (${child.exitCode}) before it listened:\n${output}`)));
    }, 100);
    const deadline = setTimeout(() => finish(() => reject(new Error(`The server did not listen within ${START_TIMEOUT_MS / 1000} s:\n${output}`))), START_TIMEOUT_MS);
    const finish = (settle: () => void) => {
      clearInterval(timer);
      clearTimeout(deadline);
      settle();
    };
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, logs, stop };
}
