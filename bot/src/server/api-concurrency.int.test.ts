import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';

/** Hundreds of creates take seconds on an idle machine and minutes on a shared, busy one. */
const BURST_TIMEOUT_MS = 300_000;

describe('two people at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('gives 500 requests submitted at the same moment in one council 500 distinct references, all stored', async () => {
    const before = (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, index) => server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: `Parallel request ${index}` }) })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(500).fill(201));
    const references = responses.map((response) => response.body.id as string);
    expect(new Set(references).size).toBe(500);
    const after = await server.api('tom.reed', 'GET', `/api/v1/requests?text=${encodeURIComponent('Parallel request')}`);
    expect(after.body.count).toBe(500);
    expect((await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count).toBe(before + 500);
    // Numbers continue the sequence without gaps.
    const numbers = references.map((reference) => Number(reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers[numbers.length - 1]! - numbers[0]!).toBe(499);
  }, BURST_TIMEOUT_MS);

  it('lets one of two updates from the same version win; the other gets 412 and nothing is lost', async () => {
    const current = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0007');
    const etag = current.body.etag as string;
    const [tom, mark] = await Promise.all([
      server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-0007', { body: { ictEffortDays: 21 }, headers: { 'If-Match': etag } }),
      server.api('mark.evans', 'PATCH', '/api/v1/requests/EH-2026-0007', { body: { ictEffortDays: 34 }, headers: { 'If-Match': etag } }),
    ]);
    expect([tom.status, mark.status].sort()).toEqual([200, 412]);
    const [winner, loser] = tom.status === 200 ? [tom, mark] : [mark, tom];
    expect(loser.body.current.ictEffortDays).toBe(winner.body.ictEffortDays);
    const stored = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0007');
    expect(stored.body.ictEffortDays).toBe(winner.body.ictEffortDays);
    const history = await server.api('tom.reed', 'GET', '/api/v1/audit?entity=request:EH-2026-0007');
    expect(history.body.items.filter((event: { kind: string }) => event.kind === 'updated')).toHaveLength(1);
  });

  it('records one decision when two chairs decide on the same version', async () => {
    const current = await server.api('helen.morris', 'GET', '/api/v1/requests/EH-2026-0014');
    const decide = (outcome: string) =>
      server.api('helen.morris', 'POST', '/api/v1/requests/EH-2026-0014/decisions', { body: { outcome, reason: `Decided: ${outcome}` }, headers: { 'If-Match': current.body.etag } });
    const results = await Promise.all([decide('approve'), decide('reject')]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 412]);
    const decisions = await server.api('helen.morris', 'GET', '/api/v1/requests/EH-2026-0014/decisions');
    expect(decisions.body.count).toBe(1);
  });

  it('tells the second chair that someone else decided first, not that the request cannot be decided', async () => {
    const current = await server.api('helen.morris', 'GET', '/api/v1/requests/EH-2026-0015');
    const decide = (outcome: string) =>
      server.api('helen.morris', 'POST', '/api/v1/requests/EH-2026-0015/decisions', { body: { outcome, reason: `Decided: ${outcome}` }, headers: { 'If-Match': current.body.etag } });
    expect((await decide('approve')).status).toBe(201);
    const late = await decide('reject');
    expect(late.status).toBe(412);
    expect(late.body.current.stage).toBe('approved');
  });
});

describe('two instances of the server numbering requests in one council', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer();
    second = await startTestServer({ TABLE_PREFIX: first.tablePrefix });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('gives 2 × 150 parallel creates distinct references, each with its audit event', async () => {
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        (index % 2 === 0 ? first : second).api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: `Two instances ${index}` }) }),
      ),
    );
    expect(responses.filter((response) => response.status !== 201)).toEqual([]);
    const references = responses.map((response) => response.body.id as string);
    expect(new Set(references).size).toBe(300);
    const sample = references[123]!;
    const history = await first.api('tom.reed', 'GET', `/api/v1/audit?entity=request:${sample}`);
    expect(history.body.items.map((event: { kind: string }) => event.kind)).toEqual(['created']);
  }, BURST_TIMEOUT_MS);
});
