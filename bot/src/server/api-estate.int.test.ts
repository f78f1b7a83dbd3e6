import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/** An application the register accepts; pass only what the test is about. */
function validApplication(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Pest Control Scheduler',
    supplier: 'Smallbrook Software',
    serviceAreas: ['Environmental Health'],
    capability: 'regulatory',
    hosting: 'saas',
    supportStatus: 'supported',
    contractEnd: '2028-03-31',
    annualCost: 4500,
    users: 12,
    personalData: true,
    businessOwner: 'Head of Environmental Health',
    disposition: 'tolerate',
    ...overrides,
  };
}

const HEADER = 'name,supplier,serviceAreas,capability,hosting,supportStatus,contractEnd,annualCost,users,personalData,businessOwner,disposition,dispositionTargetDate';

describe('the application estate through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const count = async (user = 'tom.reed') => (await server.api(user, 'GET', '/api/v1/applications?retired=include')).body.count as number;
  const importCsv = (csv: string, user = 'tom.reed', contentType = 'text/csv') =>
    fetch(`${server.url}/api/v1/applications/import`, { method: 'POST', headers: { Authorization: `Bearer ${TOKENS[user]}`, 'Content-Type': contentType }, body: csv });
  const TOKENS: Record<string, string> = {};
  beforeAll(async () => {
    for (const user of ['tom.reed', 'mark.evans', 'priya.shah', 'owen.price']) TOKENS[user] = await server.tokenFor(user);
  });

  it('shows the seeded register: 134 live applications against a target of 100, behind plan', async () => {
    const list = await server.api('helen.morris', 'GET', '/api/v1/applications');
    expect(list.status).toBe(200);
    expect(list.body.count).toBe(134);
    const summary = await server.api('sarah.lewis', 'GET', '/api/v1/estate/summary');
    expect(summary.body).toMatchObject({ current: 134, retired: 12, target: { baselineCount: 143, targetCount: 100 }, status: 'behind' });
    expect(summary.body.series[0]).toEqual({ date: '2025-04-01', count: 143 });
    const ending = summary.body.contractsEnding as { name: string; coveredBy: { id: string }[] }[];
    expect(ending.find((contract) => contract.name === 'Repairs Manager 6')!.coveredBy.map((request) => request.id)).toEqual(['EH-2026-0002']);
    expect(ending.find((contract) => contract.name === 'Financial Management System')!.coveredBy).toEqual([]);
    expect((await server.api('priya.shah', 'GET', '/api/v1/applications')).status).toBe(403);
  });

  it('adds an application and changes it by merge patch, from the version read', async () => {
    const created = await server.api('tom.reed', 'POST', '/api/v1/applications', { body: validApplication() });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/applications/${created.body.id}`);
    const patched = await server.api('tom.reed', 'PATCH', `/api/v1/applications/${created.body.id}`, {
      body: { disposition: 'eliminate', dispositionTargetDate: '2027-12-31', annualCost: null },
      headers: { 'If-Match': created.body.etag },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ disposition: 'eliminate', dispositionTargetDate: '2027-12-31', supplier: 'Smallbrook Software', users: 12 });
    expect(patched.body).not.toHaveProperty('annualCost');
    const stale = await server.api('tom.reed', 'PATCH', `/api/v1/applications/${created.body.id}`, { body: { users: 1 }, headers: { 'If-Match': created.body.etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.current.users).toBe(12);
    expect((await server.api('tom.reed', 'PATCH', `/api/v1/applications/${created.body.id}`, { body: { users: 1 } })).status).toBe(428);
    const history = await server.api('tom.reed', 'GET', `/api/v1/audit?entity=application:${created.body.id}`);
    expect(history.body.items.map((event: { kind: string }) => event.kind)).toEqual(['created', 'updated']);
  });

  it.each([
    ['an unknown capability', { capability: 'astrology' }, 'capability', /Capability must be one of/],
    ['a negative cost', { annualCost: -100 }, 'annualCost', /cannot be negative/],
    ['an elimination without a date', { disposition: 'eliminate' }, 'dispositionTargetDate', /needs a target date/],
    ['a name already in the register', { name: 'repairs manager 6' }, 'name', /already in the register/],
    ['an unknown field', { colour: 'blue' }, '(body)', /colour/],
    ['no answer on personal data', { personalData: undefined }, 'personalData', /^Say whether the application holds personal data\.$/],
    ['personal data as a word', { personalData: 'yes' }, 'personalData', /^Personal data must be true or false \(yes or no in a CSV file\)\.$/],
  ])('refuses %s with problem+json and stores nothing', async (_label, overrides, field, message) => {
    const before = await count();
    const refused = await server.api('tom.reed', 'POST', '/api/v1/applications', { body: validApplication({ name: `Refused ${field}`, ...overrides }) });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
    expect(await count()).toBe(before);
  });

  it('imports a CSV all together and exports the register as CSV', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'Allotment Plots,In-house,Leisure and Culture,leisure,On premises,supported,,,4,no,Head of Leisure,Eliminate,31/03/2028',
      '"Noise App, Mobile",Smallbrook Software,Environmental Health; Licensing,Licensing and regulatory,saas,Supported,2027-10-31,"£3,200",15,yes,Head of Environmental Health,tolerate,',
      '"=HYPERLINK(""x"")",In-house,Finance,finance,hosted,supported,,,,no,Chief Accountant,tolerate,',
    ].join('\r\n');
    const response = await importCsv(csv);
    const report = (await response.json()) as { imported: number; items: { row: number; name: string }[] };
    expect(response.status).toBe(201);
    expect(report.imported).toBe(3);
    expect(report.items.map((item) => [item.row, item.name])).toEqual([[2, 'Allotment Plots'], [3, 'Noise App, Mobile'], [4, '=HYPERLINK("x")']]);
    expect(await count()).toBe(before + 3);

    const exported = await server.api('sarah.lewis', 'GET', '/api/v1/applications?format=csv');
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(exported.body as string, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength((await server.api('tom.reed', 'GET', '/api/v1/applications')).body.count);
    const noise = rows.find((row) => row.name === 'Noise App, Mobile')!;
    expect(noise).toMatchObject({ serviceAreas: 'Environmental Health; Licensing', capability: 'regulatory', annualCost: '3200', personalData: 'yes' });
    // A spreadsheet would run it as a formula: the export quotes it.
    expect(rows.some((row) => row.name === `'=HYPERLINK("x")`)).toBe(true);
  });

  it('refuses a file with a bad line, saying which line and why, and imports none of it', async () => {
    const before = await count();
    const csv = [
      HEADER,
      'Good Line App,In-house,Finance,finance,hosted,supported,,,,no,Chief Accountant,tolerate,',
      'Stargazer,In-house,Finance,astrology,hosted,supported,,-5,,maybe,Chief Accountant,tolerate,',
      'Good Line App,In-house,Finance,finance,hosted,supported,,,,no,Chief Accountant,tolerate,',
    ].join('\n');
    const response = await importCsv(csv);
    const problem = (await response.json()) as { code: string; detail: string; errors: { field: string; message: string }[] };
    expect(response.status).toBe(400);
    expect(problem.detail).toMatch(/2 of 3 lines were refused; nothing was imported/);
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'line 3.capability', message: expect.stringMatching(/^Line 3 \(Stargazer\): Capability must be one of/) },
        { field: 'line 3.annualCost', message: 'Line 3 (Stargazer): Annual cost cannot be negative.' },
        { field: 'line 3.personalData', message: 'Line 3 (Stargazer): Personal data must be true or false (yes or no in a CSV file).' },
        { field: 'line 4.name', message: 'Line 4 (Good Line App): Good Line App is also on line 2 of this file.' },
      ]),
    );
    expect(await count()).toBe(before);
  });

  it.each([
    ['wrong columns', `title,vendor\nA,B`, 400, /Unknown columns: title, vendor/],
    ['a header only', HEADER, 400, /no applications/],
    ['unclosed quotes', `${HEADER}\n"Broken,In-house`, 400, /not readable CSV/],
  ])('refuses a file with %s as a whole', async (_label, csv, status, message) => {
    const before = await count();
    const response = await importCsv(csv);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(await response.json())).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses a 10 MB file unread, and a file that is not CSV', async () => {
    const before = await count();
    const line = 'Big App,In-house,Finance,finance,hosted,supported,,,,no,Chief Accountant,tolerate,\n';
    const big = await importCsv(`${HEADER}\n${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}`);
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await big.json()) as { code: string }).code).toBe('payload_too_large');
    const json = await importCsv(JSON.stringify({ csv: HEADER }), 'tom.reed', 'application/json');
    expect(json.status).toBe(415);
    expect(((await json.json()) as { detail: string }).detail).toMatch(/text\/csv/);
    expect((await importCsv(`${HEADER}\n${line}`, 'priya.shah')).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('shows a request’s overlaps, and what the requester and ICT said about them', async () => {
    const overlaps = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0002/overlaps');
    expect(overlaps.status).toBe(200);
    expect(overlaps.body.capability).toBe('housing');
    expect(overlaps.body.applications[0]).toMatchObject({ kind: 'application', name: 'Repairs Manager 6', relevance: 100 });
    expect(overlaps.body.requests.map((request: { id: string }) => request.id)).not.toContain('EH-2026-0002');

    const own = await server.api('priya.shah', 'GET', '/api/v1/requests/EH-2026-0001/overlaps');
    expect(own.body.applications.map((application: { name: string }) => application.name)).toContain('Council Tax Online Account');
    const target = own.body.applications.find((application: { name: string }) => application.name === 'Council Tax Online Account');
    const vague = await server.api('priya.shah', 'PUT', `/api/v1/requests/EH-2026-0001/overlaps/${target.id}`, { body: { verdict: 'different' } });
    expect(vague.status).toBe(400);
    expect(vague.body.errors).toEqual([{ field: 'reason', message: 'Say why this is different.' }]);
    const noted = await server.api('priya.shah', 'PUT', `/api/v1/requests/EH-2026-0001/overlaps/${target.id}`, { body: { verdict: 'replaces' } });
    expect(noted.status).toBe(200);
    const atTriage = await server.api('tom.reed', 'GET', '/api/v1/requests/EH-2026-0001/overlaps');
    expect(atTriage.body.applications.find((application: { id: string }) => application.id === target.id).note).toMatchObject({ verdict: 'replaces', by: { name: 'Priya Shah' } });
    // Someone else's request: an officer can neither read nor note its overlaps.
    expect((await server.api('priya.shah', 'GET', '/api/v1/requests/EH-2026-0002/overlaps')).status).toBe(404);
    expect((await server.api('priya.shah', 'PUT', `/api/v1/requests/EH-2026-0002/overlaps/${target.id}`, { body: { verdict: 'replaces' } })).status).toBe(404);
  });

  it('keeps each council’s estate to itself', async () => {
    const ashcombe = (await server.api('tom.reed', 'GET', '/api/v1/applications')).body.items[0];
    const before = await server.api('tom.reed', 'GET', `/api/v1/applications/${ashcombe.id}`);
    expect((await server.api('owen.price', 'GET', `/api/v1/applications/${ashcombe.id}`)).status).toBe(404);
    expect((await server.api('claire.bennett', 'PATCH', `/api/v1/applications/${ashcombe.id}`, { body: { users: 1 }, headers: { 'If-Match': ashcombe.etag } })).status).toBe(404);
    expect((await server.api('claire.bennett', 'GET', '/api/v1/requests/EH-2026-0002/overlaps')).body.applications.map((match: { name: string }) => match.name)).not.toContain('Repairs Manager 6');
    expect((await server.api('claire.bennett', 'PUT', `/api/v1/requests/EH-2026-0002/overlaps/${ashcombe.id}`, { body: { verdict: 'replaces' } })).status).toBe(404);
    const fenwick = await server.api('owen.price', 'GET', '/api/v1/applications');
    expect(fenwick.body.items.every((application: { organisationId: string }) => application.organisationId === 'fenwick-marsh')).toBe(true);
    expect(fenwick.body.items.map((application: { name: string }) => application.name)).not.toContain('Repairs Manager 6');
    expect((await server.api('owen.price', 'GET', '/api/v1/estate/summary')).body).toMatchObject({ current: 49, target: { targetCount: 35 } });
    const exported = await server.api('owen.price', 'GET', '/api/v1/applications?format=csv');
    expect(exported.body).not.toContain('Repairs Manager 6');
    expect((await server.api('tom.reed', 'GET', `/api/v1/applications/${ashcombe.id}`)).body).toEqual(before.body);
  });
});
