import { SignJWT, generateKeyPair, type KeyLike } from 'jose';
import { loadConfig } from '../config/config';
import { AppError } from '../errors/app-error';
import { createUserDirectory } from './create-user-directory';
import { createGraphCredentials, type GraphCredentialOptions } from './graph-credentials';
import { GraphUserDirectory } from './graph-user-directory';
import { startLocalMicrosoftGraph, type LocalMicrosoftGraph } from './testing/local-microsoft-graph';
import { DemoUserDirectory } from './user-directory';

const PRIYA = { id: '3f6e1d2c-8b7a-4c5d-9e0f-1a2b3c4d5e6f', displayName: 'Priya Shah', mail: 'priya.shah@ashcombe.gov.uk', userPrincipalName: 'priya.shah@ashcombe.gov.uk', department: 'Revenues and Benefits', jobTitle: 'Revenues Team Leader' };
const SEAN = { id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', displayName: "O'Brien, Seán", userPrincipalName: 'sean.obrien@ashcombe.gov.uk', department: 'Housing' };
const TOM = { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', displayName: 'Tom Reed', mail: 'tom.reed@ashcombe.gov.uk', userPrincipalName: 'tom.reed@ashcombe.gov.uk', jobTitle: 'ICT Business Partner' };

describe('Microsoft Graph directory (real msal-node and Graph client against a loopback stand-in)', () => {
  let graph: LocalMicrosoftGraph;
  let signingKey: KeyLike;

  /** What the tab would send the API: a user's access token for Entrance Hall (its `oid` names them). */
  const userToken = (oid: string) =>
    new SignJWT({ oid, tid: graph.tenantId, scp: 'access_as_user' }).setProtectedHeader({ alg: 'RS256' }).setAudience('api://entrance-hall').setIssuedAt().setExpirationTime('1h').sign(signingKey);

  const directoryWith = (overrides: Partial<GraphCredentialOptions> = {}) =>
    new GraphUserDirectory({ credentials: createGraphCredentials(graph.credentialOptions(overrides)), graphBaseUrl: graph.baseUrl });
  const graphCalls = () => graph.requests.filter((request) => request.path.startsWith('/v1.0/'));
  const tokenCalls = () => graph.requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token'));

  beforeAll(async () => {
    graph = await startLocalMicrosoftGraph();
    for (const user of [PRIYA, SEAN, TOM]) graph.users.set(user.id, user);
    ({ privateKey: signingKey } = await generateKeyPair('RS256'));
  });
  beforeEach(() => {
    graph.requests.length = 0;
    graph.throttleNext(0, 0);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('looks an officer up with the app’s own token (client credentials) and caches the answer', async () => {
    const directory = directoryWith();
    expect(await directory.getProfile(PRIYA.id)).toEqual({ id: PRIYA.id, displayName: 'Priya Shah', mail: PRIYA.mail, department: 'Revenues and Benefits', jobTitle: 'Revenues Team Leader' });

    const [token] = tokenCalls();
    expect(token?.form.get('grant_type')).toBe('client_credentials');
    expect(token?.form.get('scope')).toBe(`${graph.baseUrl}/.default`);
    const [lookup] = graphCalls();
    expect(lookup?.path).toBe(`/v1.0/users/${PRIYA.id}`);
    expect(lookup?.query.get('$select')).toBe('id,displayName,mail,userPrincipalName,department,jobTitle');
    expect(lookup?.headers.authorization).toMatch(/^Bearer app-token-\d+$/);

    // The second look-up, and two at once, are answered from the cache: Graph is not asked again.
    await Promise.all([directory.getProfile(PRIYA.id), directory.getProfile(PRIYA.id.toUpperCase())]);
    expect(graphCalls()).toHaveLength(1);
  });

  it('asks Graph once for concurrent look-ups of the same person', async () => {
    const directory = directoryWith();
    const profiles = await Promise.all([directory.getProfile(TOM.id), directory.getProfile(TOM.id), directory.getProfile(TOM.id)]);
    expect(profiles.map((profile) => profile?.displayName)).toEqual(['Tom Reed', 'Tom Reed', 'Tom Reed']);
    expect(graphCalls()).toHaveLength(1);
  });

  it('answers undefined for someone not in the directory, and falls back to the UPN for mail', async () => {
    const directory = directoryWith();
    expect(await directory.getProfile('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await directory.getProfile(SEAN.id)).toEqual({ id: SEAN.id, displayName: "O'Brien, Seán", mail: 'sean.obrien@ashcombe.gov.uk', department: 'Housing' });
  });

  it('reads the signed-in user’s own profile on their behalf (on-behalf-of flow)', async () => {
    const directory = directoryWith();
    const token = await userToken(TOM.id);
    expect(await directory.getSignedInProfile(token)).toMatchObject({ id: TOM.id, displayName: 'Tom Reed', jobTitle: 'ICT Business Partner' });

    const [exchange] = tokenCalls();
    expect(exchange?.form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(exchange?.form.get('requested_token_use')).toBe('on_behalf_of');
    expect(exchange?.form.get('assertion')).toBe(token);
    expect(exchange?.form.get('scope')).toContain(`${graph.baseUrl}/User.Read`);
    const [me] = graphCalls();
    expect(me?.path).toBe('/v1.0/me');
    expect(me?.headers.authorization).toMatch(/^Bearer user-token-\d+$/);
  });

  it('says an administrator must consent when Entra refuses the on-behalf-of exchange', async () => {
    const directory = directoryWith();
    const token = await userToken(PRIYA.id);
    graph.refuseConsentFor(token);
    const failure = await directory.getSignedInProfile(token).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/administrator must grant it consent/) });
    expect(graphCalls()).toHaveLength(0);
  });

  it('waits as Graph’s Retry-After says when throttled (429), then answers', async () => {
    const directory = directoryWith();
    graph.throttleNext(2, 1);
    expect((await directory.getProfile(PRIYA.id))?.displayName).toBe('Priya Shah');
    expect(graphCalls().map((call) => call.status)).toEqual([429, 429, 200]);
  });

  it('gives up with a plain “busy” error when Graph keeps throttling, and caches nothing', async () => {
    const directory = directoryWith();
    graph.throttleNext(10, 0);
    const failure = await directory.getProfile(TOM.id).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'unavailable', message: 'The Microsoft 365 directory is busy just now; try again in a minute.' });
    expect(graphCalls().map((call) => call.status)).toEqual([429, 429, 429, 429]);
    graph.throttleNext(0, 0);
    expect((await directory.getProfile(TOM.id))?.displayName).toBe('Tom Reed');
  });

  it('finds people by the start of their name, with the search text kept inside its OData literal', async () => {
    const directory = directoryWith();
    expect((await directory.findPeople("O'Brien")).map((person) => person.displayName)).toEqual(["O'Brien, Seán"]);
    const filter = graphCalls()[0]?.query.get('$filter') ?? '';
    expect(filter).toContain("startswith(displayName,'O''Brien')");
    expect(await directory.findPeople("x') or true or startswith(displayName,'")).toEqual([]);
    expect(await directory.findPeople('   ')).toEqual([]);
  });

  it('refuses with a clear message when the client secret is wrong (and never echoes it)', async () => {
    const directory = directoryWith({ clientSecret: 'wrong-secret' });
    const failure = await directory.getProfile(PRIYA.id).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'unavailable', message: 'Entrance Hall could not sign in to Microsoft Graph just now; try again shortly.' });
    // Neither the message nor what the logs get (the cause, serialised as pino would) holds the secret.
    const cause = (failure as Error & { cause?: Error }).cause;
    expect(cause).toBeDefined();
    expect(`${(failure as Error).message} ${JSON.stringify(cause)} ${cause?.message} ${cause?.stack}`).not.toContain('wrong-secret');
  });

  it('signs in with App Service’s managed identity as a federated credential: no secret at all', async () => {
    const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
    process.env.IDENTITY_ENDPOINT = graph.identityEndpoint;
    process.env.IDENTITY_HEADER = graph.identityHeader;
    try {
      const directory = directoryWith({ clientSecret: undefined, managedIdentityClientId: graph.managedIdentityClientId });
      expect((await directory.getProfile(PRIYA.id))?.displayName).toBe('Priya Shah');
      const identity = graph.requests.find((request) => request.path === '/msi/token');
      expect(identity?.query.get('resource')).toBe('api://AzureADTokenExchange');
      expect(identity?.query.get('client_id')).toBe(graph.managedIdentityClientId);
      const [token] = tokenCalls();
      expect(token?.form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      expect(token?.form.has('client_secret')).toBe(false);
    } finally {
      process.env.IDENTITY_ENDPOINT = saved.endpoint;
      process.env.IDENTITY_HEADER = saved.header;
      if (saved.endpoint === undefined) delete process.env.IDENTITY_ENDPOINT;
      if (saved.header === undefined) delete process.env.IDENTITY_HEADER;
    }
  });
});

describe('choosing the directory from configuration', () => {
  const storage = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

  it('uses the demo councils’ people locally', async () => {
    const directory = createUserDirectory(loadConfig({ ...storage, AUTH_MODE: 'dev' }));
    expect(directory).toBeInstanceOf(DemoUserDirectory);
  });

  it('uses Microsoft Graph when an Entra app is configured', () => {
    const directory = createUserDirectory(
      loadConfig({ ...storage, AUTH_MODE: 'dev', GRAPH_CLIENT_ID: '5c4b3a29-1807-4f6e-9d5c-4b3a29180706', GRAPH_TENANT_ID: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d', GRAPH_CLIENT_SECRET: 'x' }),
    );
    expect(directory).toBeInstanceOf(GraphUserDirectory);
  });
});
