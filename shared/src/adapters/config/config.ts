import { z } from 'zod';
import { isRole, type Role } from '../../domain/identity/roles';

/** The well-known development account of Azurite (public, documented by Microsoft). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port: number, host = '127.0.0.1'): string {
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const booleanFlag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');
const csv = z.string().transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

/**
 * An https origin (scheme, host, optional port; nothing after it), trailing slash dropped: where
 * the Graph credentials and tokens go, so never http. `example` is named in the error.
 */
const httpsOrigin = (what: string, example: string) =>
  z.string().transform((value, context) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || url.protocol !== 'https:' || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
      context.addIssue({ code: 'custom', message: `must be the https address of ${what}, with no path (such as ${example}); "${value}" is not` });
      return z.NEVER;
    }
    return url.origin;
  });

/**
 * `AUTH_GROUP_ROLES=<group id>:<Role>,…`: members of an Entra security group (the steering group)
 * get a role without an app-role assignment each. Group ids are GUIDs; roles are the app roles.
 */
const groupRoles = z.string().transform((value, context): Record<string, Role> => {
  const mapping: Record<string, Role> = {};
  for (const pair of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [group = '', role = '', ...rest] = pair.split(':').map((part) => part.trim());
    if (!GUID.test(group) || !isRole(role) || rest.length > 0) {
      context.addIssue({ code: 'custom', message: `must be <group id>:<role> pairs (role one of Officer, ICT, SteeringChair, SteeringMember, ReportAuthor, Admin); "${pair}" is not` });
      return z.NEVER;
    }
    mapping[group.toLowerCase()] = role;
  }
  return mapping;
});

/**
 * Every environment variable Entrance Hall reads, in one place. `.env.example` lists the same.
 * Checked once at start-up; the process stops with one line per problem.
 */
const FIELDS = {
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3978),
  PUBLIC_URL: z.url({ error: 'must be a URL such as https://entrancehall.example.gov.uk' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be a pino log level' }).default('info'),
  /** Azurite and local use; in Azure, STORAGE_TABLE_ENDPOINT with the managed identity instead. */
  STORAGE_CONNECTION_STRING: z.string().min(1, { error: 'is required' }).optional(),
  /** `https://<account>.table.core.windows.net` or `https://<account>.table.cosmos.azure.com:443/`: reached with the managed identity, no key. */
  STORAGE_TABLE_ENDPOINT: z.url({ error: 'must be the https table endpoint of the storage (or Cosmos DB) account' }).optional(),
  /** Client id of the user-assigned managed identity that holds the table data role. */
  STORAGE_MANAGED_IDENTITY_CLIENT_ID: z.string().regex(GUID, { error: 'must be the managed identity client id (a GUID)' }).optional(),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/, { error: 'must be letters and digits, starting with a letter (up to 31)' })
    .default('EntranceHall'),
  /** How long the bot remembers a handled activity (Teams re-sends within seconds); then it is removed. */
  SEEN_ACTIVITY_RETENTION_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int({ error: 'must be whole hours' }).min(1, { error: 'must be at least 1' }).max(2160, { error: 'must be at most 2160 (90 days)' }).default(24),
  AUTH_MODE: z.enum(['dev', 'entra'], { error: 'must be dev or entra' }).default('entra'),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ALLOWED_TENANTS: csv.optional(),
  AUTH_ISSUER: z.string().default('https://login.microsoftonline.com/{tenantid}/v2.0'),
  AUTH_JWKS_URI: z.url({ error: 'must be a URL' }).default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  AUTH_GROUP_ROLES: groupRoles.optional(),
  SEED_DEMO_DATA: booleanFlag.default(false),
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'must be SingleTenant, UserAssignedMSI or MultiTenant' }).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  GRAPH_CLIENT_ID: z.string().optional(),
  GRAPH_CLIENT_SECRET: z.string().optional(),
  /** A user-assigned managed identity federated with the Graph app registration: no secret at all. */
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: z.string().regex(GUID, { error: 'must be the managed identity client id (a GUID)' }).optional(),
  GRAPH_TENANT_ID: z.string().optional(),
  /**
   * Where msal-node signs in and where Graph is: Microsoft's global cloud by default, a national
   * cloud's pair otherwise (US Government: https://login.microsoftonline.us, https://graph.microsoft.us).
   * Another sign-in host is trusted as configured (graph-credentials.ts); production allows Microsoft's only.
   */
  GRAPH_AUTHORITY_HOST: httpsOrigin('the Microsoft Entra sign-in host', 'https://login.microsoftonline.us').default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: httpsOrigin('Microsoft Graph', 'https://graph.microsoft.us').default('https://graph.microsoft.com'),
  /** Slow clients: time allowed for a request's headers, for a whole request, and for silence on a connection. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds' }).int().min(100).max(120_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds' }).int().min(100).max(300_000).default(30_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds' }).int().min(100).max(300_000).default(60_000),
  /** Telemetry to Application Insights; off when absent. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().regex(/(^|;)\s*(InstrumentationKey|IngestionEndpoint)=/i, { error: 'must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)' }).optional(),
  /** `Authorization=AAD;ClientId=<managed identity>`: ingestion with Entra ID, as App Service's agents read it. */
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: z
    .string()
    .regex(/^Authorization=AAD(;ClientId=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i, { error: 'must be Authorization=AAD;ClientId=<managed identity client id>' })
    .optional(),
  /**
   * Requester notifications: the first retry waits about this long, each next one twice as long,
   * never longer than NOTIFICATION_RETRY_MAX_MS (so after a Teams outage every pending
   * notification goes out within that time of Teams answering again).
   */
  NOTIFICATION_RETRY_BASE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).default(2_000),
  NOTIFICATION_RETRY_MAX_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).default(30_000),
  /** How many notifications one server instance sends at the same time. */
  NOTIFICATION_CONCURRENCY: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(64).default(8),
  /** Sent (and given-up) notifications are removed from the outbox this many days after the change. */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).min(0).default(30),
};

export type Config = z.output<z.ZodObject<typeof FIELDS>>;

/** Rules between settings; run on every setting that parsed, so all problems are named at once. */
function crossCheck(env: Partial<Config>, problem: (name: string, message: string) => void): void {
  if (env.AUTH_MODE === 'dev') {
    if (env.NODE_ENV === 'production') problem('AUTH_MODE', 'dev sign-in is never allowed with NODE_ENV=production');
    if (env.HOST !== undefined && !LOOPBACK_HOSTS.includes(env.HOST)) problem('AUTH_MODE', `dev sign-in is only allowed when HOST is a loopback address, not ${env.HOST}`);
  } else if (env.AUTH_MODE === 'entra') {
    if (!env.AUTH_AUDIENCE) problem('AUTH_AUDIENCE', 'is required with AUTH_MODE=entra (the API app id URI or client id)');
    if (!env.AUTH_ALLOWED_TENANTS || env.AUTH_ALLOWED_TENANTS.length === 0) {
      problem('AUTH_ALLOWED_TENANTS', 'is required with AUTH_MODE=entra (comma-separated tenant ids)');
    } else if (env.AUTH_ALLOWED_TENANTS.some((tenant) => !GUID.test(tenant))) {
      problem('AUTH_ALLOWED_TENANTS', 'must list tenant ids (GUIDs); wildcards such as "common" or "*" are not allowed');
    }
  }
  checkStorage(env, problem);
  if (env.NODE_ENV === 'production') checkProductionSafety(env, problem);
  if ((env.MICROSOFT_APP_TYPE === 'SingleTenant' || env.MICROSOFT_APP_TYPE === 'UserAssignedMSI') && !env.MICROSOFT_APP_TENANT_ID) {
    problem('MICROSOFT_APP_TENANT_ID', `is required with MICROSOFT_APP_TYPE=${env.MICROSOFT_APP_TYPE}`);
  }
  if (env.GRAPH_CLIENT_ID && (!env.GRAPH_TENANT_ID || (!env.GRAPH_CLIENT_SECRET && !env.GRAPH_MANAGED_IDENTITY_CLIENT_ID))) {
    problem('GRAPH_CLIENT_ID', 'needs GRAPH_TENANT_ID and either GRAPH_CLIENT_SECRET or GRAPH_MANAGED_IDENTITY_CLIENT_ID as well');
  }
  if (env.NOTIFICATION_RETRY_BASE_MS !== undefined && env.NOTIFICATION_RETRY_MAX_MS !== undefined && env.NOTIFICATION_RETRY_MAX_MS < env.NOTIFICATION_RETRY_BASE_MS) {
    problem('NOTIFICATION_RETRY_MAX_MS', 'must be at least NOTIFICATION_RETRY_BASE_MS');
  }
  if (env.GRAPH_TENANT_ID && !GUID.test(env.GRAPH_TENANT_ID)) problem('GRAPH_TENANT_ID', 'must be a tenant id (a GUID), not a domain name or "common"');
}

/** A key in a connection string: the account key, or a shared access signature. */
const STORAGE_SECRET = /(^|;)\s*(AccountKey|SharedAccessSignature)\s*=/i;

/** Storage is reached one way: a connection string (Azurite, local) or the endpoint with the managed identity. */
function checkStorage(env: Partial<Config>, problem: (name: string, message: string) => void): void {
  if (!env.STORAGE_CONNECTION_STRING && !env.STORAGE_TABLE_ENDPOINT) {
    problem('STORAGE_CONNECTION_STRING', 'is required (the Azurite connection string), unless STORAGE_TABLE_ENDPOINT and STORAGE_MANAGED_IDENTITY_CLIENT_ID are set');
  }
  if (env.STORAGE_CONNECTION_STRING && env.STORAGE_TABLE_ENDPOINT) problem('STORAGE_TABLE_ENDPOINT', 'cannot be set beside STORAGE_CONNECTION_STRING: choose one way to reach storage');
  if (env.STORAGE_TABLE_ENDPOINT) {
    if (!env.STORAGE_TABLE_ENDPOINT.startsWith('https://')) problem('STORAGE_TABLE_ENDPOINT', 'must be an https address: a token is never sent over http');
    if (!env.STORAGE_MANAGED_IDENTITY_CLIENT_ID) problem('STORAGE_MANAGED_IDENTITY_CLIENT_ID', 'is required with STORAGE_TABLE_ENDPOINT (the identity that holds the table data role)');
  }
}

/** Any managed identity the deployment has: with one, a stored key or secret is never needed. */
function managedIdentityOf(env: Partial<Config>): string | undefined {
  if (env.STORAGE_MANAGED_IDENTITY_CLIENT_ID) return 'STORAGE_MANAGED_IDENTITY_CLIENT_ID';
  if (env.GRAPH_MANAGED_IDENTITY_CLIENT_ID) return 'GRAPH_MANAGED_IDENTITY_CLIENT_ID';
  if (env.MICROSOFT_APP_TYPE === 'UserAssignedMSI') return 'MICROSOFT_APP_TYPE=UserAssignedMSI';
  return undefined;
}

/**
 * What a deployment must never run with. Each rule closes a hole nobody would notice until it
 * mattered: a bot endpoint that accepts unsigned messages, demo people in a real tenant, http links.
 */
function checkProductionSafety(env: Partial<Config>, problem: (name: string, message: string) => void): void {
  if (env.STORAGE_CONNECTION_STRING !== undefined && /UseDevelopmentStorage|devstoreaccount1/.test(env.STORAGE_CONNECTION_STRING)) {
    problem('STORAGE_CONNECTION_STRING', 'points at the local emulator; production needs a real storage account');
  }
  if (!env.MICROSOFT_APP_ID) {
    problem('MICROSOFT_APP_ID', 'is required in production: without it the bot endpoint accepts messages nobody signed');
  } else if (env.MICROSOFT_APP_TYPE !== 'SingleTenant' && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    problem('MICROSOFT_APP_TYPE', 'must be SingleTenant or UserAssignedMSI in production');
  }
  if (!env.PUBLIC_URL) problem('PUBLIC_URL', 'is required in production (the https address Teams and Word load Entrance Hall from)');
  else if (!env.PUBLIC_URL.startsWith('https://')) problem('PUBLIC_URL', 'must be an https address in production');
  if (env.SEED_DEMO_DATA) problem('SEED_DEMO_DATA', 'must be false in production: the demo councils are not real organisations');
  if (!env.GRAPH_CLIENT_ID) problem('GRAPH_CLIENT_ID', 'is required in production: people are looked up in the council’s directory through Microsoft Graph');
  if (env.STORAGE_CONNECTION_STRING !== undefined && /DefaultEndpointsProtocol=http;|Endpoint=http:/i.test(env.STORAGE_CONNECTION_STRING)) {
    problem('STORAGE_CONNECTION_STRING', 'must use https endpoints in production');
  }
  const microsoftEndpoints: [keyof Config, readonly string[]][] = [
    ['AUTH_JWKS_URI', MICROSOFT_IDENTITY_HOSTS],
    ['AUTH_ISSUER', [...MICROSOFT_IDENTITY_HOSTS, 'sts.windows.net']],
    ['GRAPH_AUTHORITY_HOST', MICROSOFT_IDENTITY_HOSTS],
    ['GRAPH_BASE_URL', MICROSOFT_GRAPH_HOSTS],
  ];
  for (const [name, hosts] of microsoftEndpoints) {
    const value = env[name];
    if (typeof value === 'string' && !isHttpsOn(value, hosts)) problem(name, `must be an https address on ${hosts.join(', ')} in production`);
  }
  const identity = managedIdentityOf(env);
  if (identity && env.STORAGE_CONNECTION_STRING !== undefined && STORAGE_SECRET.test(env.STORAGE_CONNECTION_STRING)) {
    problem('STORAGE_CONNECTION_STRING', `holds an account key although a managed identity is configured (${identity}): use STORAGE_TABLE_ENDPOINT and STORAGE_MANAGED_IDENTITY_CLIENT_ID, and turn shared key access off`);
  }
  if (env.GRAPH_CLIENT_SECRET && env.GRAPH_MANAGED_IDENTITY_CLIENT_ID) {
    problem('GRAPH_CLIENT_SECRET', 'must not be set beside GRAPH_MANAGED_IDENTITY_CLIENT_ID: the managed identity is the federated credential, and a secret would only leak or expire');
  }
}

/** Microsoft Entra sign-in hosts (global and national clouds): the only issuers and key sources trusted in production. */
export const MICROSOFT_IDENTITY_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn'] as const;
const MICROSOFT_GRAPH_HOSTS = ['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn'] as const;

function isHttpsOn(value: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(value.replace('{tenantid}', 'tenant'));
    return url.protocol === 'https:' && hosts.includes(url.hostname) && url.port === '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Entrance Hall cannot start; fix these settings:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the configuration; throws ConfigError naming every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FIELDS)) {
    const raw = env[name];
    const result = (schema as z.ZodType).safeParse(raw === '' ? undefined : raw);
    if (result.success) values[name] = result.data;
    else problems.push(`${name} ${result.error.issues[0]?.message ?? 'is not valid'}`);
  }
  crossCheck(values as Partial<Config>, (name, message) => problems.push(`${name} ${message}`));
  if (problems.length > 0) throw new ConfigError(problems);
  return values as Config;
}

/** Every problem `loadConfig` would name for these settings; empty when the server would start. */
export function findConfigProblems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
