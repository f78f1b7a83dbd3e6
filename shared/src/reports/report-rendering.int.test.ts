import path from 'node:path';
import { RAG_KEY, ragForStatus } from '../actions/rag';
import { renderTablesDocx } from './render-table-docx';
import { REPORT_CATALOGUE } from './report-catalogue';
import type { ReportTable } from './report-table';
import { countColourPixels, renderDocxWithLibreOffice } from './testing/render-docx-with-libreoffice';
import { startReportServer, type ReportServer } from './testing/start-report-server';

const OUT_DIR = path.resolve(__dirname, '../../../test-output/addin');
const FILLS = RAG_KEY.map((rag) => rag.fill);

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(async () => {
  await server?.close();
});

async function downloadDocx(path: string): Promise<Buffer> {
  const response = await server.call('sarah.lewis', path);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The row of the rendered text that holds an action's reference. */
const lineOf = (text: string, reference: string) => text.split('\n').find((line) => line.trim().startsWith(`${reference} `)) ?? '';

describe('the action plan as LibreOffice renders the .docx (a stand-in for Word)', () => {
  it('shows the caption, every action with its RAG in words and in colour; after a refresh, the change', async () => {
    const actions = ((await (await server.call('sarah.lewis', '/api/v1/actions?year=2026/27&source=strategy')).json()) as any).items as any[];
    const onTrack = actions.find((action) => action.status === 'on_track');
    expect(onTrack).toBeDefined();

    const before = await renderDocxWithLibreOffice(await downloadDocx('/api/v1/reports/tables/action-plan?year=2026/27&format=docx'), OUT_DIR, 'action-plan-before');
    expect(before.text).toMatch(/ICT action plan 2026\/27 – data as at \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
    expect(before.text).toContain('Status (RAG)');
    for (const action of actions) expect(lineOf(before.text, action.reference)).toContain(ragForStatus(action.status).label.split(' – ')[0]);
    expect(before.text).toMatch(/Key:\s+Grey – not started\s+Green – on track\s+Amber – at risk\s+Red – off track\s+Blue – complete/);
    expect(before.pngs.length).toBeGreaterThan(0);
    const pixelsBefore = countColourPixels(before.pngs, FILLS);
    // Every status present in the plan (and the key) shows its fill colour.
    for (const rag of RAG_KEY) expect(pixelsBefore[rag.fill]).toBeGreaterThan(50);

    // Someone records that the action is now off track; the author refreshes.
    const patched = await server.call('tom.reed', `/api/v1/actions/${onTrack.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': onTrack.etag },
      body: JSON.stringify({ status: 'off_track', progressNote: 'Supplier has gone into administration & <b>no</b> replacement yet' }),
    });
    expect(patched.status).toBe(200);

    const after = await renderDocxWithLibreOffice(await downloadDocx('/api/v1/reports/tables/action-plan?year=2026/27&format=docx'), OUT_DIR, 'action-plan-after');
    expect(lineOf(before.text, onTrack.reference)).toContain('Green');
    expect(lineOf(after.text, onTrack.reference)).toContain('Red');
    expect(lineOf(after.text, onTrack.reference)).not.toContain('Green');
    const pixelsAfter = countColourPixels(after.pngs, FILLS);
    const red = ragForStatus('off_track').fill;
    const green = ragForStatus('on_track').fill;
    expect(pixelsAfter[red]!).toBeGreaterThan(pixelsBefore[red]! + 50);
    expect(pixelsAfter[green]!).toBeLessThan(pixelsBefore[green]! - 50);
  }, 180_000);

  it('renders every table in the catalogue, each with its caption and header row, for a person to look at', async () => {
    const tables = await Promise.all(
      REPORT_CATALOGUE.map(async (entry) => {
        const response = await server.call('sarah.lewis', `/api/v1/reports/tables/${entry.key}`);
        expect(response.status).toBe(200);
        return (await response.json()) as ReportTable;
      }),
    );
    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx(tables, 'Entrance Hall – every table'), OUT_DIR, 'every-table');
    const text = rendered.text.replace(/\s+/g, ' ');
    for (const table of tables) {
      expect(text).toContain(table.caption.replace(/\s+/g, ' '));
      expect(text).toContain(table.columns[0]!.label);
    }
    expect(rendered.pngs.length).toBeGreaterThan(1);
  }, 180_000);
});
