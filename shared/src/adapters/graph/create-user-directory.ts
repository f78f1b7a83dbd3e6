import type { Config } from '../config/config';
import { createGraphCredentials } from './graph-credentials';
import { GraphUserDirectory } from './graph-user-directory';
import type { RoleHolders, UserDirectory } from '../../domain/identity/user-directory';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The directory for this configuration: Microsoft Graph when an Entra app is configured (always
 * in production, which the configuration checks), else the local directory the caller gives
 * (the demo councils' people, for local runs). Either also says who holds a role.
 */
export function createUserDirectory(config: Config, localDirectory: UserDirectory & RoleHolders): UserDirectory & RoleHolders {
  if (!config.GRAPH_CLIENT_ID || !config.GRAPH_TENANT_ID) return localDirectory;
  const credentials = createGraphCredentials({
    clientId: config.GRAPH_CLIENT_ID,
    tenantId: config.GRAPH_TENANT_ID,
    clientSecret: config.GRAPH_CLIENT_SECRET,
    managedIdentityClientId: config.GRAPH_MANAGED_IDENTITY_CLIENT_ID,
    authorityHost: config.GRAPH_AUTHORITY_HOST,
    graphBaseUrl: config.GRAPH_BASE_URL,
  });
  return new GraphUserDirectory({
    credentials,
    graphBaseUrl: config.GRAPH_BASE_URL,
    tenantId: config.GRAPH_TENANT_ID,
    apiClientId: apiClientIdOf(config),
    ...(config.AUTH_GROUP_ROLES ? { groupRoles: config.AUTH_GROUP_ROLES } : {}),
  });
}

/**
 * The client id of the API app registration whose app roles are Entrance Hall's roles: the client
 * id in `AUTH_AUDIENCE` (which also lists the api:// URI), else `GRAPH_CLIENT_ID` — the same
 * registration in the deployment Bicep makes (one registration, one consent).
 */
export function apiClientIdOf(config: Pick<Config, 'AUTH_AUDIENCE' | 'GRAPH_CLIENT_ID'>): string | undefined {
  const fromAudience = (config.AUTH_AUDIENCE ?? '')
    .split(',')
    .map((audience) => audience.trim())
    .find((audience) => GUID.test(audience));
  return fromAudience ?? config.GRAPH_CLIENT_ID;
}
