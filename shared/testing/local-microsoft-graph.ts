import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { GraphCredentialOptions } from '../src/adapters/graph/graph-credentials';

/** A user as Graph returns it. */
export interface StandInUser {
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName: string;
  department?: string;
  jobTitle?: string;
}

/** An app's service principal in the tenant, with the app roles its registration defines. */
export interface StandInServicePrincipal {
  id: string;
  appId: string;
  appRoles: { id: string; value: string }[];
}

/** Someone (a user or a group) assigned an app role of a service principal. */
export interface StandInAppRoleAssignment {
  resourceId: string;
  appRoleId: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal';
}

/** The Graph application permissions the stand-in's app starts with (admin consent given). */
export const STAND_IN_APP_PERMISSIONS = ['User.Read.All', 'Application.Read.All', 'GroupMember.Read.All'] as const;

/** One request the stand-in answered, for assertions on what msal-node and the Graph client sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
  status: number;
}

export interface LocalMicrosoftGraphOptions {
  /** The tenant whose token endpoint this is (a fixed test tenant by default). */
  tenantId?: string;
  /**
   * Serve https with this certificate instead of http, as Entra and Graph do: msal-node then signs
   * in with the stand-in as its authority (`GRAPH_AUTHORITY_HOST`), reading its OpenID metadata.
   */
  tls?: { cert: string; key: string };
}

export interface LocalMicrosoftGraph {
  /**
   * `http://127.0.0.1:<port>` (https with `tls`): Graph lives under `/v1.0`, the tenant's token endpoint
   * under `/<tenant>/oauth2/v2.0/token`, its OpenID metadata under `/<tenant>/v2.0/.well-known/openid-configuration`.
   */
  baseUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Options for msal-node so it uses this token endpoint instead of fetching Entra's metadata. */
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
  /** App Service's managed identity endpoint stand-in: values for IDENTITY_ENDPOINT / IDENTITY_HEADER. */
  identityEndpoint: string;
  identityHeader: string;
  managedIdentityClientId: string;
  /** Options for createGraphCredentials that sign in here with the client secret (override any). */
  credentialOptions: (overrides?: Partial<GraphCredentialOptions>) => GraphCredentialOptions;
  users: Map<string, StandInUser>;
  /** Service principals by their app's client id (`appId`). */
  servicePrincipals: Map<string, StandInServicePrincipal>;
  appRoleAssignments: StandInAppRoleAssignment[];
  /** Security groups by id: their direct members' ids (users or other groups). */
  groups: Map<string, string[]>;
  /** Application permissions granted to the app; remove one and its reads answer 403, as Graph does. */
  permissions: Set<string>;
  /** Items per page of a collection (Graph's own default is 100); the rest follow by `@odata.nextLink`. */
  setPageSize: (size: number) => void;
  requests: RecordedRequest[];
  /** The next `count` Graph calls answer 429 with `Retry-After: <seconds>`. */
  throttleNext: (count: number, retryAfterSeconds: number) => void;
  /** OBO requests with this assertion answer `invalid_grant` (no consent), as Entra does. */
  refuseConsentFor: (assertion: string) => void;
  stop: () => Promise<void>;
}

const TENANT = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CLIENT = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
const MANAGED_IDENTITY = '0f1e2d3c-4b5a-4968-8776-655443322110';
const MANAGED_IDENTITY_PRINCIPAL = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const FEDERATED_ASSERTION = 'managed-identity-federated-assertion';

/**
 * A stand-in for Microsoft Entra ID's token endpoint, App Service's managed identity endpoint and
 * Microsoft Graph on loopback, so the real msal-node and microsoft-graph-client code runs over
 * HTTP in tests. Only what Entrance Hall calls is implemented, with Graph's error shapes.
 */
export async function startLocalMicrosoftGraph(options: LocalMicrosoftGraphOptions = {}): Promise<LocalMicrosoftGraph> {
  const tenant = options.tenantId ?? TENANT;
  const users = new Map<string, StandInUser>();
  const servicePrincipals = new Map<string, StandInServicePrincipal>();
  const appRoleAssignments: StandInAppRoleAssignment[] = [];
  const groups = new Map<string, string[]>();
  const permissions = new Set<string>(STAND_IN_APP_PERMISSIONS);
  let pageSize = 100;
  const requests: RecordedRequest[] = [];
  const issued = new Map<string, { kind: 'app' } | { kind: 'user'; oid: string }>();
  const refusedAssertions = new Set<string>();
  const clientSecret = `stand-in-secret-${Math.random().toString(36).slice(2)}`;
  const identityHeader = `stand-in-header-${Math.random().toString(36).slice(2)}`;
  let throttle = { remaining: 0, retryAfter: 0 };
  let tokenCount = 0;

  const issue = (grant: { kind: 'app' } | { kind: 'user'; oid: string }) => {
    tokenCount += 1;
    const token = `${grant.kind}-token-${tokenCount}`;
    issued.set(token, grant);
    return token;
  };

  const handle = (request: IncomingMessage, body: string, response: ServerResponse, record: (status: number) => void) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record(status);
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(payload));
    };
    const form = new URLSearchParams(body);

    if (request.method === 'GET' && url.pathname === `/${tenant}/v2.0/.well-known/openid-configuration`) {
      // As Entra publishes it for a tenant; msal-node reads it when the authority is not one it knows.
      return send(200, { ...JSON.parse(authorityMetadata), issuer: `${baseUrl}/${tenant}/v2.0` });
    }

    if (request.method === 'POST' && url.pathname === `/${tenant}/oauth2/v2.0/token`) {
      if (form.get('client_id') !== CLIENT) return send(400, { error: 'unauthorized_client', error_description: 'AADSTS700016: Application not found.' });
      const secretOk = form.get('client_secret') === clientSecret;
      const assertionOk = form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' && form.get('client_assertion') === FEDERATED_ASSERTION;
      if (!secretOk && !assertionOk) return send(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
      const expiry = { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600 };
      if (form.get('grant_type') === 'client_credentials') return send(200, { ...expiry, access_token: issue({ kind: 'app' }) });
      if (form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' && form.get('requested_token_use') === 'on_behalf_of') {
        const assertion = form.get('assertion') ?? '';
        if (refusedAssertions.has(assertion)) return send(400, { error: 'invalid_grant', error_description: 'AADSTS65001: The user or administrator has not consented to use the application.' });
        const oid = oidOf(assertion);
        if (!oid) return send(400, { error: 'invalid_request', error_description: 'AADSTS50027: JWT token is invalid or malformed.' });
        return send(200, { ...expiry, scope: form.get('scope'), access_token: issue({ kind: 'user', oid }) });
      }
      return send(400, { error: 'unsupported_grant_type' });
    }

    if (request.method === 'GET' && url.pathname === '/msi/token') {
      if (request.headers['x-identity-header'] !== identityHeader) return send(401, { error: 'unauthorized' });
      if (url.searchParams.get('client_id') !== MANAGED_IDENTITY) return send(400, { error: 'invalid_request', error_description: 'Unknown managed identity.' });
      const expiresOn = Math.floor(Date.now() / 1000) + 3600;
      const resource = url.searchParams.get('resource') ?? '';
      // For Entra's token exchange, the assertion the app registration trusts; for a resource
      // such as Table Storage, an access token of that audience from the identity's tenant.
      const accessToken = resource === 'api://AzureADTokenExchange' ? FEDERATED_ASSERTION : managedIdentityAccessToken(tenant, resource, expiresOn);
      return send(200, { access_token: accessToken, expires_on: String(expiresOn), resource, token_type: 'Bearer', client_id: MANAGED_IDENTITY });
    }

    if (url.pathname.startsWith('/v1.0/')) {
      const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}) => send(status, { error: { code, message } }, headers);
      if (throttle.remaining > 0) {
        throttle.remaining -= 1;
        return graphError(429, 'TooManyRequests', 'Too many requests.', { 'Retry-After': String(throttle.retryAfter) });
      }
      const grant = issued.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (!grant) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.');
      const path = decodeURIComponent(url.pathname.slice('/v1.0'.length));
      if (path === '/me') {
        if (grant.kind !== 'user') return graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
        const user = users.get(grant.oid);
        return user ? send(200, select(user, url)) : graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.');
      }
      if (grant.kind !== 'app') return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      // Without the permission a read needs, Graph answers 403 (true: the refusal was sent).
      const refused = (permission: string) => {
        if (permissions.has(permission)) return false;
        graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
        return true;
      };
      // A page of a collection; the next page's link keeps the query and adds a $skiptoken, as Graph's do.
      const sendPage = <T>(items: T[], shape: (item: T) => unknown = (item) => item) => {
        const offset = Number(url.searchParams.get('$skiptoken') ?? 0);
        const page = items.slice(offset, offset + pageSize).map(shape);
        const next = new URLSearchParams(url.searchParams);
        next.set('$skiptoken', String(offset + pageSize));
        return send(200, { value: page, ...(offset + pageSize < items.length ? { '@odata.nextLink': `${baseUrl}${url.pathname}?${next.toString()}` } : {}) });
      };
      const servicePrincipal = /^\/servicePrincipals\(appId='((?:[^']|'')*)'\)$/.exec(path);
      if (servicePrincipal) {
        if (refused('Application.Read.All')) return;
        const found = servicePrincipals.get(servicePrincipal[1]!.replace(/''/g, "'"));
        return found ? send(200, found) : graphError(404, 'Request_ResourceNotFound', `Resource '${servicePrincipal[1]}' does not exist.`);
      }
      const assignedTo = /^\/servicePrincipals\/([^/]+)\/appRoleAssignedTo$/.exec(path);
      if (assignedTo) {
        if (refused('Application.Read.All')) return;
        if (![...servicePrincipals.values()].some((candidate) => candidate.id === assignedTo[1])) return graphError(404, 'Request_ResourceNotFound', `Resource '${assignedTo[1]}' does not exist.`);
        return sendPage(appRoleAssignments.filter((assignment) => assignment.resourceId === assignedTo[1]));
      }
      const transitive = /^\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(path);
      if (transitive) {
        if (refused('GroupMember.Read.All')) return;
        if (!groups.has(transitive[1]!)) return graphError(404, 'Request_ResourceNotFound', `Resource '${transitive[1]}' does not exist.`);
        return sendPage(transitiveUsers(transitive[1]!, groups, users), (user) => select(user, url));
      }
      if (path === '/users' || path.startsWith('/users/')) {
        if (refused('User.Read.All')) return;
      }
      if (path === '/users') {
        const prefix = /startswith\(displayName,'((?:[^']|'')*)'\)/.exec(url.searchParams.get('$filter') ?? '')?.[1]?.replace(/''/g, "'") ?? '';
        const top = Number(url.searchParams.get('$top') ?? 100);
        const matches = [...users.values()].filter((user) => [user.displayName, user.mail ?? '', user.userPrincipalName].some((value) => value.toLowerCase().startsWith(prefix.toLowerCase())));
        return send(200, { value: matches.slice(0, top).map((user) => select(user, url)) });
      }
      const match = /^\/users\/([^/]+)$/.exec(path);
      const user = match ? (users.get(match[1]!) ?? [...users.values()].find((candidate) => candidate.userPrincipalName === match[1])) : undefined;
      return user ? send(200, select(user, url)) : graphError(404, 'Request_ResourceNotFound', `Resource '${match?.[1] ?? path}' does not exist.`);
    }
    return send(404, { error: 'not_found' });
  };

  const listener: RequestListener = (request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      handle(request, body, response, (status) =>
        requests.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: request.headers, form: new URLSearchParams(body), status }),
      );
    });
  };
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const authorityMetadata = JSON.stringify({
    token_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/token`,
    authorization_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${baseUrl}/${tenant}/oauth2/v2.0/logout`,
    issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
    jwks_uri: `${baseUrl}/${tenant}/discovery/v2.0/keys`,
  });
  const cloudDiscoveryMetadata = JSON.stringify({
    tenant_discovery_endpoint: `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
  });
  return {
    baseUrl,
    tenantId: tenant,
    clientId: CLIENT,
    clientSecret,
    authorityMetadata,
    cloudDiscoveryMetadata,
    identityEndpoint: `${baseUrl}/msi/token`,
    identityHeader,
    managedIdentityClientId: MANAGED_IDENTITY,
    credentialOptions: (overrides = {}) => ({ clientId: CLIENT, tenantId: tenant, clientSecret, graphBaseUrl: baseUrl, authorityMetadata, cloudDiscoveryMetadata, ...overrides }),
    users,
    servicePrincipals,
    appRoleAssignments,
    groups,
    permissions,
    setPageSize: (size) => {
      pageSize = size;
    },
    requests,
    throttleNext: (count, retryAfterSeconds) => {
      throttle = { remaining: count, retryAfter: retryAfterSeconds };
    },
    refuseConsentFor: (assertion) => refusedAssertions.add(assertion),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A managed identity's access token for `resource`, shaped as Entra issues it (v1 issuer of the
 * tenant, audience, lifetime). Unsigned: the Azurite that checks it (`--oauth basic`) reads only
 * those claims.
 */
function managedIdentityAccessToken(tenant: string, resource: string, expiresOn: number): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { aud: resource, iss: `https://sts.windows.net/${tenant}/`, tid: tenant, oid: MANAGED_IDENTITY_PRINCIPAL, appid: MANAGED_IDENTITY, iat: now - 60, nbf: now - 60, exp: expiresOn };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** The `oid` of a JWT, read without verifying it (Entra verifies the assertion; so did our API). */
function oidOf(assertion: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as { oid?: unknown };
    return typeof payload.oid === 'string' ? payload.oid : undefined;
  } catch {
    return undefined;
  }
}

/** The users in a group and in the groups nested in it, each once (a group met twice is read once). */
function transitiveUsers(groupId: string, groups: Map<string, string[]>, users: Map<string, StandInUser>): StandInUser[] {
  const found = new Map<string, StandInUser>();
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const member of groups.get(id) ?? []) {
      const user = users.get(member);
      if (user) found.set(user.id, user);
      else visit(member);
    }
  };
  visit(groupId);
  return [...found.values()];
}

/** Applies `$select` as Graph does: only the fields asked for (and id). */
function select(user: StandInUser, url: URL): Partial<StandInUser> {
  const fields = (url.searchParams.get('$select') ?? '').split(',').filter(Boolean);
  if (fields.length === 0) return user;
  return Object.fromEntries(Object.entries(user).filter(([name]) => name === 'id' || fields.includes(name)));
}
