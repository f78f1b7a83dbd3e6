import path from 'node:path';
import { ConfigError, loadConfig } from '@entrance-hall/shared/config/config';
import { findProjectRoot } from '@entrance-hall/shared/server/project-root';
import { startAzurite } from '@entrance-hall/shared/storage/azurite-process';
import { startServer } from '../server/start-server';

const ROOT = findProjectRoot(__dirname);

/**
 * `npm start`: Azurite with data kept in .data/azurite, then the whole product on
 * http://localhost:3978 with dev sign-in and the demo councils. Ctrl-C stops both.
 */
async function startLocal(): Promise<void> {
  // AZURITE_PORT and ENTRANCE_HALL_DATA_DIR exist for running two copies side by side (and for its test).
  const dataDirectory = process.env.ENTRANCE_HALL_DATA_DIR ?? path.join(ROOT, '.data');
  const azurite = await startAzurite({ port: Number(process.env.AZURITE_PORT ?? 10002), location: path.join(dataDirectory, 'azurite') });
  let config;
  try {
    config = loadConfig({
      AUTH_MODE: 'dev',
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      ...process.env,
      STORAGE_CONNECTION_STRING: process.env.STORAGE_CONNECTION_STRING || azurite.connectionString,
    });
  } catch (error) {
    await azurite.stop();
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config);
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
      `  Table Storage (Azurite):      127.0.0.1:${azurite.port}, data in ${path.relative(ROOT, path.join(dataDirectory, 'azurite')) || dataDirectory}`,
      seeded.length > 0 ? `  Demo data written for: ${seeded.map((result) => result.organisationId).join(', ')}` : '  Demo data already present: nothing added.',
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping Entrance Hall and Azurite…\n');
    void server
      .close()
      .then(() => azurite.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

startLocal().catch((error: unknown) => {
  process.stderr.write(`Entrance Hall could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
