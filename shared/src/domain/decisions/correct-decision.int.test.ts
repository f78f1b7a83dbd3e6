import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';
import { createRequestAt } from '../../../tab/src/testing/request-fixtures';

/** Putting decisions right, following the chair and cheap polling, over the real server and Azurite. */
describe('decision corrections, the chair\'s current item and conditional GETs (API)', () => {
  let server: TestServer;
  let meetingId: string;
  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);
  afterAll(async () => server?.close());

  const decide = async (record: { id: string; etag: string }, outcome: string, extra: Record<string, unknown> = {}) =>
    server.api('helen.morris', 'POST', `/api/v1/requests/${record.id}/decisions`, { body: { outcome, reason: 'Agreed in the meeting', ...extra }, headers: { 'If-Match': record.etag } });

  it('rescinds a decision with a reason: the request goes back to ready for decision; audit and minutes show it', async () => {
    const request = await createRequestAt(server, 'ready_for_decision');
    const meeting = await server.api('helen.morris', 'POST', '/api/v1/meetings', { body: { forum: 'Digital Group', title: 'Corrections', startsAt: '2026-12-16T14:00:00.000Z', agenda: [request.id] } });
    meetingId = meeting.body.id;
    const rejected = await decide(request, 'reject', { meetingId });
    expect(rejected.status).toBe(201);
    const path = `/api/v1/requests/${request.id}/decisions/${rejected.body.decision.id}/rescind`;

    const noReason = await server.api('helen.morris', 'POST', path, { body: { reason: '' }, headers: { 'If-Match': rejected.body.request.etag } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.stringMatching(/Reason/) }]);
    const member = await server.api('david.okafor', 'POST', path, { body: { reason: 'Not mine to do' }, headers: { 'If-Match': rejected.body.request.etag } });
    expect(member.status).toBe(403);
    const stale = await server.api('helen.morris', 'POST', path, { body: { reason: 'Recorded in error' }, headers: { 'If-Match': request.etag } });
    expect(stale.status).toBe(412);

    const rescinded = await server.api('helen.morris', 'POST', path, { body: { reason: 'Recorded in error' }, headers: { 'If-Match': rejected.body.request.etag } });
    expect(rescinded.status).toBe(201);
    expect(rescinded.body.request.stage).toBe('ready_for_decision');
    expect(rescinded.body.decision).toMatchObject({ meetingId, reason: 'Recorded in error', corrects: { kind: 'rescinded', decisionId: rejected.body.decision.id, previousOutcome: 'reject' } });

    const again = await server.api('helen.morris', 'POST', path, { body: { reason: 'Twice' }, headers: { 'If-Match': rescinded.body.request.etag } });
    expect(again.status).toBe(422);

    const history = await server.api('helen.morris', 'GET', `/api/v1/audit?entity=request:${request.id}`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((event: { kind: string }) => event.kind)).toContain('decision_rescinded');

    // Decided again, then amended: both stay on record.
    const approved = await decide(rescinded.body.request, 'approve', { meetingId });
    const amended = await server.api('helen.morris', 'POST', `/api/v1/requests/${request.id}/decisions/${approved.body.decision.id}/amend`, {
      body: { outcome: 'defer', reason: 'Wait for the budget round', conditions: 'Back in March' },
      headers: { 'If-Match': approved.body.request.etag },
    });
    expect(amended.status).toBe(201);
    expect(amended.body.request.stage).toBe('deferred');
    const decisions = await server.api('david.okafor', 'GET', `/api/v1/decisions?meeting=${meetingId}`);
    expect(decisions.body.items.map((decision: { outcome: string; corrects?: { kind: string } }) => [decision.outcome, decision.corrects?.kind])).toEqual([
      ['reject', undefined],
      ['reject', 'rescinded'],
      ['approve', undefined],
      ['defer', 'amended'],
    ]);
  });

  it('refuses to correct a decision once the request has moved on', async () => {
    const request = await createRequestAt(server, 'ready_for_decision');
    const approved = await decide(request, 'approve');
    const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${request.id}/stage`, { body: { to: 'in_delivery' }, headers: { 'If-Match': approved.body.request.etag } });
    expect(moved.status).toBe(200);
    const late = await server.api('helen.morris', 'POST', `/api/v1/requests/${request.id}/decisions/${approved.body.decision.id}/rescind`, { body: { reason: 'Too late' }, headers: { 'If-Match': moved.body.etag } });
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(/moved on to In delivery/);
  });

  it('refuses to make an unscored request ready for decision, and stores nothing', async () => {
    const request = await createRequestAt(server, 'triage');
    const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${request.id}/stage`, { body: { to: 'ready_for_decision' }, headers: { 'If-Match': request.etag } });
    expect(moved.status).toBe(422);
    expect(moved.body.detail).toBe(`${request.id} has not been scored yet: ICT scores a request before it is ready for decision.`);
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${request.id}`)).body.stage).toBe('triage');
  });

  it('keeps the chair\'s current item on the meeting; only the chair may move it, only to an agenda item', async () => {
    const meeting = await server.api('david.okafor', 'GET', `/api/v1/meetings/${meetingId}`);
    const agendaItem = meeting.body.agenda[0];
    expect((await server.api('david.okafor', 'PUT', `/api/v1/meetings/${meetingId}/current-item`, { body: { requestId: agendaItem } })).status).toBe(403);
    const wrong = await server.api('helen.morris', 'PUT', `/api/v1/meetings/${meetingId}/current-item`, { body: { requestId: 'EH-NOPE' } });
    expect(wrong.status).toBe(400);
    const moved = await server.api('helen.morris', 'PUT', `/api/v1/meetings/${meetingId}/current-item`, { body: { requestId: agendaItem } });
    expect(moved.status).toBe(200);
    const feed = await server.api('david.okafor', 'GET', `/api/v1/meetings/${meetingId}/feed`);
    expect(feed.body.meeting.currentItem).toBe(agendaItem);
    expect(feed.body.requests.map((request: { id: string }) => request.id)).toEqual([agendaItem]);
    expect(feed.body.decisions).toHaveLength(4);
  });

  it.each(['/api/v1/requests', `/api/v1/meetings/:id/feed`, '/api/v1/meetings'])('answers If-None-Match on %s with 304 until something changes', async (template) => {
    const path = template.replace(':id', meetingId);
    const first = await server.api('david.okafor', 'GET', path);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const same = await server.api('david.okafor', 'GET', path, { headers: { 'If-None-Match': etag! } });
    expect(same.status).toBe(304);
    expect(same.body).toBeUndefined();
    await createRequestAt(server, 'submitted');
    await server.api('helen.morris', 'PUT', `/api/v1/meetings/${meetingId}/current-item`, { body: { requestId: first.body.meeting?.agenda?.[0] ?? 'EH-NOPE' } });
    const meetings = await server.api('helen.morris', 'POST', '/api/v1/meetings', { body: { forum: 'Digital Group', title: `Later ${template}`, startsAt: '2027-01-16T14:00:00.000Z' } });
    expect(meetings.status).toBe(201);
    const changed = await server.api('david.okafor', 'GET', path, { headers: { 'If-None-Match': etag! } });
    if (template.endsWith('feed')) {
      // The feed changes only with its meeting, its decisions or its agenda's requests.
      expect(changed.status).toBe(304);
    } else {
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    }
  });
});
