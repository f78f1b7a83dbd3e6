import fc from 'fast-check';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

/** Demo users who may submit requests, in both councils. */
const SUBMITTERS = ['priya.shah', 'tom.reed', 'helen.morris', 'david.okafor', 'aled.jones', 'claire.bennett', 'owen.price'];
const FENWICK = new Set(['aled.jones', 'claire.bennett', 'owen.price']);

/** A valid request for the user's council (the councils' strategies have different themes). */
const bodyFor = (user: string, title: string) => validRequestBody({ title, ...(FENWICK.has(user) ? { themeIds: ['customer'] } : {}) });

describe('Idempotency-Key belongs to the person who sent it', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const post = (user: string, body: unknown, key: string) => server.api(user, 'POST', '/api/v1/requests', { body, headers: { 'Idempotency-Key': key } });
  const portfolioCount = async () => (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;

  it('gives an officer their own new request when someone else already used the same key', async () => {
    const tom = await post('tom.reed', validRequestBody({ title: 'Tom’s infrastructure refresh' }), 'shared-key-0001');
    expect(tom.status).toBe(201);
    const priya = await post('priya.shah', validRequestBody({ title: 'Priya’s e-billing idea' }), 'shared-key-0001');
    expect(priya.status).toBe(201);
    expect(priya.body.id).not.toBe(tom.body.id);
    expect(priya.body.title).toBe('Priya’s e-billing idea');
    expect(priya.body.requester.name).toBe('Priya Shah');
    // Tom's request stays out of Priya's reach, and her submission was kept.
    expect((await server.api('priya.shah', 'GET', `/api/v1/requests/${tom.body.id}`)).status).toBe(404);
    expect((await server.api('tom.reed', 'GET', `/api/v1/requests/${priya.body.id}`)).body.title).toBe('Priya’s e-billing idea');
  });

  it('refuses the same key from the same person with another body: 422 naming the key, nothing stored', async () => {
    const first = await post('priya.shah', validRequestBody({ title: 'Parking permits online' }), 'conflict-key-0001');
    expect(first.status).toBe(201);
    const before = await portfolioCount();
    const other = await post('priya.shah', validRequestBody({ title: 'Something else entirely' }), 'conflict-key-0001');
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(other.body.code).toBe('idempotency_conflict');
    expect(other.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('different body') }]);
    expect(other.body.detail).toContain(first.body.id);
    expect(await portfolioCount()).toBe(before);
    const search = await server.api('tom.reed', 'GET', `/api/v1/requests?text=${encodeURIComponent('Something else entirely')}`);
    expect(search.body.count).toBe(0);
  });

  it('replays the first result to its author for the same body, whatever the key order', async () => {
    const body = validRequestBody({ title: 'Garden waste renewals' });
    const first = await post('priya.shah', body, 'replay-key-0001');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await post('priya.shah', reordered, 'replay-key-0001');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const search = await server.api('tom.reed', 'GET', `/api/v1/requests?text=${encodeURIComponent('Garden waste renewals')}`);
    expect(search.body.count).toBe(1);
  });

  it('property: any two people, any key — each gets their own request and never the other’s', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SUBMITTERS),
        fc.constantFrom(...SUBMITTERS),
        fc.stringMatching(/^[A-Za-z0-9._:-]{4,40}$/),
        async (first, second, generated) => {
          run += 1;
          const key = `run-${run}-${generated}`;
          const a = await post(first, bodyFor(first, `Property ${run} first by ${first}`), key);
          const b = await post(second, bodyFor(second, `Property ${run} second by ${second}`), key);
          if (first === second) {
            // The same person with another body under one key: refused, not merged.
            expect([a.status, b.status]).toEqual([201, 422]);
            return;
          }
          expect([a.status, b.status]).toEqual([201, 201]);
          expect(a.body.title).toBe(`Property ${run} first by ${first}`);
          expect(b.body.title).toBe(`Property ${run} second by ${second}`);
          expect(`${a.body.organisationId}/${a.body.id}`).not.toBe(`${b.body.organisationId}/${b.body.id}`);
          // A retry by either gets their own request back.
          const aAgain = await post(first, bodyFor(first, `Property ${run} first by ${first}`), key);
          const bAgain = await post(second, bodyFor(second, `Property ${run} second by ${second}`), key);
          expect(aAgain.body.id).toBe(a.body.id);
          expect(bAgain.body.id).toBe(b.body.id);
        },
      ),
      { numRuns: 25 },
    );
  });
});
