import { findDemoUser } from '../../../shared/demo/demo-users';
import { createDomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { createRequest } from '@entrance-hall/shared/domain/requests/create-request';
import { TableRepositories } from '@entrance-hall/shared/adapters/storage/repositories';
import { TableStore } from '@entrance-hall/shared/adapters/storage/table-store';
import { testStorageConnectionString } from '../../../shared/testing/test-storage';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/**
 * The API refuses a needed-by date or statutory deadline that has already passed, with the same
 * rule and words as the bot's intake (shared/src/requests/find-past-dates.ts), and stores nothing.
 */
const DAY_MS = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const NEEDED_BY_PASSED = 'That date has passed: give the date it is needed by from today on.';
const DEADLINE_PASSED = 'That date has passed: give the date the law or regulator requires it by now, or leave it blank.';

describe('planned dates in the past over the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const count = async () => (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody(overrides) });
    expect(response.status).toBe(201);
    return response.body as { id: string; etag: string; neededBy: string };
  };

  it.each([
    ['a needed-by date yesterday', { neededBy: dayFromToday(-1) }, [{ field: 'neededBy', message: NEEDED_BY_PASSED }]],
    ['a needed-by date in 2019', { neededBy: '2019-03-01' }, [{ field: 'neededBy', message: NEEDED_BY_PASSED }]],
    ['a statutory deadline in 1999', { statutoryDeadline: '1999-12-31' }, [{ field: 'statutoryDeadline', message: DEADLINE_PASSED }]],
    ['both', { neededBy: '2019-03-01', statutoryDeadline: '1999-12-31' }, [{ field: 'neededBy', message: NEEDED_BY_PASSED }, { field: 'statutoryDeadline', message: DEADLINE_PASSED }]],
  ])('POST with %s → 400 problem+json under the field, nothing stored', async (_label, overrides, errors) => {
    const before = await count();
    const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody(overrides), headers: { 'Idempotency-Key': `past-${Math.random()}` } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('validation');
    expect(response.body.errors).toEqual(errors);
    expect(await count()).toBe(before);
  });

  it('accepts today as a needed-by date', async () => {
    expect((await create({ neededBy: dayFromToday(0) })).neededBy).toBe(dayFromToday(0));
  });

  it('PATCH of a past needed-by date → 400 under the field, the request unchanged', async () => {
    const created = await create();
    const response = await server.api('priya.shah', 'PATCH', `/api/v1/requests/${created.id}`, { body: { neededBy: '2020-01-31', sponsor: 'Chief Executive' }, headers: { 'If-Match': created.etag } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([{ field: 'neededBy', message: NEEDED_BY_PASSED }]);
    const after = await server.api('priya.shah', 'GET', `/api/v1/requests/${created.id}`);
    expect(after.body).toMatchObject({ neededBy: created.neededBy, sponsor: validRequestBody().sponsor, etag: created.etag });
  });

  it('a request whose stored date has since passed can still be changed when the date is not sent, or sent back unchanged', async () => {
    // Submitted in January for March: by now March has gone (written as of January, as it was).
    const priya = findDemoUser('priya.shah')!;
    const repos = new TableRepositories(await TableStore.connect({ connectionString: testStorageConnectionString(), tableName: `${server.tablePrefix}Records` }));
    const january = createDomainContext(repos, { now: () => '2026-01-12T09:00:00.000Z' });
    const old = await createRequest(january, { id: priya.id, name: priya.name, tenantId: priya.tenantId, organisationId: priya.organisationId, roles: ['Officer'] }, validRequestBody({ neededBy: '2026-03-31' }));
    const current = await server.api('priya.shah', 'GET', `/api/v1/requests/${old.value.id}`);
    const untouched = await server.api('priya.shah', 'PATCH', `/api/v1/requests/${old.value.id}`, { body: { sponsor: 'Chief Executive' }, headers: { 'If-Match': current.body.etag } });
    expect(untouched.status).toBe(200);
    expect(untouched.body).toMatchObject({ sponsor: 'Chief Executive', neededBy: '2026-03-31' });
    const sentBack = await server.api('priya.shah', 'PATCH', `/api/v1/requests/${old.value.id}`, { body: { neededBy: '2026-03-31', title: 'Bulky waste online (renamed)' }, headers: { 'If-Match': untouched.body.etag } });
    expect(sentBack.status).toBe(200);
    // Moving it to another past date is a new past date: refused.
    const moved = await server.api('priya.shah', 'PATCH', `/api/v1/requests/${old.value.id}`, { body: { neededBy: '2026-04-30' }, headers: { 'If-Match': sentBack.body.etag } });
    expect(moved.status).toBe(400);
    expect(moved.body.errors).toEqual([{ field: 'neededBy', message: NEEDED_BY_PASSED }]);
  });
});
