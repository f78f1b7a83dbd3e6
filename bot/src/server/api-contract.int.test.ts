import type { z } from 'zod';
import { type OperationName, type RouteDeclaration } from '@entrance-hall/shared/domain/contract/api-contract';
import { buildOpenApiDocument } from '@entrance-hall/shared/http/api/contract/openapi-document';
import { fillPath } from '@entrance-hall/shared/domain/contract/path-params';
import { writeQuery } from '@entrance-hall/shared/domain/contract/query-string';
import { problemSchema } from '@entrance-hall/shared/domain/contract/record-schemas';
import { routeAccess } from '@entrance-hall/shared/http/api/route-access';
import { ROLES, type Role } from '@entrance-hall/shared/domain/identity/roles';
import { SCORING_CRITERIA } from '@entrance-hall/shared/domain/scoring/scoring-criteria';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { fieldsNotInSchema } from '../../../shared/testing/contract/fields-not-in-schema';
import { API_ROUTES_UNDER_TEST, USER_FOR } from './api-routes-under-test';

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  ifMatch?: string;
  /** A body that is not JSON (the CSV import). */
  contentType?: string;
}

const RATINGS = Object.fromEntries(SCORING_CRITERIA.map((criterion) => [criterion, 3]));

/**
 * The contract test: every route of the table, called by every role with input that would succeed
 * for a role allowed to make it, answers as its declaration says — a 2xx body that parses with the
 * route's output schema (or a declared download), or a problem+json document; 403 for a role the
 * route refuses. Every route must answer 2xx to at least one role, so every output schema is proven.
 */
describe('every route answers as the contract says, for every role', () => {
  let server: TestServer;
  const answeredOk = new Set<OperationName>();

  const json = async <T>(user: string, method: string, path: string, body?: unknown, ifMatch?: string) => {
    const response = await server.api<T>(user, method, path, { ...(body !== undefined ? { body } : {}), ...(ifMatch ? { headers: { 'If-Match': ifMatch } } : {}) });
    if (response.status >= 300) throw new Error(`${method} ${path} as ${user}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const newRequest = async (owner: string) => (await json<{ id: string; etag: string }>(owner, 'POST', '/api/v1/requests', validRequestBody({ title: `Contract ${owner}` }))).id;
  const etagOf = async (path: string) => (await json<{ etag: string }>('mark.evans', 'GET', path)).etag;
  const advance = async (id: string, to: string) => json('tom.reed', 'POST', `/api/v1/requests/${id}/stage`, { to }, await etagOf(`/api/v1/requests/${id}`));
  const readyForDecision = async (owner: string) => {
    const id = await newRequest(owner);
    await json('tom.reed', 'PUT', `/api/v1/requests/${id}/score`, { ratings: RATINGS }, await etagOf(`/api/v1/requests/${id}`));
    await advance(id, 'triage');
    await advance(id, 'ready_for_decision');
    return id;
  };
  const decided = async (owner: string) => {
    const id = await readyForDecision(owner);
    const { decision } = await json<{ decision: { id: string } }>('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { outcome: 'defer', reason: 'Waiting for the budget round' }, await etagOf(`/api/v1/requests/${id}`));
    return { id, decisionId: decision.id };
  };
  let meeting: { id: string; agenda: string[] };
  const estateApplication = (name: string) => ({ name, supplier: 'Smallbrook Software', serviceAreas: ['Environmental Health'], capability: 'regulatory', hosting: 'saas', supportStatus: 'supported', personalData: false, businessOwner: 'Head of Environmental Health', disposition: 'tolerate' });
  const newApplication = async (name: string) => (await json<{ id: string }>('tom.reed', 'POST', '/api/v1/applications', estateApplication(name))).id;

  /** Input for one cell: a fresh target where the route changes it, the role's own where it may only act on its own. */
  async function prepare(name: OperationName, declaration: RouteDeclaration, role: Role): Promise<Call> {
    const owner = routeAccess(declaration, role) === 'own' ? USER_FOR[role] : 'priya.shah';
    const onRequest = async (id: string, body?: unknown) => ({ params: { id }, body, ifMatch: await etagOf(`/api/v1/requests/${id}`) });
    switch (name) {
      case 'getAction':
        return { params: { id: 'A1.1' } };
      case 'updateAction':
        return { params: { id: 'A1.1' }, body: { status: 'on_track', progressNote: `Checked by ${role}` }, ifMatch: await etagOf('/api/v1/actions/A1.1') };
      case 'createRequest':
        return { body: validRequestBody({ title: `Created by ${role}` }) };
      case 'getRequest':
      case 'listRequestDecisions':
        return { params: { id: await newRequest(owner) } };
      case 'updateRequest':
        return onRequest(await newRequest(owner), role === 'SteeringChair' ? { plannedQuarter: '2027-28-Q1' } : { sponsor: 'Director of Resources' });
      case 'moveRequestStage':
        return onRequest(await newRequest(owner), owner === USER_FOR[role] && role === 'Officer' ? { to: 'withdrawn', reason: 'No longer needed' } : { to: 'triage' });
      case 'scoreRequest':
        return onRequest(await newRequest(owner), { ratings: RATINGS });
      case 'recordDecision':
        return onRequest(await readyForDecision(owner), { outcome: 'approve', reason: 'Good value for residents' });
      case 'rescindDecision':
      case 'amendDecision': {
        const { id, decisionId } = await decided(owner);
        const body = name === 'amendDecision' ? { outcome: 'approve', reason: 'The budget was found' } : { reason: 'Recorded against the wrong item' };
        return { params: { id, decisionId }, body, ifMatch: await etagOf(`/api/v1/requests/${id}`) };
      }
      case 'createMeeting':
        return { body: { forum: 'ICT Steering Group', title: `Arranged by ${role}`, startsAt: '2027-01-12T10:00:00Z' } };
      case 'getMeeting':
      case 'getMeetingFeed':
        return { params: { id: meeting.id } };
      case 'setMeetingCurrentItem':
        return { params: { id: meeting.id }, body: { requestId: meeting.agenda[ROLES.indexOf(role) % meeting.agenda.length]! } };
      case 'updateMeeting':
        return { params: { id: meeting.id }, body: { notes: `Notes by ${role}` }, ifMatch: await etagOf(`/api/v1/meetings/${meeting.id}`) };
      case 'replaceOrganisationSettings': {
        // The settings in force, sent back unchanged with their version (only administrators may).
        const { etag, id: _id, organisationId: _org, updatedAt: _at, updatedBy: _by, ...settings } = await json<Record<string, unknown> & { etag: string }>('mark.evans', 'GET', '/api/v1/organisation/settings');
        return { body: settings, ifMatch: etag };
      }
      case 'recordBodyDecision': {
        // Above the steering group's authority its approval is a recommendation; the member body then decides.
        const id = (await json<{ id: string }>(owner, 'POST', '/api/v1/requests', validRequestBody({ title: `Contract above delegation ${role}`, capitalCost: 400_000 }))).id;
        await json('tom.reed', 'PUT', `/api/v1/requests/${id}/score`, { ratings: RATINGS }, await etagOf(`/api/v1/requests/${id}`));
        await advance(id, 'triage');
        await advance(id, 'ready_for_decision');
        await json('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { outcome: 'approve', reason: 'Recommended for its value' }, await etagOf(`/api/v1/requests/${id}`));
        // Cabinet meets on or after the recommendation (made just now) and not in the future: today.
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
        return onRequest(id, { outcome: 'approve', meetingDate: today, minuteReference: 'CAB/2026/120', reason: 'Cabinet agreed the recommendation.' });
      }
      case 'readAuditTrail':
        return { query: { entity: `request:${await newRequest(owner)}` } };
      case 'getReportTable':
        return { params: { key: 'action-plan' } };
      case 'recordBenefitActual': {
        // The demo's closed Cashless parking payments: B1 is owned by the Officer; a named review can be recorded again.
        const overview = await json<{ requests: { requestId: string; title: string }[] }>('tom.reed', 'GET', '/api/v1/benefits');
        const parking = overview.requests.find((request) => request.title === 'Cashless parking payments')!;
        return { params: { id: parking.requestId, benefitId: 'B1' }, body: { reviewId: 'B1.m12', amount: 17_000, financialYear: '2026/27' } };
      }
      case 'createApplication':
        return { body: estateApplication(`Created by ${role}`) };
      case 'getApplication':
        return { params: { id: await newApplication(`Read by ${role}`) } };
      case 'updateApplication': {
        const id = await newApplication(`Changed by ${role}`);
        return { params: { id }, body: { users: 20 }, ifMatch: await etagOf(`/api/v1/applications/${id}`) };
      }
      case 'importApplications':
        return {
          body: `name,supplier,serviceAreas,capability,hosting,supportStatus,personalData,businessOwner,disposition\nImported by ${role},Smallbrook Software,Licensing,regulatory,saas,supported,no,Head of Licensing,tolerate\n`,
          contentType: 'text/csv',
        };
      case 'setEstateTarget': {
        // There is no read of the target alone: a stale write answers 412 with the current version.
        const body = { baselineCount: 143, baselineDate: '2025-04-01', targetCount: 100, targetDate: '2029-03-31', source: `Set by ${role}` };
        const stale = await server.api('mark.evans', 'PUT', '/api/v1/estate/target', { body, headers: { 'If-Match': '"stale"' } });
        return { body, ifMatch: (stale.body as { current?: { etag?: string } }).current?.etag };
      }
      case 'listRequestOverlaps':
        return { params: { id: await newRequest(owner) } };
      case 'updateStrategyTarget':
        // ICT records the current figure; an administrator may send the definition too.
        return { params: { id: 'T2' }, body: role === 'Admin' ? { current: 15, currentDate: '2026-11-01', owner: 'Digital Services Manager' } : { current: 15, currentDate: '2026-11-01' }, ifMatch: await etagOf('/api/v1/strategy') };
      case 'recordOverlapNote':
        return { params: { id: await newRequest(owner), targetId: await newApplication(`Noted by ${role}`) }, body: { verdict: 'replaces' } };
      default:
        return {};
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    const agenda = [await readyForDecision('priya.shah'), await readyForDecision('priya.shah')];
    meeting = await json<{ id: string; agenda: string[] }>('helen.morris', 'POST', '/api/v1/meetings', { forum: 'ICT Steering Group', title: 'Contract test meeting', startsAt: '2027-02-09T10:00:00Z', agenda });
  });
  afterAll(async () => server?.close());

  const cells = API_ROUTES_UNDER_TEST.flatMap((route) => ROLES.map((role) => [`${route.method} ${route.declaration.path}`, role, route] as const));

  it.each(cells)('%s as %s', async (_name, role, route) => {
    const { declaration } = route;
    const call = await prepare(route.name, declaration, role);
    const path = fillPath(declaration.path, call.params ?? {}) + writeQuery(call.query);
    const response = await server.api(USER_FOR[role], route.method, path, { ...(call.body !== undefined ? { body: call.body } : {}), headers: { ...(call.ifMatch ? { 'If-Match': call.ifMatch } : {}), ...(call.contentType ? { 'Content-Type': call.contentType } : {}) } });
    const type = response.headers.get('content-type') ?? '';
    if (routeAccess(declaration, role) === 'no') expect(response.status).toBe(403);
    if (response.status >= 200 && response.status < 300) {
      expect(response.status).toBe(declaration.status ?? 200);
      expect(type).toBe('application/json; charset=utf-8');
      const parsed = (declaration.output as z.ZodType).safeParse(response.body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      // A field the server sends and the schema does not name would be stripped by the parse: the
      // OpenAPI document (and every client built on it) would not know it. The answer must be
      // exactly what its schema describes.
      expect(fieldsNotInSchema(response.body, parsed.data)).toEqual([]);
      answeredOk.add(route.name);
    } else {
      expect(type).toMatch(/^application\/problem\+json/);
      expect(problemSchema.safeParse(response.body).success).toBe(true);
      expect(response.body).toMatchObject({ status: response.status });
    }
  });

  it('proved every output schema with at least one 2xx answer', () => {
    expect(API_ROUTES_UNDER_TEST.map((route) => route.name).filter((name) => !answeredOk.has(name))).toEqual([]);
  });

  describe('downloads are routes like any other', () => {
    const download = (role: Role, format: string) => server.api(USER_FOR[role], 'GET', `/api/v1/reports/tables/action-plan?format=${format}&year=2026/27`);

    it.each(ROLES.flatMap((role) => (['ooxml', 'docx'] as const).map((format) => [format, role] as const)))('format=%s as %s: the declared content type, or 403', async (format, role) => {
      const response = await download(role, format);
      const declaration = API_ROUTES_UNDER_TEST.find((route) => route.name === 'getReportTable')!.declaration;
      if (routeAccess(declaration, role) === 'no') {
        expect(response.status).toBe(403);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        return;
      }
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(declaration.downloads![format]);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="entrance-hall-action-plan-2026-27-\\d{4}-\\d{2}-\\d{2}\\.${format === 'docx' ? 'docx' : 'xml'}"$`));
    });

    it('carry the security headers of every answer (CSP, nosniff, no caching)', async () => {
      const response = await download('ReportAuthor', 'docx');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('answer a %-escape that does not decode with 400 problem+json, headers and all', async () => {
      for (const path of ['/api/v1/reports/tables/%E0%A4%A?format=docx', '/api/v1/reports/tables/action-plan?format=docx&theme=%ZZ']) {
        const response = await server.api('sarah.lewis', 'GET', path);
        expect([path, response.status]).toEqual([path, 400]);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(response.body).toMatchObject({ code: 'validation' });
      }
    });

    it('refuse a bad choice with 400 naming it, as the JSON table does', async () => {
      const response = await server.api('sarah.lewis', 'GET', '/api/v1/reports/tables/action-plan?format=docx&top=0');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'validation', errors: [{ field: 'top' }] });
    });
  });

  it('serves the OpenAPI document built from the same table, without a token', async () => {
    const response = await server.api(null, 'GET', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
