import { routeAccess } from '@entrance-hall/shared/http/api/route-access';
import { can } from '@entrance-hall/shared/domain/identity/permissions';
import { ROLES, type Role } from '@entrance-hall/shared/domain/identity/roles';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { API_ROUTES_UNDER_TEST, SAMPLE_REQUEST, USER_FOR } from './api-routes-under-test';

const ROUTES = API_ROUTES_UNDER_TEST;

/** A body that the role could send to do what the route is for (so a refusal is about the role). */
function bodyFor(route: { method: string; path: string; body?: unknown }, role: Role, access: string): unknown {
  const principal = { roles: [role] };
  if (route.method === 'PATCH' && route.path.startsWith('/api/v1/requests/')) {
    return !can(principal, 'requests:update') && can(principal, 'requests:sequence') ? { plannedQuarter: '2027-28-Q1' } : { sponsor: 'Director of Resources' };
  }
  if (route.path.endsWith('/stage')) return access === 'own' ? { to: 'withdrawn', reason: 'No longer needed' } : { to: 'triage' };
  return route.body;
}

describe('the role × route matrix, every cell, against the running server', () => {
  let server: TestServer;
  const own: Partial<Record<Role, string>> = {};
  let someoneElses: string;
  beforeAll(async () => {
    server = await startTestServer();
    for (const role of ROLES) {
      const created = await server.api(USER_FOR[role], 'POST', '/api/v1/requests', { body: validRequestBody({ title: `Request of the ${role}` }) });
      own[role] = created.body.id;
    }
    someoneElses = (await server.api('tom.reed', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'ICT’s own request' }) })).body.id;
  });
  afterAll(async () => server?.close());

  const call = (role: Role, route: { method: string; path: string }, target: string, body: unknown) =>
    server.api(USER_FOR[role], route.method, route.path.replace(SAMPLE_REQUEST, target), { body, headers: { 'If-Match': 'W/"not-the-current-version"' } });

  const cells = ROUTES.flatMap((route) => ROLES.map((role) => [`${route.method} ${route.path}`, role, route] as const));

  it.each(cells)('%s as %s', async (_name, role, route) => {
    const access = routeAccess(route.declaration, role);
    const body = bodyFor(route, role, access);
    if (access === 'no') {
      const refused = await call(role, route, own[role]!, body);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
      return;
    }
    const target = access === 'own' ? own[role]! : role === 'ICT' ? own.Officer! : someoneElses;
    const allowed = await call(role, route, target, body);
    expect([401, 403]).not.toContain(allowed.status);
    if (access === 'own' && route.path.includes(SAMPLE_REQUEST)) {
      // Someone else's request: 404 when the caller cannot see it, 403 when they can but may not act.
      const others = await call(role, route, someoneElses, body);
      expect([403, 404]).toContain(others.status);
    }
  });

  it('lets the chair sequence a request into a quarter, keeping everything else', async () => {
    const current = await server.api('helen.morris', 'GET', `/api/v1/requests/${someoneElses}`);
    const sequenced = await server.api('helen.morris', 'PATCH', `/api/v1/requests/${someoneElses}`, { body: { plannedQuarter: '2027-28-Q3' }, headers: { 'If-Match': current.body.etag } });
    expect(sequenced.status).toBe(200);
    expect(sequenced.body).toMatchObject({ plannedQuarter: '2027-28-Q3', sponsor: current.body.sponsor, capitalCost: current.body.capitalCost });
    const details = await server.api('helen.morris', 'PATCH', `/api/v1/requests/${someoneElses}`, { body: { capitalCost: 1 }, headers: { 'If-Match': sequenced.body.etag } });
    expect(details.status).toBe(403);
  });

  it('refuses an officer every privileged change to their own request, even with the real version', async () => {
    const privileged: [string, string, unknown][] = [
      ['PATCH', '', { plannedQuarter: '2027-28-Q1' }],
      ['POST', '/stage', { to: 'triage' }],
      ['PUT', '/score', { ratings: {} }],
      ['POST', '/decisions', { outcome: 'approve', reason: 'Looks good to me' }],
    ];
    for (const [method, suffix, body] of privileged) {
      const current = await server.api('priya.shah', 'GET', `/api/v1/requests/${own.Officer}`);
      const response = await server.api('priya.shah', method, `/api/v1/requests/${own.Officer}${suffix}`, { body, headers: { 'If-Match': current.body.etag } });
      expect([method, suffix, response.status]).toEqual([method, suffix, 403]);
      expect((await server.api('priya.shah', 'GET', `/api/v1/requests/${own.Officer}`)).body).toEqual(current.body);
    }
  });

  it('shows internal-audit actions only to the roles that read the audit-actions report table', async () => {
    const officerList = await server.api('priya.shah', 'GET', '/api/v1/actions');
    expect(officerList.body.items.some((action: { source: { kind: string } }) => action.source.kind === 'internal_audit')).toBe(false);
    expect((await server.api('priya.shah', 'GET', '/api/v1/actions?source=internal_audit')).body.count).toBe(0);
    const auditAction = (await server.api('sarah.lewis', 'GET', '/api/v1/actions?source=internal_audit')).body.items[0];
    expect(auditAction).toBeDefined();
    expect((await server.api('priya.shah', 'GET', `/api/v1/actions/${auditAction.id}`)).status).toBe(404);
    for (const role of ROLES.filter((candidate) => candidate !== 'Officer')) {
      expect((await server.api(USER_FOR[role], 'GET', `/api/v1/actions/${auditAction.id}`)).status).toBe(200);
    }
  });
});
