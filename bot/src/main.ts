import { ConfigError, loadConfig } from '@entrance-hall/shared/adapters/config/config';
import { startTelemetry } from '@entrance-hall/shared/adapters/telemetry/telemetry';

/** Production entry point: configuration from the environment, telemetry, then the server. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Telemetry first, then the server's modules (loaded below), so its instrumentations see them.
  const telemetry = startTelemetry(config);
  const { startServer } = await import('./server/start-server');
  const server = await startServer(config);
  server.logger.info({ url: server.url, telemetry: telemetry.enabled }, 'Entrance Hall is listening');
  // App Service sends SIGTERM: finish the requests already received, then exit. A repeated
  // signal must not cut that short, so the handlers stay and ignore it.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.logger.info('Stopping Entrance Hall: finishing requests in progress');
    void server
      .close()
      .then(() => telemetry.shutdown())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Entrance Hall failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
