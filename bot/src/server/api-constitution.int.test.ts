import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/**
 * Decisions routed by the constitution, through the running server: the organisation settings,
 * each request's decision route, the forward plan, and a member body deciding on the steering
 * group's recommendation. Bad input is refused with problem+json and nothing is stored.
 */
describe('decisions routed by the constitution', () => {
  let server: TestServer;
  const idOf = async (user: string, title: string) => {
    const list = await server.api(user, 'GET', `/api/v1/requests?text=${encodeURIComponent(title)}`);
    return list.body.items.find((item: { title: string }) => item.title === title).id as string;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('shows each request who decides it, whether it is a key decision and why', async () => {
    const telephony = await server.api('tom.reed', 'GET', `/api/v1/requests/${await idOf('tom.reed', 'Customer contact centre telephony replacement')}`);
    expect(telephony.body.decisionRoute).toMatchObject({
      wholeLifeCost: 235_000,
      decisionMaker: { name: 'Cabinet', kind: 'member_body' },
      steeringGroupRole: 'recommends',
      steeringGroup: 'Digital Group',
      keyDecision: { status: 'key', reasons: ['Whole-life cost of £235,000 is at or above the key decision threshold of £100,000.'] },
      forwardPlan: { noticeClearDays: 28, count: 'calendar', noticePublishedOn: '2026-11-04' },
    });
    expect(telephony.body.decisionRoute.summary).toMatch(/^The Digital Group will make a recommendation, and Cabinet will decide at its meeting on /);
    const rates = await server.api('tom.reed', 'GET', `/api/v1/requests/${await idOf('tom.reed', 'Business rates revaluation modelling tool')}`);
    expect(rates.body.decisionRoute).toMatchObject({ wholeLifeCost: 21_500, decisionMaker: { name: 'Head of ICT and Digital', kind: 'officer' }, steeringGroupRole: 'not_involved' });
  });

  it('says, for requests already decided, who decided them and when, never a meeting to come', async () => {
    const list = await server.api('tom.reed', 'GET', '/api/v1/requests?stage=in_delivery&stage=approved&stage=closed');
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const item of list.body.items as { id: string }[]) {
      const { body } = await server.api('tom.reed', 'GET', `/api/v1/requests/${item.id}`);
      expect(body.decisionRoute.decided).toMatchObject({ outcome: 'approve' });
      expect(body.decisionRoute.meetings).toEqual([]);
      expect(body.decisionRoute.summary).toMatch(/^Approved/);
      expect(body.decisionRoute.summary).not.toMatch(/will decide|forward plan first/);
    }
    const recorded = await Promise.all((list.body.items as { id: string }[]).map(async (item) => (await server.api('tom.reed', 'GET', `/api/v1/requests/${item.id}`)).body.decisionRoute.summary as string));
    expect(recorded.some((summary) => /^Approved by the Digital Group on \d{1,2} \w+ \d{4}\.$/.test(summary))).toBe(true);
  });

  it('lists forthcoming key decisions on the forward plan, each council its own', async () => {
    const ashcombe = await server.api('sarah.lewis', 'GET', '/api/v1/forward-plan');
    expect(ashcombe.status).toBe(200);
    const subjects = ashcombe.body.items.map((entry: { subject: string; decisionMaker: string }) => `${entry.subject} – ${entry.decisionMaker}`);
    expect(subjects).toEqual(expect.arrayContaining(['Customer contact centre telephony replacement – Cabinet', 'Homelessness case management system – Digital Group', 'Finance system upgrade to supported version – Digital Group']));
    const fenwick = await server.api('owen.price', 'GET', '/api/v1/forward-plan');
    expect(fenwick.body.items).toEqual([
      expect.objectContaining({ subject: 'Shared planning portal for both councils', decisionMaker: 'Joint ICT Committee', noticePublishedOn: '2026-11-16', reasons: ['Significant effect on 14 wards (2 or more makes a key decision).'] }),
    ]);
  });

  it('refuses bad settings field by field, stale versions and missing If-Match, storing nothing', async () => {
    const before = await server.api('mark.evans', 'GET', '/api/v1/organisation/settings');
    expect(before.status).toBe(200);
    const bad = await server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', {
      body: { ...before.body, etag: undefined, updatedAt: undefined, id: undefined, organisationId: undefined, keyDecision: { moneyThreshold: -5, wardsThreshold: 2 }, forwardPlan: { noticeClearDays: 0, count: 'calendar' }, delegation: [{ decisionMaker: 'Policy Committee', kind: 'member_body' }] },
      headers: { 'If-Match': before.body.etag },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'keyDecision.moneyThreshold', message: 'Key decision threshold cannot be negative.' },
        { field: 'forwardPlan.noticeClearDays', message: 'Forward plan notice (clear days) must be at least 1.' },
        { field: 'delegation.0.decisionMaker', message: 'Policy Committee is not one of the forums: add it with its meeting dates.' },
        { field: 'delegation', message: 'The scheme of delegation needs exactly one ICT steering group level.' },
      ]),
    );
    const { etag: _etag, id: _id, organisationId: _org, updatedAt: _at, updatedBy: _by, ...settings } = before.body;
    expect((await server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', { body: settings })).status).toBe(428);
    expect((await server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', { body: settings, headers: { 'If-Match': 'W/"stale"' } })).status).toBe(412);
    expect((await server.api('tom.reed', 'PUT', '/api/v1/organisation/settings', { body: settings, headers: { 'If-Match': before.body.etag } })).status).toBe(403);
    expect((await server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body).toEqual(before.body);
  });

  it('keeps each council’s settings its own', async () => {
    const ashcombeBefore = await server.api('mark.evans', 'GET', '/api/v1/organisation/settings');
    const fenwick = await server.api('fiona.grant', 'GET', '/api/v1/organisation/settings');
    expect(fenwick.body.delegation.map((level: { decisionMaker: string }) => level.decisionMaker)).toEqual(['Head of Shared ICT', 'Partnership Board', 'Joint ICT Committee']);
    const { etag, id: _id, organisationId: _org, updatedAt: _at, updatedBy: _by, ...settings } = fenwick.body;
    const saved = await server.api('fiona.grant', 'PUT', '/api/v1/organisation/settings', { body: { ...settings, wholeLifeYears: 7 }, headers: { 'If-Match': etag } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ organisationId: 'fenwick-marsh', wholeLifeYears: 7, updatedBy: { name: 'Fiona Grant' } });
    expect((await server.api('mark.evans', 'GET', '/api/v1/organisation/settings')).body).toEqual(ashcombeBefore.body);
    // Ashcombe's request cannot be decided from Fenwick and Marsh.
    const telephony = await idOf('tom.reed', 'Customer contact centre telephony replacement');
    const crossing = await server.api('fiona.grant', 'POST', `/api/v1/requests/${telephony}/body-decision`, {
      body: { outcome: 'approve', meetingDate: '2026-10-21', minuteReference: 'C/1', reason: 'x' },
      headers: { 'If-Match': 'W/"someone-else"' },
    });
    expect(crossing.status).toBe(404);
  });

  it('routes a change of the scheme of delegation to every request at once', async () => {
    const before = await server.api('mark.evans', 'GET', '/api/v1/organisation/settings');
    const { etag, id: _id, organisationId: _org, updatedAt: _at, updatedBy: _by, ...settings } = before.body;
    const raised = settings.delegation.map((level: { kind: string; upTo?: number }) => (level.kind === 'steering_group' ? { ...level, upTo: 300_000 } : level));
    const telephonyPath = `/api/v1/requests/${await idOf('tom.reed', 'Customer contact centre telephony replacement')}`;
    const seenBefore = await server.api('tom.reed', 'GET', telephonyPath);
    const saved = await server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', { body: { ...settings, delegation: raised }, headers: { 'If-Match': etag } });
    expect(saved.status).toBe(200);
    const telephony = await server.api('tom.reed', 'GET', `/api/v1/requests/${await idOf('tom.reed', 'Customer contact centre telephony replacement')}`);
    expect(telephony.body.decisionRoute).toMatchObject({ decisionMaker: { name: 'Digital Group' }, steeringGroupRole: 'decides' });
    // The request itself did not change, but its route did: a panel that kept the earlier answer
    // and asks "changed since?" gets the new route, not 304.
    const revalidated = await server.api('tom.reed', 'GET', telephonyPath, { headers: { 'If-None-Match': seenBefore.headers.get('etag')! } });
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.decisionRoute).toMatchObject({ decisionMaker: { name: 'Digital Group' } });
    expect(revalidated.headers.get('etag')).toBe(seenBefore.headers.get('etag'));
    const restored = await server.api('mark.evans', 'PUT', '/api/v1/organisation/settings', { body: settings, headers: { 'If-Match': saved.body.etag } });
    expect(restored.status).toBe(200);
  });

  it('makes the steering group recommend above its authority, and the body decide with its minute reference', async () => {
    const id = await idOf('helen.morris', 'Customer contact centre telephony replacement');
    const current = await server.api('helen.morris', 'GET', `/api/v1/requests/${id}`);
    const recommended = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, {
      body: { outcome: 'approve', reason: 'Best value of the three options appraised.' },
      headers: { 'If-Match': current.body.etag },
    });
    expect(recommended.status).toBe(201);
    expect(recommended.body.decision).toMatchObject({ recommendedTo: 'Cabinet', toStage: 'ready_for_decision' });
    expect(recommended.body.request).toMatchObject({ stage: 'ready_for_decision', awaitingDecision: { body: 'Cabinet', recommendationId: recommended.body.decision.id } });
    const waiting = await server.api('helen.morris', 'GET', `/api/v1/requests/${id}`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const todayInWords = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(waiting.body.decisionRoute.summary).toMatch(new RegExp(`^The Digital Group recommended it for approval on ${todayInWords}; Cabinet will decide`));

    const again = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Again' }, headers: { 'If-Match': waiting.body.etag } });
    expect(again.status).toBe(422);
    expect(again.body.detail).toBe(`${id} was recommended to Cabinet, which decides it now; record that decision with its minute reference.`);

    const incomplete = await server.api('mark.evans', 'POST', `/api/v1/requests/${id}/body-decision`, { body: { outcome: 'approve', meetingDate: today, reason: 'Agreed' }, headers: { 'If-Match': waiting.body.etag } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors).toEqual([{ field: 'minuteReference', message: 'Minute reference is required.' }]);
    const future = await server.api('mark.evans', 'POST', `/api/v1/requests/${id}/body-decision`, { body: { outcome: 'approve', meetingDate: '2099-01-01', minuteReference: 'CAB/1', reason: 'Agreed' }, headers: { 'If-Match': waiting.body.etag } });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'meetingDate', message: 'That meeting has not happened yet: record the decision after it is taken.' }]);
    // Years before the Digital Group recommended it: Cabinet cannot have decided it then.
    const beforeRecommendation = await server.api('mark.evans', 'POST', `/api/v1/requests/${id}/body-decision`, {
      body: { outcome: 'approve', meetingDate: '2019-01-01', minuteReference: 'CAB/1', reason: 'Agreed' },
      headers: { 'If-Match': waiting.body.etag },
    });
    expect(beforeRecommendation.status).toBe(400);
    expect(beforeRecommendation.headers.get('content-type')).toContain('application/problem+json');
    expect(beforeRecommendation.body.errors).toEqual([{ field: 'meetingDate', message: `Cabinet cannot have decided before the recommendation was made on ${todayInWords}: give the date of the meeting that took the decision.` }]);
    const unchanged = await server.api('mark.evans', 'GET', `/api/v1/requests/${id}`);
    expect(unchanged.body.etag).toBe(waiting.body.etag);
    expect(unchanged.body.stage).toBe('ready_for_decision');

    const decided = await server.api('mark.evans', 'POST', `/api/v1/requests/${id}/body-decision`, {
      body: { outcome: 'approve', meetingDate: today, minuteReference: 'CAB/2026/114', reason: 'Cabinet agreed the recommendation of the Digital Group.' },
      headers: { 'If-Match': waiting.body.etag },
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({ outcome: 'approve', toStage: 'approved', madeBy: { body: 'Cabinet', meetingDate: today, minuteReference: 'CAB/2026/114' } });
    expect(decided.body.request.stage).toBe('approved');
    expect(decided.body.request.awaitingDecision).toBeUndefined();
    // Decided: the route says who decided it and when, not who will.
    const approved = await server.api('tom.reed', 'GET', `/api/v1/requests/${id}`);
    expect(approved.body.decisionRoute).toMatchObject({ decided: { outcome: 'approve', by: 'Cabinet', on: today, minuteReference: 'CAB/2026/114' }, meetings: [] });
    expect(approved.body.decisionRoute.summary).toBe(`Approved by Cabinet at its meeting on ${todayInWords} (minute CAB/2026/114), on the Digital Group's recommendation.`);
    const notWaiting = await server.api('mark.evans', 'POST', `/api/v1/requests/${id}/body-decision`, {
      body: { outcome: 'reject', meetingDate: today, minuteReference: 'CAB/2026/115', reason: 'x' },
      headers: { 'If-Match': decided.body.request.etag },
    });
    expect(notWaiting.status).toBe(422);
  });
});
