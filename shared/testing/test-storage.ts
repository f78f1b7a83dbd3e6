import { createDomainContext, type DomainContext } from '../src/domain/context/domain-context';
import { TableRepositories } from '../src/adapters/storage/repositories';
import { TableStore } from '../src/adapters/storage/table-store';
import { uniqueTablePrefix } from './test-ids';

/** The Azurite the test run started (jest global setup). */
export function testStorageConnectionString(): string {
  const connectionString = process.env.EH_TEST_STORAGE;
  if (!connectionString) throw new Error('Azurite was not started: run the tests through "npm test" (jest global setup starts it).');
  return connectionString;
}

/** A fresh, empty table in the test Azurite, with repositories and a domain context over it. */
export async function createTestStorage(label?: string): Promise<{ store: TableStore; repos: TableRepositories; context: DomainContext; tablePrefix: string }> {
  const tablePrefix = uniqueTablePrefix(label);
  const store = await TableStore.connect({ connectionString: testStorageConnectionString(), tableName: `${tablePrefix}Records` });
  const repos = new TableRepositories(store);
  return { store, repos, context: createDomainContext(repos), tablePrefix };
}
