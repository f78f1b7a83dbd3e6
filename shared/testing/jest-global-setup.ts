import { startAzurite } from '../src/adapters/storage/azurite-process';

/**
 * Starts one in-memory Azurite for the whole test run on a free port. Test files isolate
 * themselves with their own table prefix (see test-server.ts), so they can run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  process.env.EH_TEST_STORAGE = azurite.connectionString;
  process.env.EH_TEST_AZURITE_PORT = String(azurite.port);
  (globalThis as { __azurite?: { stop: () => Promise<void> } }).__azurite = azurite;
}
