import fc from 'fast-check';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/**
 * Every PATCH route is a merge patch: what is not sent is never touched, and the audit trail names
 * exactly what changed. Checked with random subsets of each route's fields against the real server.
 */

const RUNS = 12;
/** Fields the server keeps itself; a patch changes them as a matter of course. */
// Set by the server, or worked out on every read from other fields (a request's decision route follows its costs).
const SERVER_FIELDS = ['etag', 'updatedAt', 'progressUpdatedAt', 'rag', 'decisionRoute'];

const CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-£ŵéñ'];
const text = (maxLength = 40) =>
  fc
    .string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
const clearable = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, fc.constant(null));
// Planned dates from tomorrow on: a past needed-by date or deadline is refused (api-past-dates.int.test.ts).
const day = fc.date({ min: new Date(Date.now() + 86_400_000), max: new Date(Date.now() + 5 * 365 * 86_400_000), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const list = (maxLength = 4) => fc.array(text(30), { maxLength });
const pounds = fc.integer({ min: 0, max: 1_000_000_000 });

/** A non-empty subset of the fields, each with a valid value. */
function patchOf<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) {
  return fc.record(fields, { requiredKeys: [] }).filter((patch) => Object.keys(patch).length > 0);
}

interface Row {
  [field: string]: unknown;
}
interface AuditEvent {
  id: string;
  changes: { field: string }[];
}

function comparable(record: Row): Row {
  return Object.fromEntries(Object.entries(record).filter(([field]) => !SERVER_FIELDS.includes(field)));
}

describe('PATCH is a merge patch on every route', () => {
  let server: TestServer;
  let themeIds: string[];
  let priorityIds: string[];
  let requestIds: string[];
  beforeAll(async () => {
    server = await startTestServer();
    const strategy = (await server.api('tom.reed', 'GET', '/api/v1/strategy')).body;
    themeIds = strategy.themes.map((theme: { id: string }) => theme.id);
    priorityIds = strategy.corporatePriorities.map((priority: { id: string }) => priority.id);
    requestIds = (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.items.map((request: { id: string }) => request.id);
  });
  afterAll(async () => server?.close());

  /** A record's history; one that was never changed has none (404). */
  const auditOf = async (entity: string): Promise<AuditEvent[]> => {
    const response = await server.api('tom.reed', 'GET', `/api/v1/audit?entity=${encodeURIComponent(entity)}`);
    return response.status === 404 ? [] : response.body.items;
  };

  /** Patches as ICT and checks the merge-patch contract for one patch. */
  async function expectMergePatch(path: string, entity: string, patch: Row): Promise<void> {
    const before = await server.api('tom.reed', 'GET', path);
    const history = new Set((await auditOf(entity)).map((event) => event.id));
    const response = await server.api('tom.reed', 'PATCH', path, { body: patch, headers: { 'If-Match': before.headers.get('etag')! } });
    expect(response.status).toBe(200);
    const after = (await server.api('tom.reed', 'GET', path)).body as Row;
    const was = comparable(before.body);
    const now = comparable(after);

    for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (field in patch) expect(now[field]).toEqual(patch[field] === null ? undefined : patch[field]);
      else expect([field, now[field]]).toEqual([field, was[field]]);
    }
    const changed = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]));
    const added = (await auditOf(entity)).filter((event) => !history.has(event.id));
    expect(added).toHaveLength(1);
    expect(added[0]!.changes.map((change) => change.field).sort()).toEqual(changed.sort());
  }

  it('a project request: any subset of its fields', async () => {
    const created = await server.api('priya.shah', 'POST', '/api/v1/requests', {
      body: validRequestBody({ whoIsAffected: 'Residents', systemsTouched: ['Bartec'], personalData: true, dependencies: ['Payments'], statutoryDeadline: '2027-03-31' }),
    });
    expect(created.status).toBe(201);
    const path = `/api/v1/requests/${created.body.id}`;
    const fields = {
      title: text(120),
      serviceArea: text(),
      sponsor: text(),
      problem: text(200),
      proposedOutcome: text(200),
      whoIsAffected: clearable(text()),
      themeIds: fc.subarray(themeIds, { minLength: 1 }),
      corporatePriorityId: clearable(fc.constantFrom(...priorityIds)),
      statutoryDriver: clearable(text()),
      statutoryDeadline: clearable(day),
      cashableSavings: pounds,
      nonCashableBenefits: clearable(text()),
      capitalCost: pounds,
      revenueCost: pounds,
      ictEffortDays: fc.integer({ min: 0, max: 10_000 }),
      neededBy: day,
      systemsTouched: list(),
      systemsReplaced: list(),
      personalData: fc.boolean(),
      dataProtectionNotes: clearable(text()),
      keyRisks: clearable(text()),
      dependencies: list(),
      partnerCouncils: list(),
      plannedQuarter: clearable(fc.tuple(fc.integer({ min: 2025, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([year, quarter]) => `${year}-${String((year + 1) % 100).padStart(2, '0')}-Q${quarter}`)),
    };
    await fc.assert(
      fc.asyncProperty(patchOf(fields), (patch) => expectMergePatch(path, `request:${created.body.id}`, patch)),
      { numRuns: RUNS },
    );
  });

  it('a meeting: any subset of its fields', async () => {
    const created = await server.api('tom.reed', 'POST', '/api/v1/meetings', {
      body: { forum: 'ICT steering group', title: 'December meeting', startsAt: '2026-12-10T10:00:00Z', agenda: requestIds.slice(0, 2), attendees: ['Helen Morris', 'Tom Reed'], notes: 'Quorate.' },
    });
    expect(created.status).toBe(201);
    const fields = {
      forum: text(),
      title: text(),
      startsAt: fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
      agenda: fc.subarray(requestIds, { maxLength: 5 }),
      attendees: list(),
      notes: clearable(text()),
      status: fc.constantFrom('planned', 'in_progress', 'closed'),
    };
    await fc.assert(
      fc.asyncProperty(patchOf(fields), (patch) => expectMergePatch(`/api/v1/meetings/${created.body.id}`, `meeting:${created.body.id}`, patch)),
      { numRuns: RUNS },
    );
  });

  it('an action: any subset of its fields', async () => {
    const fields = {
      status: fc.constantFrom('not_started', 'on_track', 'at_risk', 'off_track', 'complete'),
      progressNote: fc.oneof(text(200), fc.constant('')),
    };
    await fc.assert(
      fc.asyncProperty(patchOf(fields), (patch) => expectMergePatch('/api/v1/actions/A1.2', 'action:A1.2', patch)),
      { numRuns: RUNS },
    );
  });

  describe('the changes people reported', () => {
    it('a new sponsor leaves costs, effort, personal data and systems as they were', async () => {
      const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ personalData: true, systemsTouched: ['Bartec'] }) });
      const path = `/api/v1/requests/${created.body.id}`;
      const response = await server.api('tom.reed', 'PATCH', path, { body: { sponsor: 'Chief Executive' }, headers: { 'If-Match': created.body.etag } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ sponsor: 'Chief Executive', capitalCost: 12000, revenueCost: 3000, ictEffortDays: 15, personalData: true, systemsTouched: ['Bartec'] });
      const history = await auditOf(`request:${created.body.id}`);
      expect(history.at(-1)!.changes.map((change) => change.field)).toEqual(['sponsor']);
    });

    it('sequencing a request into a quarter keeps its costs', async () => {
      const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody() });
      const response = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${created.body.id}`, { body: { plannedQuarter: '2027-28-Q2' }, headers: { 'If-Match': created.body.etag } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ plannedQuarter: '2027-28-Q2', capitalCost: 12000, revenueCost: 3000, ictEffortDays: 15 });
    });

    it('meeting notes leave the agenda and attendees as they were', async () => {
      const created = await server.api('tom.reed', 'POST', '/api/v1/meetings', {
        body: { forum: 'ICT steering group', title: 'January meeting', startsAt: '2027-01-14T10:00:00Z', agenda: requestIds.slice(0, 1), attendees: ['Helen Morris'] },
      });
      const response = await server.api('tom.reed', 'PATCH', `/api/v1/meetings/${created.body.id}`, { body: { notes: 'Agreed.' }, headers: { 'If-Match': created.body.etag } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ notes: 'Agreed.', agenda: requestIds.slice(0, 1), attendees: ['Helen Morris'] });
    });

    it.each([
      ['/api/v1/requests/EH-2026-0002', {}],
      ['/api/v1/requests/EH-2026-0002', { colour: 'red' }],
      ['/api/v1/requests/EH-2026-0002', { title: null }],
      ['/api/v1/actions/A1.1', {}],
      ['/api/v1/actions/A1.1', { owner: 'Someone else' }],
      ['/api/v1/meetings/:meeting', {}],
      ['/api/v1/meetings/:meeting', { room: 'Committee room 2' }],
    ])('PATCH %s %j → 400 problem+json, nothing stored', async (template, body) => {
      let path = template;
      if (template.includes(':meeting')) {
        const meeting = await server.api('tom.reed', 'POST', '/api/v1/meetings', { body: { forum: 'ICT steering group', title: 'Spare', startsAt: '2027-02-11T10:00:00Z' } });
        path = `/api/v1/meetings/${meeting.body.id}`;
      }
      const before = await server.api('tom.reed', 'GET', path);
      const response = await server.api('tom.reed', 'PATCH', path, { body, headers: { 'If-Match': before.headers.get('etag')! } });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('validation');
      expect((await server.api('tom.reed', 'GET', path)).body).toEqual(before.body);
    });
  });
});
