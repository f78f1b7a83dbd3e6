import type { Config } from '../config/config';
import { createGraphCredentials } from './graph-credentials';
import { GraphUserDirectory } from './graph-user-directory';
import { DemoUserDirectory, type UserDirectory } from './user-directory';

/**
 * The directory for this configuration: Microsoft Graph when an Entra app is configured (always
 * in production, which the configuration checks), else the demo councils' people.
 */
export function createUserDirectory(config: Config): UserDirectory {
  if (!config.GRAPH_CLIENT_ID || !config.GRAPH_TENANT_ID) return new DemoUserDirectory();
  const credentials = createGraphCredentials({
    clientId: config.GRAPH_CLIENT_ID,
    tenantId: config.GRAPH_TENANT_ID,
    clientSecret: config.GRAPH_CLIENT_SECRET,
    managedIdentityClientId: config.GRAPH_MANAGED_IDENTITY_CLIENT_ID,
    authorityHost: config.GRAPH_AUTHORITY_HOST,
    graphBaseUrl: config.GRAPH_BASE_URL,
  });
  return new GraphUserDirectory({ credentials, graphBaseUrl: config.GRAPH_BASE_URL });
}
