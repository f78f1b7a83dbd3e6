import path from 'node:path';
import { renderDocxWithLibreOffice } from '../../../testing/reports/render-docx-with-libreoffice';
import { startReportServer, type ReportServer } from '../../../testing/reports/start-report-server';

const OUT_DIR = path.resolve(__dirname, '../../../test-output/addin');

/** The estate tables as a committee reader sees them: the .docx the add-in inserts, rendered by LibreOffice. */
describe('the estate tables rendered for a committee report', () => {
  let server: ReportServer;
  beforeAll(async () => {
    server = await startReportServer();
  });
  afterAll(async () => server?.close());

  const render = async (key: string) => {
    const response = await server.call('sarah.lewis', `/api/v1/reports/tables/${key}?format=docx`);
    expect(response.status).toBe(200);
    return renderDocxWithLibreOffice(Buffer.from(await response.arrayBuffer()), OUT_DIR, key);
  };
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');

  it('estate summary: each capability with its dispositions in words and a total row that adds up', async () => {
    const rendered = await render('estate-summary');
    const text = oneLine(rendered.text);
    expect(text).toMatch(/Application estate by capability: 134 applications – data as at/);
    expect(text).toMatch(/Capability Tolerate Invest Migrate Eliminate Total/);
    const summary = (await (await server.call('sarah.lewis', '/api/v1/estate/summary')).json()) as { byCapability: { label: string; byDisposition: Record<string, number>; total: number }[]; byDisposition: Record<string, number> };
    for (const row of summary.byCapability) {
      const { tolerate, invest, migrate, eliminate } = row.byDisposition;
      expect(text).toContain(`${row.label} ${tolerate} ${invest} ${migrate} ${eliminate} ${row.total}`);
    }
    const totals = summary.byDisposition;
    expect(text).toContain(`Total ${totals.tolerate} ${totals.invest} ${totals.migrate} ${totals.eliminate} 134`);
    expect(rendered.pngs.length).toBeGreaterThan(0);
  }, 120_000);

  it('rationalisation progress: baseline, target and current, the plan today in words, contracts ending', async () => {
    const rendered = await render('estate-rationalisation');
    const text = oneLine(rendered.text);
    expect(text).toMatch(/Application rationalisation: 134 applications against a target of 100 – data as at/);
    expect(text).toContain('Baseline 1 April 2025 143');
    // The target row wraps its long source across lines; its parts are all printed.
    expect(text).toMatch(/Target 31 March 2029, set by ICT and Digital Strategy 2024–/);
    expect(text).toContain('rationalise business applications');
    expect(text).toMatch(/Current \d{1,2} \w+ \d{4}: behind plan 134/);
    expect(text).toContain('Reduction so far since 1 April 2025 9');
    expect(text).toContain('Still to reduce by 31 March 2029 34');
    expect(text).toMatch(/Contracts ending in the next 18 \d+ covered by a request \d+ months/);
  }, 120_000);
});
