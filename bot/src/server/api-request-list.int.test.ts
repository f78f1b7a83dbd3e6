import fc from 'fast-check';
import { formatRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';
import { REQUEST_SUMMARY_FIELDS } from '@entrance-hall/shared/domain/requests/request-summary';
import { REQUEST_PAGE_SIZE } from '@entrance-hall/shared/domain/requests/request-list-query';
import { MAX_WRITES_PER_COMMIT } from '@entrance-hall/shared/domain/ports/repositories';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { uniqueTablePrefix } from '../../../shared/testing/test-ids';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/**
 * GET /api/v1/requests: summaries, a page at a time, with continuation tokens a council cannot
 * forge; and two instances of the server on one set of tables, each answering the list from
 * memory, never showing a list older than the last change made through the other.
 */
type Summary = { id: string; title: string; etag: string } & Record<string, unknown>;
type Page = { items: Summary[]; count: number; continuation?: string };
/** A problem+json answer's fields, for the failures. */
type Answer = Page & { detail?: string; errors?: { field: string; message: string }[] };

const EXTRA_REQUESTS = 150;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  const tablePrefix = uniqueTablePrefix('Lists');
  a = await startTestServer({ TABLE_PREFIX: tablePrefix });
  b = await startTestServer({ TABLE_PREFIX: tablePrefix, SEED_DEMO_DATA: 'false' });
  // A busier council than the demo: more requests than the small pages below.
  const repos = a.context.repos;
  const template = (await repos.requests.list('ashcombe'))[0]!.value;
  const extra: ProjectRequest[] = Array.from({ length: EXTRA_REQUESTS }, (_, index) => ({
    ...template,
    id: formatRequestReference(2024, index + 1),
    title: `Older request ${index + 1}`,
    submittedAt: new Date(Date.UTC(2024, 0, 1 + (index % 40))).toISOString(),
    ...(index % 3 === 0 ? { score: { ...template.score!, total: index % 100 } } : {}),
  }));
  for (let start = 0; start < extra.length; start += MAX_WRITES_PER_COMMIT) await repos.commit('ashcombe', extra.slice(start, start + MAX_WRITES_PER_COMMIT).map((request) => repos.requests.upsertOp(request)));
}, 120_000);

afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((instance) => instance.close()));
});

const list = (server: TestServer, user: string, query = '') => server.api<Answer>(user, 'GET', `/api/v1/requests${query ? `?${query}` : ''}`);

/** Every page of one list, following the tokens. */
async function readAllPages(server: TestServer, user: string, query: string): Promise<Page[]> {
  const pages: Page[] = [];
  let continuation: string | undefined;
  do {
    const response = await list(server, user, [query, continuation ? `continuation=${encodeURIComponent(continuation)}` : ''].filter(Boolean).join('&'));
    expect(response.status).toBe(200);
    pages.push(response.body);
    continuation = response.body.continuation;
  } while (continuation);
  return pages;
}

describe('the request list answers summaries', () => {
  it('gives each request its list fields only; the full record is read by id', async () => {
    const { body } = await list(a, 'tom.reed');
    const allowed = new Set<string>([...REQUEST_SUMMARY_FIELDS, 'etag']);
    for (const item of body.items) expect(Object.keys(item).filter((key) => !allowed.has(key))).toEqual([]);
    const item = body.items.find((candidate) => candidate.id.startsWith('EH-2026'))!;
    expect(item).not.toHaveProperty('systemsTouched');
    const full = await a.api(`tom.reed`, 'GET', `/api/v1/requests/${item.id}`);
    expect(full.body).toHaveProperty('systemsTouched');
    expect(full.body).toHaveProperty('dependencies');
    expect(full.body.etag).toBe(item.etag);
  });

  it('answers the whole portfolio in one page by default, and an officer only their own', async () => {
    const { body } = await list(a, 'tom.reed');
    expect(body.count).toBe(body.items.length);
    expect(body.count).toBeGreaterThan(EXTRA_REQUESTS);
    expect(body.continuation).toBeUndefined();
    const mine = await list(a, 'priya.shah');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((item) => (item.requester as { name: string }).name === 'Priya Shah')).toBe(true);
  });
});

describe('paging by continuation token', () => {
  it('gives every request once, in the list’s order, whatever the page size, sort and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('', 'sort=score', 'sort=neededBy', 'sort=cost', 'stage=triage,ready_for_decision', 'text=older'),
        fc.constantFrom('tom.reed', 'helen.morris', 'priya.shah'),
        fc.constantFrom(a, b),
        async (limit, query, user, server) => {
          const whole = (await list(server, user, `${query}&limit=${REQUEST_PAGE_SIZE.max}`)).body.items.map((item) => item.id);
          const pages = await readAllPages(server, user, `${query}&limit=${limit}`);
          const paged = pages.flatMap((page) => page.items.map((item) => item.id));
          expect(paged).toEqual(whole);
          expect(new Set(paged).size).toBe(paged.length);
          expect(pages.every((page) => page.items.length <= limit && page.count === page.items.length)).toBe(true);
          expect(pages.slice(0, -1).every((page) => page.items.length === limit)).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('takes a token given out by the other instance', async () => {
    const first = await list(a, 'tom.reed', 'limit=10');
    const second = await list(b, 'tom.reed', `limit=10&continuation=${encodeURIComponent(first.body.continuation!)}`);
    expect(second.status).toBe(200);
    expect(second.body.items[0]!.id).not.toBe(first.body.items[0]!.id);
  });

  it('refuses a token that is not this list’s with 400 problem+json naming it', async () => {
    const { body } = await list(a, 'tom.reed', 'limit=5');
    const token = body.continuation!;
    const [payload, signature] = token.split('.') as [string, string];
    const offset = Buffer.from(JSON.stringify(['ashcombe', 'x', 'y', 0])).toString('base64url');
    const other = (await list(a, 'owen.price', 'limit=1')).body.continuation!;
    expect(other).toEqual(expect.any(String));
    const cases: [string, string, string][] = [
      ['tom.reed', 'limit=5&continuation=not-a-token', 'garbage'],
      ['tom.reed', `limit=5&continuation=${encodeURIComponent(`${offset}.${signature}`)}`, 'altered payload'],
      ['tom.reed', `limit=5&continuation=${encodeURIComponent(`${payload}.${signature.slice(0, -2)}AA`)}`, 'altered signature'],
      ['tom.reed', `limit=5&sort=score&continuation=${encodeURIComponent(token)}`, 'another filter'],
      ['owen.price', `limit=5&continuation=${encodeURIComponent(token)}`, 'another council'],
      ['tom.reed', `limit=5&continuation=${encodeURIComponent(other)}`, 'a token of another council'],
      ['priya.shah', `limit=5&continuation=${encodeURIComponent(token)}`, 'another reader'],
    ];
    for (const [user, query, what] of cases) {
      const response = await list(a, user, query);
      expect({ what, status: response.status, type: response.headers.get('content-type') }).toEqual({ what, status: 400, type: expect.stringContaining('application/problem+json') });
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'continuation' })]);
    }
  });

  it('keeps the page size between 1 and the maximum', async () => {
    for (const limit of ['0', '-3', `${REQUEST_PAGE_SIZE.max + 1}`, '2.5', 'many']) {
      const response = await list(a, 'tom.reed', `limit=${limit}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'limit', message: `Limit must be a whole number from 1 to ${REQUEST_PAGE_SIZE.max}.` })]);
    }
    expect((await list(a, 'tom.reed', `limit=${REQUEST_PAGE_SIZE.max}`)).status).toBe(200);
    expect((await list(a, 'tom.reed', 'limit=1')).body.items).toHaveLength(1);
  });

  it('answers 409 when the requests changed between pages, and the first page again shows the change', async () => {
    const first = await list(a, 'tom.reed', 'limit=5');
    const created = await b.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Made between two pages' }) });
    expect(created.status).toBe(201);
    const next = await list(a, 'tom.reed', `limit=5&continuation=${encodeURIComponent(first.body.continuation!)}`);
    expect(next.status).toBe(409);
    expect(next.body.detail).toMatch(/first page/);
    const again = await readAllPages(a, 'tom.reed', 'limit=50');
    expect(again.flatMap((page) => page.items.map((item) => item.id))).toContain(created.body.id);
  });
});

describe('two instances, one set of tables', () => {
  it('never lists a request older than the last change made through either instance', async () => {
    const request = (await list(a, 'tom.reed', 'stage=submitted')).body.items[0]!;
    let etag = request.etag;
    let step = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.constantFrom('title', 'create'), async (writer, change) => {
        step += 1;
        const [through, other] = writer === 0 ? [a, b] : [b, a];
        // Both instances have the list in memory before the change.
        await Promise.all([list(a, 'tom.reed'), list(b, 'tom.reed')]);
        if (change === 'title') {
          const title = `Renamed at step ${step}`;
          const patched = await through.api('tom.reed', 'PATCH', `/api/v1/requests/${request.id}`, { body: { title }, headers: { 'If-Match': etag } });
          expect(patched.status).toBe(200);
          etag = patched.body.etag;
          for (const server of [other, through]) {
            const seen = (await list(server, 'tom.reed')).body.items.find((item) => item.id === request.id)!;
            expect({ title: seen.title, etag: seen.etag }).toEqual({ title, etag });
          }
        } else {
          const created = await through.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: `Created at step ${step}` }) });
          expect(created.status).toBe(201);
          for (const server of [other, through]) expect((await list(server, 'tom.reed')).body.items.map((item) => item.id)).toContain(created.body.id);
          expect((await list(other, 'priya.shah')).body.items.map((item) => item.id)).toContain(created.body.id);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('answers 304 to the board’s poll while nothing changed, and the new list once something did', async () => {
    const first = await list(a, 'tom.reed');
    const tag = first.headers.get('etag')!;
    const unchanged = await a.api('tom.reed', 'GET', '/api/v1/requests', { headers: { 'If-None-Match': tag } });
    expect(unchanged.status).toBe(304);
    await b.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Seen by the next poll' }) });
    const changed = await a.api<Page>('tom.reed', 'GET', '/api/v1/requests', { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(changed.body.items.map((item) => item.title)).toContain('Seen by the next poll');
  });
});
