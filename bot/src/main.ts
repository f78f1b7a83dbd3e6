import { ConfigError, loadConfig } from '@entrance-hall/shared/config/config';
import { startServer } from './server/start-server';

/** Production entry point: configuration from the environment, then the server. */
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
  const server = await startServer(config);
  server.logger.info({ url: server.url }, 'Entrance Hall is listening');
  const stop = () => {
    server.logger.info('Stopping Entrance Hall');
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Entrance Hall failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
