import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

interface TargetRecord {
  id: string;
  measure: string;
  baseline: number;
  target: number;
  current?: number;
  currentDate?: string;
  owner?: string;
}
interface StrategyRecord {
  etag: string;
  targets: TargetRecord[];
}
interface TableRecord {
  rows: { text: string }[][];
}

/**
 * The strategy's measurable targets through the API: ICT records the current figure with its date,
 * an administrator changes the definition; If-Match on the strategy, merge semantics, an audit
 * event in the same transaction; the Word targets table shows the new figure; councils isolated.
 */
describe('strategy targets API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const strategyOf = async (user: string) => (await server.api(user, 'GET', '/api/v1/strategy')).body as StrategyRecord;
  const targetOf = async (user: string, id: string) => (await strategyOf(user)).targets.find((target) => target.id === id)!;
  const patch = async (user: string, id: string, body: unknown, etag?: string) =>
    server.api(user, 'PATCH', `/api/v1/strategy/targets/${id}`, { body, headers: { 'If-Match': etag ?? (await strategyOf(user)).etag } });
  const targetsRow = async (user: string, id: string) => {
    const table = (await server.api(user, 'GET', '/api/v1/reports/tables/targets')).body as TableRecord;
    return table.rows.find((row) => row[0]!.text === id)!.map((cell) => cell.text);
  };

  it('ICT records a measurement: the strategy, its history and the Word targets table show it, RAG in words', async () => {
    const before = await targetsRow('sarah.lewis', 'T3');
    expect(before[4]).toBe('7\n31 October 2026');
    const recorded = await patch('tom.reed', 'T3', { current: 19, currentDate: '2026-11-20' });
    expect(recorded.status).toBe(200);
    expect(recorded.headers.get('etag')).toBe(recorded.body.etag);
    const t3 = (recorded.body as StrategyRecord).targets.find((target) => target.id === 'T3')!;
    // Merge semantics: the definition is kept exactly, only the measurement changed.
    expect(t3).toMatchObject({ measure: 'Servers on unsupported operating systems', baseline: 23, target: 0, current: 19, currentDate: '2026-11-20', owner: 'Infrastructure Manager' });
    const after = await targetsRow('sarah.lewis', 'T3');
    expect(after[4]).toBe('19\n20 November 2026');
    expect(after[5]).not.toBe(before[5]);
    expect(after[5]).toBe('Red – off track');
    const history = await server.api('mark.evans', 'GET', '/api/v1/audit?entity=strategy:current');
    const last = history.body.items.at(-1);
    expect(last.summary).toBe('Target T3 (Servers on unsupported operating systems) measured by Tom Reed: 19 on 2026-11-20');
    expect(last.changes).toEqual([
      { field: 'targets.T3.current', from: 7, to: 19 },
      { field: 'targets.T3.currentDate', from: '2026-10-31', to: '2026-11-20' },
    ]);
  });

  it('an administrator edits the definition; ICT may not, and others may not measure', async () => {
    const refused = await patch('tom.reed', 'T4', { target: 95 });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('Only an administrator can change a target’s target');
    expect((await patch('david.okafor', 'T4', { current: 60, currentDate: '2026-11-01' })).status).toBe(403);
    expect((await patch('priya.shah', 'T4', { current: 60, currentDate: '2026-11-01' })).status).toBe(403);
    const changed = await patch('mark.evans', 'T4', { target: 95, owner: null });
    expect(changed.status).toBe(200);
    const t4 = await targetOf('tom.reed', 'T4');
    expect(t4.target).toBe(95);
    expect(t4.owner).toBeUndefined();
    expect(t4.current).toBe(58);
  });

  it('needs the strategy’s current version: 428 without If-Match, 412 with an old one, nothing stored', async () => {
    const old = (await strategyOf('tom.reed')).etag;
    expect((await patch('tom.reed', 'T2', { current: 15, currentDate: '2026-11-02' }, old)).status).toBe(200);
    const stale = await patch('tom.reed', 'T2', { current: 16, currentDate: '2026-11-03' }, old);
    expect(stale.status).toBe(412);
    expect(stale.body.current.targets.find((target: TargetRecord) => target.id === 'T2').current).toBe(15);
    const missing = await server.api('tom.reed', 'PATCH', '/api/v1/strategy/targets/T2', { body: { current: 16, currentDate: '2026-11-03' } });
    expect(missing.status).toBe(428);
    expect((await targetOf('tom.reed', 'T2')).current).toBe(15);
  });

  it.each([
    ['a negative figure', 'T1', { current: -5, currentDate: '2026-11-01' }, 'current', 'Current figure cannot be negative.'],
    ['text for a figure', 'T1', { current: 'lots', currentDate: '2026-11-01' }, 'current', 'Current figure must be a number.'],
    ['a figure with no date', 'T5', { current: 170000, currentDate: null }, 'currentDate', 'Say when the current figure was measured.'],
    ['a date in the future', 'T1', { current: 110, currentDate: '2099-01-01' }, 'currentDate', 'A measurement cannot be dated in the future.'],
    ['a percentage over 100', 'T6', { current: 101, currentDate: '2026-11-01' }, 'current', 'A percentage cannot be more than 100.'],
    ['an unknown field', 'T1', { colour: 'red' }, '(body)', undefined],
  ])('refuses %s by its field, storing nothing', async (_what, id, body, field, message) => {
    const before = await strategyOf('mark.evans');
    const refused = await patch('mark.evans', id, body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    if (message) expect(refused.body.errors.map((error: { message: string }) => error.message)).toContain(message);
    expect(await strategyOf('mark.evans')).toEqual(before);
  });

  it('answers 404 for a target the strategy does not have, and never reaches another council’s', async () => {
    const unknown = await patch('tom.reed', 'T99', { current: 1, currentDate: '2026-11-01' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Target T99 of the strategy was not found.');
    const fenwickBefore = await strategyOf('owen.price');
    // Fenwick's ICT cannot touch Ashcombe's T1 (their strategy has no such target), and Ashcombe's cannot touch FT1.
    expect((await patch('claire.bennett', 'T1', { current: 1, currentDate: '2026-11-01' })).status).toBe(404);
    expect((await patch('tom.reed', 'FT1', { current: 1, currentDate: '2026-11-01' })).status).toBe(404);
    expect(await strategyOf('owen.price')).toEqual(fenwickBefore);
    const fenwick = await patch('claire.bennett', 'FT1', { current: 7, currentDate: '2026-11-01' });
    expect(fenwick.status).toBe(200);
    expect((await targetOf('tom.reed', 'T1')).current).toBe(134);
    expect((await targetsRow('owen.price', 'FT1'))[4]).toBe('7\n1 November 2026');
  });
});
