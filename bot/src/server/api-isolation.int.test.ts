import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

/**
 * Two organisations in one Entrance Hall: a Fenwick & Marsh user tries every read and write route
 * on Ashcombe's records and sees or changes none of them.
 */
describe('one organisation never sees another’s data', () => {
  let server: TestServer;
  let ashcombeRequest: { id: string; etag: string };
  let ashcombeMeetingId: string;
  const SECRET_TITLE = 'Ashcombe confidential restructure system';

  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api('tom.reed', 'POST', '/api/v1/requests', { body: validRequestBody({ title: SECRET_TITLE }) });
    ashcombeRequest = { id: created.body.id, etag: created.body.etag };
    const meetings = await server.api('helen.morris', 'GET', '/api/v1/meetings');
    ashcombeMeetingId = meetings.body.items[0].id;
  });
  afterAll(async () => server?.close());

  const asFenwick = (method: string, path: string, body?: unknown, etag = ashcombeRequest.etag) =>
    server.api('owen.price', method, path, { body, headers: { 'If-Match': etag } });

  it('lists only its own requests, strategy, actions, risks, capacity, meetings and decisions', async () => {
    const requests = await asFenwick('GET', `/api/v1/requests?text=${encodeURIComponent('Ashcombe')}`);
    expect(requests.body.count).toBe(0);
    const all = await asFenwick('GET', '/api/v1/requests');
    expect(all.body.items.every((request: { organisationId: string }) => request.organisationId === 'fenwick-marsh')).toBe(true);
    expect(all.body.items.map((request: { title: string }) => request.title)).not.toContain(SECRET_TITLE);
    expect((await asFenwick('GET', '/api/v1/strategy')).body.title).toBe('Shared ICT Strategy 2025–2030');
    const actions = await asFenwick('GET', '/api/v1/actions');
    expect(actions.body.items.map((action: { reference: string }) => action.reference)).toEqual(['S1.1', 'S2.1', 'S3.1']);
    const risks = await asFenwick('GET', '/api/v1/risks');
    expect(risks.body.items.every((risk: { organisationId: string }) => risk.organisationId === 'fenwick-marsh')).toBe(true);
    const capacity = await asFenwick('GET', '/api/v1/capacity');
    const planned = capacity.body.quarters.filter((quarter: { capacity: { ictDays: number } }) => quarter.capacity.ictDays > 0);
    expect(planned.map((quarter: { capacity: { ictDays: number } }) => quarter.capacity.ictDays)).toEqual([150, 160, 170]);
    const meetings = await asFenwick('GET', '/api/v1/meetings');
    expect([...new Set(meetings.body.items.map((meeting: { forum: string }) => meeting.forum))]).toEqual(['Partnership Board']);
    const decisions = await asFenwick('GET', '/api/v1/decisions');
    expect(decisions.body.items.every((decision: { organisationId: string }) => decision.organisationId === 'fenwick-marsh')).toBe(true);
    const me = await asFenwick('GET', '/api/v1/me');
    expect(me.body.organisation.name).toBe('Fenwick and Marsh Vale Shared ICT Service');
  });

  it('cannot read Ashcombe’s records by id', async () => {
    expect((await asFenwick('GET', `/api/v1/requests/${ashcombeRequest.id}`)).status).toBe(404);
    expect((await asFenwick('GET', `/api/v1/requests/${ashcombeRequest.id}/decisions`)).status).toBe(404);
    expect((await asFenwick('GET', `/api/v1/audit?entity=request:${ashcombeRequest.id}`)).status).toBe(404);
    expect((await asFenwick('GET', '/api/v1/actions/A1.1')).status).toBe(404);
    expect((await asFenwick('GET', `/api/v1/meetings/${ashcombeMeetingId}`)).status).toBe(404);
    expect((await asFenwick('GET', `/api/v1/decisions?meeting=${ashcombeMeetingId}`)).body.count).toBe(0);
    expect((await asFenwick('GET', '/api/v1/audit?entity=action:A1.1')).status).toBe(404);
  });

  it('cannot change Ashcombe’s records, and nothing of Ashcombe’s changes', async () => {
    const action = await server.api('tom.reed', 'GET', '/api/v1/actions/A1.2');
    const attempts = [
      await asFenwick('PATCH', `/api/v1/requests/${ashcombeRequest.id}`, { title: 'Taken over' }),
      await asFenwick('POST', `/api/v1/requests/${ashcombeRequest.id}/stage`, { to: 'withdrawn', reason: 'Taken over' }),
      await asFenwick('PUT', `/api/v1/requests/${ashcombeRequest.id}/score`, { ratings: { strategicFit: 0, benefits: 0, statutoryNeed: 0, riskOfNotDoing: 0, cost: 0, effort: 0, readiness: 0 } }),
      await asFenwick('POST', `/api/v1/requests/${ashcombeRequest.id}/decisions`, { outcome: 'reject', reason: 'Taken over' }),
      await asFenwick('PATCH', '/api/v1/actions/A1.2', { status: 'complete' }, action.body.etag),
      await asFenwick('PATCH', `/api/v1/meetings/${ashcombeMeetingId}`, { title: 'Taken over' }),
      await asFenwick('POST', '/api/v1/meetings', { forum: 'Partnership Board', title: 'Sneaky', startsAt: '2027-01-01T10:00:00Z', agenda: [ashcombeRequest.id] }),
    ];
    // claire.bennett has ICT rights in Fenwick & Marsh, so scoring and stage moves reach the lookup too.
    const ictAttempts = [
      await server.api('claire.bennett', 'PATCH', `/api/v1/requests/${ashcombeRequest.id}`, { body: { title: 'Taken over' }, headers: { 'If-Match': ashcombeRequest.etag } }),
      await server.api('claire.bennett', 'PUT', `/api/v1/requests/${ashcombeRequest.id}/score`, {
        body: { ratings: { strategicFit: 0, benefits: 0, statutoryNeed: 0, riskOfNotDoing: 0, cost: 0, effort: 0, readiness: 0 } },
        headers: { 'If-Match': ashcombeRequest.etag },
      }),
      await server.api('claire.bennett', 'PATCH', '/api/v1/actions/A1.2', { body: { status: 'complete' }, headers: { 'If-Match': action.body.etag } }),
    ];
    for (const response of [...attempts, ...ictAttempts]) expect([403, 404, 400]).toContain(response.status);
    expect(attempts[6]!.status).toBe(400);

    const request = await server.api('tom.reed', 'GET', `/api/v1/requests/${ashcombeRequest.id}`);
    expect(request.body).toMatchObject({ title: SECRET_TITLE, stage: 'submitted', etag: ashcombeRequest.etag });
    expect(request.body.score).toBeUndefined();
    expect((await server.api('tom.reed', 'GET', '/api/v1/actions/A1.2')).body.etag).toBe(action.body.etag);
    expect((await server.api('tom.reed', 'GET', `/api/v1/audit?entity=request:${ashcombeRequest.id}`)).body.count).toBe(1);
  });

  it('numbers requests per organisation', async () => {
    const fenwick = await server.api('aled.jones', 'POST', '/api/v1/requests', {
      body: validRequestBody({ themeIds: ['customer'], title: 'Fenwick waste booking' }),
    });
    expect(fenwick.status).toBe(201);
    expect(fenwick.body.id).toBe(`EH-${new Date().getUTCFullYear()}-${new Date().getUTCFullYear() === 2026 ? '0009' : '0001'}`);
    const ashcombeTheme = await server.api('aled.jones', 'POST', '/api/v1/requests', { body: validRequestBody() });
    expect(ashcombeTheme.status).toBe(400);
    expect(ashcombeTheme.body.errors[0]).toEqual({ field: 'themeIds.0', message: '"digital-residents" is not a theme of the current strategy.' });
  });
});
