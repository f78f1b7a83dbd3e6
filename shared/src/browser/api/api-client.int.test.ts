import { startTestServer, type TestServer } from '../../../testing/bot/start-test-server';
import { validRequestBody } from '../../../testing/bot/request-fixtures';
import { EntranceHallClient } from './api-client';

/** The browser client reading a paged list: every page, the same answer while nothing changed, a fresh read when the list changed between pages. */
describe('EntranceHallClient.callAllPages', () => {
  let server: TestServer;
  let client: EntranceHallClient;

  beforeAll(async () => {
    server = await startTestServer();
    client = new EntranceHallClient(server.url, () => server.tokenFor('tom.reed'));
  });
  afterAll(async () => server?.close());

  const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);

  it('follows the tokens to every request, in the server’s order', async () => {
    const whole = await client.call('listRequests', { query: { limit: 5000, sort: 'score' } });
    const paged = await client.callAllPages('listRequests', { query: { limit: 7, sort: 'score' } });
    expect(whole.items.length).toBeGreaterThan(7);
    expect(ids(paged)).toEqual(ids(whole));
    expect(paged.count).toBe(whole.count);
    expect(paged.continuation).toBeUndefined();
  });

  it('hands back the same answer while nothing changed, and a new one after a change', async () => {
    const first = await client.callAllPages('listRequests', { query: { limit: 7 } });
    expect(await client.callAllPages('listRequests', { query: { limit: 7 } })).toBe(first);
    const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Seen by the next read' }) });
    const next = await client.callAllPages('listRequests', { query: { limit: 7 } });
    expect(next).not.toBe(first);
    expect(ids(next)).toContain(created.body.id);
  });

  it('reads again from the first page when the list changed between pages', async () => {
    const realFetch = globalThis.fetch;
    let pagesAnswered = 0;
    let createdId = '';
    // A colleague submits a request just after the first page is answered.
    globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await realFetch(...args);
      if (String(args[0]).includes('/api/v1/requests?') && (pagesAnswered += 1) === 1) {
        createdId = (await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Made between two pages' }) })).body.id;
      }
      return response;
    };
    try {
      const list = await client.callAllPages('listRequests', { query: { limit: 5, sort: 'updatedAt' } });
      expect(ids(list)).toContain(createdId);
      expect(new Set(ids(list)).size).toBe(list.items.length);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
