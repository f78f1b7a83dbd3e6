import path from 'node:path';
import { renderTablesDocx } from './render-table-docx';
import type { ReportTable } from './report-table';
import { printedWords, renderDocxWithLibreOffice } from '../../../testing/reports/render-docx-with-libreoffice';
import { startReportServer, type ReportServer } from '../../../testing/reports/start-report-server';

const OUT_DIR = path.resolve(__dirname, '../../../test-output/addin');

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(async () => {
  await server?.close();
});

const call = async (user: string, route: string, init: RequestInit = {}) => {
  const response = await server.call(user, route, init);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as any };
};
const patch = (user: string, route: string, body: unknown, etag?: string) =>
  call(user, route, { method: 'PATCH', headers: { 'Content-Type': 'application/json', ...(etag ? { 'If-Match': etag } : {}) }, body: JSON.stringify(body) });
const table = async (user: string, query: string) => (await call(user, `/api/v1/reports/tables/${query}`)).body as ReportTable;
const rowsOf = (built: ReportTable) => built.rows.map((row) => row.map((cell) => cell.text));

describe('a request’s budget by year and partner shares, edited through the API', () => {
  it('is a merge patch with If-Match; bad money or shares are refused field by field and nothing is stored; the budget table follows', async () => {
    const approved = (await call('tom.reed', '/api/v1/requests?stage=approved')).body.items as any[];
    const request = approved.find((item) => item.title === 'Secure email for legal case bundles');
    expect(request).toBeDefined();
    const route = `/api/v1/requests/${request.id}`;
    const profile = [
      { year: '2027/28', capital: 7000, revenue: 4500 },
      { year: '2026/27', capital: 5000, revenue: 4000 },
    ];

    expect((await patch('tom.reed', route, { budgetProfile: profile })).status).toBe(428);
    const shares = await patch('tom.reed', route, { partnerShares: [{ council: 'Fenwick District Council', percent: 60 }, { council: 'Ashcombe Borough Council', percent: 30 }] }, request.etag);
    expect(shares.status).toBe(400);
    expect(shares.type).toContain('application/problem+json');
    expect(shares.body.errors).toEqual([{ field: 'partnerShares', message: 'Partner shares must add up to 100%; these add up to 90%.' }]);
    const negative = await patch('tom.reed', route, { budgetProfile: [{ year: '2026/27', capital: -5000, revenue: 4000 }] }, request.etag);
    expect(negative.status).toBe(400);
    expect(negative.body.errors).toEqual([{ field: 'budgetProfile.0.capital', message: 'Capital cannot be negative.' }]);
    const unchanged = await call('tom.reed', route);
    expect(unchanged.body.etag).toBe(request.etag);
    expect(unchanged.body.budgetProfile).toEqual([{ year: '2026/27', capital: 5000, revenue: 4000 }]);
    expect(unchanged.body.partnerShares).toBeUndefined();
    // An officer cannot even see someone else's request, let alone reshape its money.
    expect((await patch('priya.shah', route, { budgetProfile: profile }, request.etag)).status).toBe(404);

    const saved = await patch('tom.reed', route, { budgetProfile: profile, partnerShares: [{ council: 'Ashcombe Borough Council', percent: 75 }, { council: 'Fenwick District Council', percent: 25 }] }, request.etag);
    expect(saved.status).toBe(200);
    expect(saved.body.budgetProfile.map((entry: any) => entry.year)).toEqual(['2026/27', '2027/28']);
    expect(saved.body).toMatchObject({ title: request.title, capitalCost: request.capitalCost, revenueCost: request.revenueCost });
    expect((await patch('tom.reed', route, { partnerShares: null }, request.etag)).status).toBe(412);

    const budget = await table('sarah.lewis', 'budget?year=2027/28');
    expect(budget.title).toBe('Budget by financial year 2027/28: approved and in delivery only, 4 projects, shares for Ashcombe Borough Council and Fenwick District Council');
    const rows = rowsOf(budget);
    expect(rows.find((row) => row[1] === request.id)).toEqual(['2027/28', request.id, `${request.title}\nShared: Ashcombe Borough Council 75%, Fenwick District Council 25%`, '£7,000', '£4,500']);
    expect(rows.find((row) => row[1] === 'Fenwick District Council')).toEqual(['2027/28', 'Fenwick District Council', 'Share of shared projects', '£1,750', '£1,125']);
    expect(rows.find((row) => row[1] === 'Not shared')?.slice(3)).toEqual(['£49,000', '£51,200']);

    // The author clears the shares again (null removes the field); the table has no partner rows.
    const cleared = await patch('tom.reed', route, { partnerShares: null }, saved.body.etag);
    expect(cleared.status).toBe(200);
    expect(cleared.body.partnerShares).toBeUndefined();
    expect(rowsOf(await table('sarah.lewis', 'budget?year=2027/28')).some((row) => row[1] === 'Not shared')).toBe(false);
  }, 60_000);
});

describe('the shared service’s budget and targets, as LibreOffice prints them', () => {
  it('gives each partner council’s share per year and in all, numbers right-aligned; only its own projects', async () => {
    const budget = await table('fiona.grant', 'budget');
    const rows = rowsOf(budget);
    expect(rows.map((row) => row[1])).not.toContain(undefined);
    expect(rows.filter((row) => row[1] === 'Total').map((row) => row.slice(0, 1).concat(row.slice(3)))).toEqual([
      ['2026/27', '£60,000', '£11,000'],
      ['2027/28', '£5,000', '£12,000'],
      ['All years', '£65,000', '£23,000'],
    ]);
    expect(rows.filter((row) => row[0] === '2026/27' && row[2] === 'Share of shared projects').map((row) => [row[1], row[3], row[4]])).toEqual([
      ['Fenwick District Council', '£31,000', '£5,750'],
      ['Marsh Vale District Council', '£29,000', '£5,250'],
    ]);
    // Ashcombe's projects never appear in the shared service's budget.
    expect(rows.some((row) => (row[2] ?? '').includes('Revenues system cloud migration'))).toBe(false);

    const targets = await table('fiona.grant', 'targets');
    expect(rowsOf(targets).map((row) => [row[0], row[5]])).toEqual([
      ['FT1', 'Amber – at risk'],
      ['FT2', 'Red – off track'],
    ]);

    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx([budget, targets]), OUT_DIR, 'budget-and-targets-shared-service');
    const text = rendered.text.replace(/\s+/g, ' ');
    expect(text).toContain(budget.caption.replace(/\s+/g, ' '));
    expect(text).toContain(targets.caption.replace(/\s+/g, ' '));
    expect(text).toMatch(/2026\/27 Marsh Vale District Share of shared projects £29,000 £5,250 Council/);
    expect(text).toMatch(/All years Total 2026\/27 to 2027\/28 £65,000 £23,000/);
    expect(text).toMatch(/FT1 Line-of-business systems shared by 3 15 6 Amber – at/);
    expect(text).toMatch(/Key: Grey – not started Green – on track Amber – at risk Red – off track Blue – complete/);
    // Money prints right-aligned: every amount on the budget's page ends at one of two x positions (capital, revenue).
    const words = await printedWords(rendered.pdf);
    const budgetPage = words.find((word) => word.text === 'Budget')!.page;
    const ends = words.filter((word) => word.page === budgetPage && /^£[\d,]+$/.test(word.text)).map((word) => word.xMax);
    expect(ends.length).toBeGreaterThanOrEqual(rows.length * 2 - 2);
    const columns = [...new Set(ends.map((end) => Math.round(end)))].sort((a, b) => a - b);
    expect(columns[columns.length - 1]! - columns[0]!).toBeGreaterThan(20);
    for (const end of ends) expect(Math.min(...[columns[0]!, columns[columns.length - 1]!].map((column) => Math.abs(column - end)))).toBeLessThan(1.5);
  }, 180_000);
});
