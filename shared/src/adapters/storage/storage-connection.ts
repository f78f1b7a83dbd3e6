import { ManagedIdentityCredential } from '@azure/identity';
import type { Config } from '../config/config';
import type { StorageConnection } from './table-store';

/**
 * The way this configuration reaches storage. In Azure: the table endpoint with the user-assigned
 * managed identity, which holds the table data role, so no account key exists in any setting.
 * Locally and in tests: Azurite's connection string. The configuration checks exactly one is set.
 */
export function storageConnectionFrom(config: Config): StorageConnection {
  if (config.STORAGE_TABLE_ENDPOINT && config.STORAGE_MANAGED_IDENTITY_CLIENT_ID) {
    return { tableEndpoint: config.STORAGE_TABLE_ENDPOINT, credential: new ManagedIdentityCredential({ clientId: config.STORAGE_MANAGED_IDENTITY_CLIENT_ID }) };
  }
  if (config.STORAGE_CONNECTION_STRING) return { connectionString: config.STORAGE_CONNECTION_STRING };
  throw new Error('No storage is configured (loadConfig should have refused this).');
}
