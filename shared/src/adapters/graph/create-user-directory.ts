import type { Config } from '../config/config';
import { createGraphCredentials } from './graph-credentials';
import { GraphUserDirectory } from './graph-user-directory';
import type { UserDirectory } from '../../domain/identity/user-directory';

/**
 * The directory for this configuration: Microsoft Graph when an Entra app is configured (always
 * in production, which the configuration checks), else the local directory the caller gives
 * (the demo councils' people, for local runs).
 */
export function createUserDirectory(config: Config, localDirectory: UserDirectory): UserDirectory {
  if (!config.GRAPH_CLIENT_ID || !config.GRAPH_TENANT_ID) return localDirectory;
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
