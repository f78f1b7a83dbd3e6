import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

describe('project requests over the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const count = async () => (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;

  describe('bad input gets a clear, specific error and changes nothing', () => {
    it.each([
      ['a missing title', validRequestBody({ title: undefined }), 'title', 'Title is required.'],
      ['an over-long title', validRequestBody({ title: 'x'.repeat(121) }), 'title', 'Title must be 120 characters or fewer.'],
      ['a date that does not exist', validRequestBody({ neededBy: '2027-02-30' }), 'neededBy', 'Needed by is not a real date.'],
      ['a negative cost', validRequestBody({ capitalCost: -5 }), 'capitalCost', 'Capital cost cannot be negative.'],
      ['pence in a cost', validRequestBody({ revenueCost: 10.5 }), 'revenueCost', 'Annual revenue cost must be in whole pounds.'],
      ['no theme', validRequestBody({ themeIds: [] }), 'themeIds', 'Choose at least one strategy theme.'],
      ['a theme not in the strategy', validRequestBody({ themeIds: ['made-up'] }), 'themeIds.0', '"made-up" is not a theme of the current strategy.'],
      ['personal data as words', validRequestBody({ personalData: 'yes' }), 'personalData', 'Personal data must be true or false.'],
      ['a field that does not exist', validRequestBody({ stage: 'approved' }), '(body)', expect.stringMatching(/stage/)],
    ])('%s → 400 naming the field', async (_label, body, field, message) => {
      const before = await count();
      const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toContainEqual({ field, message });
      expect(await count()).toBe(before);
    });

    it('names every problem at once', async () => {
      const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: { title: '' } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining(['title', 'serviceArea', 'sponsor', 'problem', 'proposedOutcome', 'themeIds', 'neededBy']));
    });

    it('refuses a body that is not JSON, or sent as another type', async () => {
      const notJson = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: '{"title": ' });
      expect(notJson.status).toBe(400);
      expect(notJson.body.errors).toEqual([{ field: '(body)', message: 'The body is not valid JSON.' }]);
      const form = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: 'title=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      expect(form.status).toBe(415);
      expect(form.body.code).toBe('unsupported_media_type');
    });

    it('refuses a body over 64 KB with 413', async () => {
      const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ problem: 'x'.repeat(70_000) }) });
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('payload_too_large');
    });

    it('refuses an unknown filter value with 400', async () => {
      const response = await server.api('tom.reed', 'GET', '/api/v1/requests?stage=approved,bogus');
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toMatch(/^stage/);
    });
  });

  it('answers 404 for a request, action or meeting that does not exist', async () => {
    expect((await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-9999')).status).toBe(404);
    expect((await server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-9999', { body: { title: 'x' }, headers: { 'If-Match': 'W/"1"' } })).status).toBe(404);
    expect((await server.api('tom.reed', 'GET', '/api/v1/actions/Z9.9')).status).toBe(404);
    expect((await server.api('tom.reed', 'GET', '/api/v1/meetings/nope')).status).toBe(404);
    const unknown = await server.api('tom.reed', 'GET', '/api/v1/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
  });

  it('answers 428 to an update without If-Match and 412 to a stale one, keeping the newer version', async () => {
    const current = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002');
    const etag = current.headers.get('etag')!;
    expect(etag).toBe(current.body.etag);
    const noVersion = await server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-0002', { body: { title: 'No version' } });
    expect(noVersion.status).toBe(428);
    const first = await server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-0002', { body: { ictEffortDays: 130 }, headers: { 'If-Match': etag } });
    expect(first.status).toBe(200);
    const stale = await server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-0002', { body: { ictEffortDays: 90 }, headers: { 'If-Match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ id: 'EH-2026-0002', ictEffortDays: 130 });
    expect((await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002')).body.ictEffortDays).toBe(130);
  });

  it('takes a request from submission to a recorded decision, with its history and the requester’s notification', async () => {
    const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody() });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(id).toMatch(/^EH-\d{4}-\d{4}$/);
    expect(created.headers.get('location')).toBe(`/api/v1/requests/${id}`);
    expect(created.body).toMatchObject({ stage: 'submitted', requester: { name: 'Priya Shah' }, title: 'Bulky waste collections booked online' });

    let etag = created.body.etag as string;
    const move = (user: string, to: string, reason?: string) =>
      server.api(user, 'POST', `/api/v1/requests/${id}/stage`, { body: { to, ...(reason ? { reason } : {}) }, headers: { 'If-Match': etag } });

    const officerMove = await move('priya.shah', 'triage');
    expect(officerMove.status).toBe(403);
    const skip = await move('tom.reed', 'in_delivery');
    expect(skip.status).toBe(422);
    expect(skip.body.detail).toMatch(/cannot move to In delivery/);
    const viaStage = await move('tom.reed', 'approved');
    expect(viaStage.status).toBe(422);
    expect(viaStage.body.detail).toMatch(/record a decision/);

    const triage = await move('tom.reed', 'triage');
    expect(triage.status).toBe(200);
    etag = triage.body.etag;
    const scored = await server.api('tom.reed', 'PUT', `/api/v1/requests/${id}/score`, {
      body: { ratings: { strategicFit: 4, benefits: 4, statutoryNeed: 1, riskOfNotDoing: 3, cost: 4, effort: 4, readiness: 5 }, rationale: 'Quick win' },
      headers: { 'If-Match': etag },
    });
    expect(scored.status).toBe(200);
    expect(scored.body.score.total).toBe(scored.body.score.calculated);
    expect(scored.body.score.parts).toHaveLength(7);
    etag = scored.body.etag;
    const tooEarly = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Good' }, headers: { 'If-Match': etag } });
    expect(tooEarly.status).toBe(422);
    const ready = await move('tom.reed', 'ready_for_decision');
    etag = ready.body.etag;

    const memberDecides = await server.api('david.okafor', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Good' }, headers: { 'If-Match': etag } });
    expect(memberDecides.status).toBe(403);
    const noReason = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve' }, headers: { 'If-Match': etag } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toContainEqual({ field: 'reason', message: 'Reason is required.' });

    const decided = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, {
      body: { outcome: 'approve', reason: 'Saves contact centre time', conditions: 'Card payments through the corporate provider' },
      headers: { 'If-Match': etag },
    });
    expect(decided.status).toBe(201);
    expect(decided.body.request.stage).toBe('approved');
    expect(decided.body.decision).toMatchObject({ outcome: 'approve', reason: 'Saves contact centre time', recordedBy: { name: 'Helen Morris' }, fromStage: 'ready_for_decision', toStage: 'approved' });

    const decisions = await server.api('priya.shah', 'GET', `/api/v1/requests/${id}/decisions`);
    expect(decisions.body.items).toHaveLength(1);
    const history = await server.api('priya.shah', 'GET', `/api/v1/audit?entity=request:${id}`);
    expect(history.body.items.map((event: { kind: string }) => event.kind)).toEqual(['created', 'stage_changed', 'scored', 'stage_changed', 'decision_recorded']);
    expect(history.body.items[4].summary).toBe('Approved: Saves contact centre time');

    const outbox = await server.context.repos.outbox.list('ashcombe');
    const mine = outbox.map((record) => record.value).filter((notification) => notification.requestId === id);
    expect(mine.map((notification) => notification.toStage)).toEqual(['triage', 'ready_for_decision', 'approved']);
    expect(mine[2]).toMatchObject({ outcome: 'approve', reason: 'Saves contact centre time', status: 'pending', requester: { name: 'Priya Shah' } });
  });

  it('lets a requester withdraw their own request with a reason, but not someone else’s', async () => {
    const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'To be withdrawn' }) });
    const id = created.body.id;
    const noReason = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/stage`, { body: { to: 'withdrawn' }, headers: { 'If-Match': created.body.etag } });
    expect(noReason.status).toBe(400);
    const withdrawn = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/stage`, { body: { to: 'withdrawn', reason: 'Covered by the new CRM' }, headers: { 'If-Match': created.body.etag } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.stage).toBe('withdrawn');
    const other = await server.api('priya.shah', 'GET', '/api/v1/requests/EH-2026-0002');
    expect(other.status).toBe(404);
  });

  it('shows officers only their own requests and governance roles the whole portfolio', async () => {
    const mine = await server.api('priya.shah', 'GET', '/api/v1/requests');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((request: { requester: { name: string } }) => request.requester.name === 'Priya Shah')).toBe(true);
    const all = await server.api('david.okafor', 'GET', '/api/v1/requests');
    expect(all.body.count).toBeGreaterThan(mine.body.count);
  });

  it('filters and sorts the portfolio', async () => {
    const ready = await server.api('david.okafor', 'GET', '/api/v1/requests?stage=ready_for_decision&sort=score');
    const scores = ready.body.items.map((request: { score: { total: number } }) => request.score.total);
    expect(ready.body.items.every((request: { stage: string }) => request.stage === 'ready_for_decision')).toBe(true);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const text = await server.api('david.okafor', 'GET', `/api/v1/requests?text=${encodeURIComponent("telephony")}`);
    expect(text.body.items.map((request: { title: string }) => request.title)).toEqual(expect.arrayContaining(['Customer contact centre telephony replacement', 'Microsoft Teams telephony for back-office staff']));
    const quoted = await server.api('david.okafor', 'GET', `/api/v1/requests?text=${encodeURIComponent("O'Brien' or 1 eq 1")}`);
    expect(quoted.status).toBe(200);
    expect(quoted.body.count).toBe(0);
  });

  it('gives the same request back for a repeated Idempotency-Key (a double click creates one request)', async () => {
    const headers = { 'Idempotency-Key': 'double-click-test-0001' };
    const [a, b] = await Promise.all([
      server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Submitted twice' }), headers }),
      server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Submitted twice' }), headers }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const found = await server.api('tom.reed', 'GET', `/api/v1/requests?text=${encodeURIComponent('Submitted twice')}`);
    expect(found.body.count).toBe(1);
  });

  it('records action plan progress, shows RAG in words, and refuses a stale edit', async () => {
    const before = await server.api('tom.reed', 'GET', '/api/v1/actions/A2.2');
    expect(before.body.rag.label).toBe('Red – off track');
    const updated = await server.api('tom.reed', 'PATCH', '/api/v1/actions/A2.2', { body: { status: 'at_risk', progressNote: 'Supplier fix applied; retest booked.' }, headers: { 'If-Match': before.body.etag } });
    expect(updated.status).toBe(200);
    expect(updated.body.rag.label).toBe('Amber – at risk');
    const stale = await server.api('tom.reed', 'PATCH', '/api/v1/actions/A2.2', { body: { status: 'complete' }, headers: { 'If-Match': before.body.etag } });
    expect(stale.status).toBe(412);
    const bad = await server.api('tom.reed', 'PATCH', '/api/v1/actions/A2.2', { body: { status: 'purple' }, headers: { 'If-Match': updated.body.etag } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('status');
    const officer = await server.api('priya.shah', 'PATCH', '/api/v1/actions/A2.2', { body: { status: 'complete' }, headers: { 'If-Match': updated.body.etag } });
    expect(officer.status).toBe(403);
    const after = await server.api('tom.reed', 'GET', '/api/v1/actions/A2.2');
    expect(after.body).toMatchObject({ status: 'at_risk', progressNote: 'Supplier fix applied; retest booked.' });
    const byYear = await server.api('david.okafor', 'GET', '/api/v1/actions?year=2026/27&source=internal_audit');
    expect(byYear.body.items.map((action: { reference: string }) => action.reference)).toEqual(['IA-2026-01', 'IA-2026-02']);
    expect(byYear.body.items[0].source).toMatchObject({ kind: 'internal_audit', assurance: 'partial' });
  });

  it('serves the strategy, risks, capacity and meetings to the steering group', async () => {
    const strategy = await server.api('david.okafor', 'GET', '/api/v1/strategy');
    expect(strategy.body.themes.map((theme: { title: string }) => theme.title)).toContain('Enabling a modern and flexible workforce');
    const risks = await server.api('david.okafor', 'GET', '/api/v1/risks?level=high');
    expect(risks.body.items.length).toBeGreaterThan(0);
    expect(risks.body.items.every((risk: { level: string; score: number }) => risk.level === 'high' && risk.score >= 15)).toBe(true);
    const capacity = await server.api('david.okafor', 'GET', '/api/v1/capacity');
    expect(capacity.body.quarters[0]).toMatchObject({ quarter: { id: expect.stringMatching(/Q\d$/) }, capacity: { ictDays: expect.any(Number) } });
    const meetings = await server.api('david.okafor', 'GET', '/api/v1/meetings');
    expect(meetings.body.items.map((meeting: { title: string }) => meeting.title)).toContain('Digital Group – December 2026');
    for (const path of ['/api/v1/risks', '/api/v1/capacity', '/api/v1/meetings', '/api/v1/decisions', '/api/v1/audit?entity=action:A1.1']) {
      expect([path, (await server.api('priya.shah', 'GET', path)).status]).toEqual([path, 403]);
    }
  });

  it('arranges a meeting whose agenda names only real requests', async () => {
    const bad = await server.api('helen.morris', 'POST', '/api/v1/meetings', { body: { forum: 'Digital Group', title: 'Extra', startsAt: '2027-01-13T14:00:00Z', agenda: ['EH-2026-0011', 'EH-2099-0001'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'agenda.1', message: 'EH-2099-0001 is not a request of this organisation.' }]);
    const good = await server.api('helen.morris', 'POST', '/api/v1/meetings', { body: { forum: 'Digital Group', title: 'Extra', startsAt: '2027-01-13T14:00:00Z', agenda: ['EH-2026-0011'] } });
    expect(good.status).toBe(201);
    const officer = await server.api('priya.shah', 'POST', '/api/v1/meetings', { body: { forum: 'x', title: 'y', startsAt: '2027-01-13T14:00:00Z' } });
    expect(officer.status).toBe(403);
  });
});
