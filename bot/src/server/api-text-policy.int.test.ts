import { SCORING_CRITERIA } from '@entrance-hall/shared/domain/scoring/scoring-criteria';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/** Text that would be stored invisibly, shown reordered, or is not text at all is refused with the field named. */
describe('one text policy for every text field', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const count = async () => (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;

  it.each([
    ['NUL', 'Bulky\u0000waste', 'a control character (U+0000)'],
    ['BEL', 'Bulky\u0007waste', 'a control character (U+0007)'],
    ['ESC', 'Bulky\u001B[31mwaste', 'a control character (U+001B)'],
    ['a tab in a title', 'Bulky\twaste', 'a control character (U+0009)'],
    ['a C1 control', 'Bulky\u0085waste', 'a control character (U+0085)'],
    ['a right-to-left override', 'Invoice \u202Egpj.exe', 'a text-direction control (U+202E)'],
    ['a directional isolate', 'Invoice \u2067gpj.exe', 'a text-direction control (U+2067)'],
    ['a lone surrogate', 'Bulky \uD800 waste', 'a broken character (U+D800)'],
    ['a non-character', 'Bulky \uFFFE waste', 'a non-character (U+FFFE)'],
  ])('a title with %s → 400 naming the title, nothing stored', async (_name, title, described) => {
    const before = await count();
    const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title }) });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([{ field: 'title', message: `Title contains ${described} that cannot be stored; remove it and try again.` }]);
    expect(await count()).toBe(before);
  });

  it('long text keeps its line breaks and tabs', async () => {
    const problem = 'Residents phone to book.\r\n\tThe contact centre re-keys each booking.\nCrews print lists.';
    const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ problem }) });
    expect(response.status).toBe(201);
    expect(response.body.problem).toBe(problem);
  });

  it('an update with a hidden character changes nothing', async () => {
    const before = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002');
    const response = await server.api('tom.reed', 'PATCH', '/api/v1/requests/EH-2026-0002', {
      body: { keyRisks: 'Supplier \u2066lock-in', sponsor: 'Director' },
      headers: { 'If-Match': before.headers.get('etag')! },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'keyRisks', message: 'Key risks contains a text-direction control (U+2066) that cannot be stored; remove it and try again.' }]);
    expect((await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002')).body).toEqual(before.body);
  });

  it('a score rationale with NUL, ESC or BEL changes nothing', async () => {
    const before = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002');
    const ratings = Object.fromEntries(SCORING_CRITERIA.map((criterion) => [criterion, 3]));
    const response = await server.api('tom.reed', 'PUT', '/api/v1/requests/EH-2026-0002/score', {
      body: { ratings, rationale: 'Strong case\u0000\u001B\u0007' },
      headers: { 'If-Match': before.headers.get('etag')! },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'rationale', message: 'Rationale contains a control character (U+0000) that cannot be stored; remove it and try again.' }]);
    expect((await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002')).body).toEqual(before.body);
  });
});
