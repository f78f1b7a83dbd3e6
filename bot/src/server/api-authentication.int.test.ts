import { startLocalOpenIdIssuer, type LocalOpenIdIssuer } from '../../../shared/testing/local-openid-issuer';
import { DEMO_ORGANISATIONS, demoGuid } from '../../../shared/demo/demo-users';
import { listRouteDeclarations } from '@entrance-hall/shared/domain/contract/api-contract';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { API_ROUTES_UNDER_TEST } from './api-routes-under-test';

const AUDIENCE = 'api://entrance-hall-test';
const ASHCOMBE = DEMO_ORGANISATIONS.ashcombe.tenantId;
const OTHER_TENANT = demoGuid('tenant:somewhere-else');

describe('API sign-in with Entra-style tokens', () => {
  let issuer: LocalOpenIdIssuer;
  let server: TestServer;
  const claims = (overrides: Record<string, unknown> = {}) => ({ tid: ASHCOMBE, oid: demoGuid('user:tom.reed'), name: 'Tom Reed', roles: ['ICT'], aud: AUDIENCE, ...overrides });

  beforeAll(async () => {
    issuer = await startLocalOpenIdIssuer();
    server = await startTestServer({
      AUTH_MODE: 'entra',
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_ALLOWED_TENANTS: `${ASHCOMBE},${DEMO_ORGANISATIONS.fenwickMarsh.tenantId},${OTHER_TENANT.replace(/.$/, '0')}`,
      AUTH_ISSUER: issuer.issuerTemplate,
      AUTH_JWKS_URI: issuer.jwksUri,
    });
  });
  afterAll(async () => {
    await server?.close();
    await issuer?.stop();
  });

  const call = (route: { method: string; path: string; body?: unknown }, authorization?: string) =>
    fetch(`${server.url}${route.path}`, {
      method: route.method,
      headers: { ...(authorization ? { Authorization: authorization } : {}), 'Content-Type': 'application/json', 'If-Match': 'W/"x"' },
      body: route.body === undefined ? undefined : JSON.stringify(route.body),
    });

  it('covers every API route in these tests', () => {
    expect(API_ROUTES_UNDER_TEST.map((route) => route.name)).toEqual(listRouteDeclarations().map((route) => route.name));
  });

  const badTokens: [string, () => Promise<string | undefined>, RegExp][] = [
    ['no token', async () => undefined, /no bearer token/],
    ['a malformed header', async () => 'Basic dG9tOnNlY3JldA==', /must be "Bearer <token>"/],
    ['a forged token (signed with an unpublished key)', async () => `Bearer ${await issuer.sign(claims(), { withKey: issuer.foreignKey })}`, /signature could not be verified/],
    ['an expired token', async () => `Bearer ${await issuer.sign(claims(), { expiresIn: Math.floor(Date.now() / 1000) - 600 })}`, /expired/],
    ['a token for another application', async () => `Bearer ${await issuer.sign(claims({ aud: 'api://someone-else' }))}`, /different application/],
    ['a token from a tenant that is not allowed', async () => `Bearer ${await issuer.sign(claims({ tid: OTHER_TENANT }))}`, /tenant is not allowed/],
    ['a token claiming another tenant’s issuer', async () => `Bearer ${await issuer.sign(claims(), { issuer: issuer.issuerTemplate.replace('{tenantid}', DEMO_ORGANISATIONS.fenwickMarsh.tenantId) })}`, /not issued by your organisation/],
    ['an unsigned token (alg none)', async () => `Bearer ${unsignedToken(claims())}`, /not signed in a way|not valid/],
  ];

  describe.each(badTokens)('with %s', (_label, makeHeader, message) => {
    it.each(API_ROUTES_UNDER_TEST.map((route) => [`${route.method} ${route.path}`, route] as const))('%s answers 401 and changes nothing', async (_name, route) => {
      const response = await call(route, await makeHeader());
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe('unauthenticated');
      expect(problem.detail).toMatch(message);
    });
  });

  it('nothing was changed by the refused calls', async () => {
    const token = await issuer.sign(claims());
    const action = await call({ method: 'GET', path: '/api/v1/actions/A1.1' }, `Bearer ${token}`);
    expect(((await action.json()) as { status: string }).status).toBe('complete');
    const requests = (await (await call({ method: 'GET', path: '/api/v1/requests' }, `Bearer ${token}`)).json()) as { count: number };
    expect(requests.count).toBe(30);
  });

  it('accepts a valid token and takes roles from the roles claim', async () => {
    const response = await call({ method: 'GET', path: '/api/v1/me' }, `Bearer ${await issuer.sign(claims({ roles: ['SteeringChair', 'NotARole'] }))}`);
    expect(response.status).toBe(200);
    const me = (await response.json()) as { name: string; organisation: { name: string }; roles: { id: string }[] };
    expect(me).toMatchObject({ name: 'Tom Reed', organisation: { name: 'Ashcombe Borough Council' } });
    expect(me.roles.map((role) => role.id)).toEqual(['SteeringChair']);
  });

  it('treats a signed-in member of staff without an app role as an officer', async () => {
    const token = await issuer.sign(claims({ roles: undefined }));
    expect(((await (await call({ method: 'GET', path: '/api/v1/me' }, `Bearer ${token}`)).json()) as { roles: { id: string }[] }).roles).toEqual([{ id: 'Officer', label: 'Officer' }]);
    const risks = await call({ method: 'GET', path: '/api/v1/risks' }, `Bearer ${token}`);
    expect(risks.status).toBe(403);
  });

  it('refuses an allowed tenant that has no organisation in Entrance Hall with 403', async () => {
    const token = await issuer.sign(claims({ tid: OTHER_TENANT.replace(/.$/, '0') }));
    const response = await call({ method: 'GET', path: '/api/v1/me' }, `Bearer ${token}`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/not set up in Entrance Hall/);
  });
});

function unsignedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, iss: `urn:x`, iat: now, exp: now + 3600 })}.`;
}
