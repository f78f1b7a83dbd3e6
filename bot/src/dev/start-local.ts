import path from 'node:path';
import { ConfigError, loadConfig } from '@entrance-hall/shared/adapters/config/config';
import { findProjectRoot } from '@entrance-hall/shared/http/server/project-root';
import { ensurePortFree, PortInUseError, startAzurite, type RunningAzurite } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { startServer, type RunningServer } from '../server/start-server';

const ROOT = findProjectRoot(__dirname);

/**
 * `npm start`: Azurite with data kept in .data/azurite, then the whole product on
 * http://localhost:3978 with dev sign-in and the demo councils.
 *
 * Ctrl-C (or SIGTERM, or closing the terminal) stops in this order, once: the server stops
 * accepting and answers every request it already received, the bot finishes what it was sending,
 * then Azurite gets one SIGINT and saves. Azurite runs in its own process group, so the terminal's
 * SIGINT to the foreground group reaches only this process. A start that fails stops whatever it
 * had started and says why (a busy port is named).
 */
async function startLocal(): Promise<void> {
  // AZURITE_PORT and ENTRANCE_HALL_DATA_DIR exist for running two copies side by side (and for its test).
  const dataDirectory = process.env.ENTRANCE_HALL_DATA_DIR ?? path.join(ROOT, '.data');
  let azurite: RunningAzurite | undefined;
  let server: RunningServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await server?.close();
      await azurite?.stop();
    })();
    return stopping;
  };
  const onSignal = () => {
    if (stopping) return; // a second Ctrl-C (or npm relaying the first) must not cut the save short
    process.stdout.write('\nStopping Entrance Hall (finishing requests in progress), then Azurite (saving its data)…\n');
    void stop().then(
      () => {
        process.stdout.write('Stopped; everything is saved.\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`Entrance Hall did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  // Handled from the start, so a Ctrl-C while starting also stops what is already running.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  try {
    const config = loadConfig({
      AUTH_MODE: 'dev',
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      ...process.env,
      // Checked again below once Azurite is up; a placeholder lets the other settings be checked first.
      STORAGE_CONNECTION_STRING: process.env.STORAGE_CONNECTION_STRING || 'UseDevelopmentStorage=true',
    });
    // The server's port is checked before anything starts: a busy port costs nothing to report.
    await ensurePortFree(config.PORT, 'Entrance Hall', 'PORT', config.HOST);
    if (!process.env.STORAGE_CONNECTION_STRING) {
      azurite = await startAzurite({ port: Number(process.env.AZURITE_PORT ?? 10002), strictPort: true, location: path.join(dataDirectory, 'azurite') });
    }
    if (stopping) return;
    server = await startServer({ ...config, STORAGE_CONNECTION_STRING: process.env.STORAGE_CONNECTION_STRING || azurite!.connectionString });
    if (stopping) return;
    printWelcome(server, azurite, dataDirectory);
  } catch (error) {
    await stop();
    process.stderr.write(
      error instanceof ConfigError || error instanceof PortInUseError
        ? `${error.message}\n`
        : `Entrance Hall could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

function printWelcome(server: RunningServer, azurite: RunningAzurite | undefined, dataDirectory: string): void {
  const base = `http://localhost:${server.port}`;
  const seeded = server.seeded.filter((result) => result.seeded);
  process.stdout.write(
    [
      '',
      'Entrance Hall is running.',
      `  Portfolio board (Teams tab):  ${base}/tab/`,
      `  Word add-in task pane:        ${base}/addin/`,
      `  Bot endpoint:                 ${base}/api/messages`,
      `  JSON API:                     ${base}/api/v1/  (token from ${base}/dev/token?user=tom.reed)`,
      `  Demo users:                   ${base}/dev/users`,
      `  Health:                       ${base}/healthz  ${base}/readyz`,
      azurite
        ? `  Table Storage (Azurite):      127.0.0.1:${azurite.port}, data in ${path.relative(ROOT, path.join(dataDirectory, 'azurite')) || dataDirectory}`
        : '  Table Storage:                STORAGE_CONNECTION_STRING',
      seeded.length > 0 ? `  Demo data written for: ${seeded.map((result) => result.organisationId).join(', ')}` : '  Demo data already present: nothing added.',
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

void startLocal();
