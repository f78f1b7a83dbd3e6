import { findConfigProblems, loadConfig } from './config';

const TENANT = '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b';
const STEERING_GROUP = '0b7f6c1e-2d3a-4b5c-9d8e-7f6a5b4c3d2e';
/** The user-assigned managed identity of the web app: the bot, storage and Graph all sign in as it. */
const IDENTITY = '22222222-3333-4444-8555-666666666666';
const ACCOUNT_KEY_CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=ehprod;AccountKey=a2V5;EndpointSuffix=core.windows.net';

/** What a real deployment sets: the Bicep template writes exactly these app settings. */
const production = {
  NODE_ENV: 'production',
  HOST: '0.0.0.0',
  PUBLIC_URL: 'https://entrancehall.ashcombe.example.gov.uk',
  STORAGE_TABLE_ENDPOINT: 'https://stehprod.table.core.windows.net',
  STORAGE_MANAGED_IDENTITY_CLIENT_ID: IDENTITY,
  AUTH_MODE: 'entra',
  AUTH_AUDIENCE: 'api://entrancehall.ashcombe.example.gov.uk/11111111-2222-4333-8444-555555555555',
  AUTH_ALLOWED_TENANTS: TENANT,
  MICROSOFT_APP_ID: IDENTITY,
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
  MICROSOFT_APP_TENANT_ID: TENANT,
  GRAPH_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  GRAPH_TENANT_ID: TENANT,
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: IDENTITY,
};

const problemsOf = findConfigProblems;

describe('production safety', () => {
  it('starts with the settings a deployment writes', () => {
    expect(problemsOf(production)).toEqual([]);
  });

  it('refuses to start without storage configuration', () => {
    const noStorage = { ...production, STORAGE_TABLE_ENDPOINT: undefined };
    expect(problemsOf(noStorage)).toContainEqual(expect.stringMatching(/^STORAGE_CONNECTION_STRING is required/));
    expect(problemsOf({ ...noStorage, STORAGE_CONNECTION_STRING: '' })).toContainEqual(expect.stringMatching(/^STORAGE_CONNECTION_STRING is required/));
    expect(problemsOf({ ...noStorage, STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).toContainEqual(expect.stringMatching(/local emulator/));
  });

  it('refuses an account key (or SAS) when a managed identity is configured', () => {
    const withKey = { ...production, STORAGE_TABLE_ENDPOINT: undefined, STORAGE_MANAGED_IDENTITY_CLIENT_ID: undefined, STORAGE_CONNECTION_STRING: ACCOUNT_KEY_CONNECTION };
    expect(problemsOf(withKey)).toEqual([expect.stringMatching(/^STORAGE_CONNECTION_STRING holds an account key although a managed identity is configured/)]);
    const withSas = { ...withKey, STORAGE_CONNECTION_STRING: 'TableEndpoint=https://ehprod.table.core.windows.net/;SharedAccessSignature=sv=2024&sig=abc' };
    expect(problemsOf(withSas)).toEqual([expect.stringMatching(/^STORAGE_CONNECTION_STRING holds an account key/)]);
    // Every managed identity counts, the bot's included.
    expect(problemsOf({ ...withKey, GRAPH_MANAGED_IDENTITY_CLIENT_ID: undefined, GRAPH_CLIENT_SECRET: 'from-key-vault' })).toContainEqual(expect.stringMatching(/managed identity is configured \(MICROSOFT_APP_TYPE=UserAssignedMSI\)/));
  });

  it('reaches storage one way only, over https, with the identity named', () => {
    expect(problemsOf({ ...production, STORAGE_CONNECTION_STRING: ACCOUNT_KEY_CONNECTION })).toContainEqual(expect.stringMatching(/^STORAGE_TABLE_ENDPOINT cannot be set beside STORAGE_CONNECTION_STRING/));
    expect(problemsOf({ ...production, STORAGE_TABLE_ENDPOINT: 'http://stehprod.table.core.windows.net' })).toContainEqual(expect.stringMatching(/^STORAGE_TABLE_ENDPOINT must be an https address/));
    expect(problemsOf({ ...production, STORAGE_MANAGED_IDENTITY_CLIENT_ID: undefined })).toContainEqual(expect.stringMatching(/^STORAGE_MANAGED_IDENTITY_CLIENT_ID is required with STORAGE_TABLE_ENDPOINT/));
  });

  it('refuses a Graph client secret beside the managed identity that replaces it', () => {
    expect(problemsOf({ ...production, GRAPH_CLIENT_SECRET: 'not-a-real-secret' })).toEqual([expect.stringMatching(/^GRAPH_CLIENT_SECRET must not be set beside GRAPH_MANAGED_IDENTITY_CLIENT_ID/)]);
  });

  it('refuses dev sign-in in production, even on loopback', () => {
    expect(problemsOf({ ...production, AUTH_MODE: 'dev', HOST: '127.0.0.1' })).toContainEqual(expect.stringMatching(/^AUTH_MODE dev sign-in is never allowed/));
  });

  it('refuses a wildcard or named tenant', () => {
    for (const wildcard of ['common', 'organizations', '*', `${TENANT},common`]) {
      expect(problemsOf({ ...production, AUTH_ALLOWED_TENANTS: wildcard })).toContainEqual(expect.stringMatching(/^AUTH_ALLOWED_TENANTS .*wildcards/));
    }
    expect(problemsOf({ ...production, GRAPH_TENANT_ID: 'common' })).toContainEqual(expect.stringMatching(/^GRAPH_TENANT_ID must be a tenant id/));
  });

  it('refuses a bot that would accept unsigned messages or run multi-tenant', () => {
    expect(problemsOf({ ...production, MICROSOFT_APP_ID: undefined })).toContainEqual(expect.stringMatching(/^MICROSOFT_APP_ID is required in production/));
    expect(problemsOf({ ...production, MICROSOFT_APP_TYPE: 'MultiTenant' })).toContainEqual(expect.stringMatching(/^MICROSOFT_APP_TYPE must be SingleTenant or UserAssignedMSI/));
    expect(problemsOf({ ...production, MICROSOFT_APP_TYPE: undefined })).toContainEqual(expect.stringMatching(/^MICROSOFT_APP_TYPE must be SingleTenant or UserAssignedMSI/));
    expect(problemsOf({ ...production, MICROSOFT_APP_TENANT_ID: undefined })).toContainEqual(expect.stringMatching(/^MICROSOFT_APP_TENANT_ID is required with MICROSOFT_APP_TYPE=UserAssignedMSI/));
  });

  it('refuses demo data, an http public address or no directory in production', () => {
    expect(problemsOf({ ...production, SEED_DEMO_DATA: 'true' })).toContainEqual(expect.stringMatching(/^SEED_DEMO_DATA must be false in production/));
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://entrancehall.example.gov.uk' })).toContainEqual(expect.stringMatching(/^PUBLIC_URL must be an https address/));
    expect(problemsOf({ ...production, PUBLIC_URL: undefined })).toContainEqual(expect.stringMatching(/^PUBLIC_URL is required in production/));
    expect(problemsOf({ ...production, GRAPH_CLIENT_ID: undefined })).toContainEqual(expect.stringMatching(/^GRAPH_CLIENT_ID is required in production/));
  });

  it('needs a managed identity (or, where unavoidable, a secret from Key Vault) for Graph, not neither', () => {
    const { GRAPH_MANAGED_IDENTITY_CLIENT_ID: _identity, ...withoutIdentity } = production;
    expect(problemsOf(withoutIdentity)).toContainEqual(expect.stringMatching(/^GRAPH_CLIENT_ID needs GRAPH_TENANT_ID and either GRAPH_CLIENT_SECRET or GRAPH_MANAGED_IDENTITY_CLIENT_ID/));
    expect(problemsOf({ ...withoutIdentity, GRAPH_CLIENT_SECRET: 'resolved-from-a-key-vault-reference' })).toEqual([]);
  });

  it('the same rules do not get in the way of a developer', () => {
    expect(problemsOf({ STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AUTH_MODE: 'dev', SEED_DEMO_DATA: 'true' })).toEqual([]);
  });
});

describe('mapping an Entra group to a role', () => {
  it('reads group id : role pairs', () => {
    const config = loadConfig({ ...production, AUTH_GROUP_ROLES: `${STEERING_GROUP.toUpperCase()}:SteeringMember, 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d:ReportAuthor` });
    expect(config.AUTH_GROUP_ROLES).toEqual({ [STEERING_GROUP]: 'SteeringMember', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d': 'ReportAuthor' });
  });

  it('names a pair that is not a group id and a known role', () => {
    expect(problemsOf({ ...production, AUTH_GROUP_ROLES: `${STEERING_GROUP}:Chair` })).toContainEqual(expect.stringMatching(/^AUTH_GROUP_ROLES must be <group id>:<role> pairs.*"[^"]+:Chair" is not/));
    expect(problemsOf({ ...production, AUTH_GROUP_ROLES: 'Steering Group:SteeringMember' })).toContainEqual(expect.stringMatching(/^AUTH_GROUP_ROLES /));
  });

  it('refuses identity, Graph and storage endpoints that are not https or not Microsoft', () => {
    const refused: [string, string][] = [
      ['AUTH_JWKS_URI', 'http://login.microsoftonline.com/common/discovery/v2.0/keys'],
      ['AUTH_JWKS_URI', 'https://keys.attacker.example/keys'],
      ['AUTH_ISSUER', 'https://issuer.attacker.example/{tenantid}/v2.0'],
      ['AUTH_ISSUER', 'http://login.microsoftonline.com/{tenantid}/v2.0'],
      ['GRAPH_AUTHORITY_HOST', 'http://login.microsoftonline.com'],
      ['GRAPH_BASE_URL', 'http://graph.microsoft.com'],
      ['GRAPH_BASE_URL', 'https://graph.microsoft.com.attacker.example'],
      ['STORAGE_CONNECTION_STRING', 'DefaultEndpointsProtocol=http;AccountName=ehprod;AccountKey=a2V5;EndpointSuffix=core.windows.net'],
      ['STORAGE_CONNECTION_STRING', 'DefaultEndpointsProtocol=https;AccountName=ehprod;AccountKey=a2V5;TableEndpoint=http://ehprod.table.core.windows.net/;'],
    ];
    for (const [name, value] of refused) {
      expect([value, problemsOf({ ...production, [name]: value })]).toEqual([value, expect.arrayContaining([expect.stringMatching(new RegExp(`^${name} must`))])]);
    }
    expect(problemsOf({ ...production, AUTH_ISSUER: 'https://sts.windows.net/{tenantid}/', GRAPH_BASE_URL: 'https://graph.microsoft.us' })).toEqual([]);
  });
});
