import path from 'node:path';
import { countColourPixels, renderDocxWithLibreOffice } from '../../../testing/reports/render-docx-with-libreoffice';
import { startReportServer, type ReportServer } from '../../../testing/reports/start-report-server';

const OUT_DIR = path.resolve(__dirname, '../../../test-output/addin');
const AMBER = 'FFE699';
const GREEN = 'C6EFCE';
const GREY = 'D9D9D9';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Benefits realisation as LibreOffice renders the .docx (a stand-in for Word)', () => {
  it('prints each demo benefit with planned, realised, RAG in words and colour, and the key', async () => {
    const response = await server.call('sarah.lewis', '/api/v1/reports/tables/benefits-realisation?format=docx');
    expect(response.status).toBe(200);
    const rendered = await renderDocxWithLibreOffice(Buffer.from(await response.arrayBuffer()), OUT_DIR, 'benefits-realisation');
    expect(rendered.text.replace(/\s+/g, ' ')).toMatch(/Benefits realisation – data as at \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
    // Cells wrap, and the text comes out line by line across the row, so look for what fits on one line.
    const printed = rendered.text.replace(/\s+/g, '');
    const squash = (phrase: string) => phrase.replace(/\s+/g, '');
    for (const phrase of ['Cashless parking', '£18,000 a year', '£16,500 of', 'Amber:', 'Below plan.', 'Green:', 'Target met.', 'Not yet', 'Overdue', 'Key: Green – on plan or target met']) {
      expect(printed).toContain(squash(phrase));
    }
    expect(printed).not.toContain(squash('Shared telephony platform'));
    const pixels = countColourPixels(rendered.pngs, [AMBER, GREEN, GREY]);
    for (const fill of [AMBER, GREEN, GREY]) expect(pixels[fill]).toBeGreaterThan(50);
  });
});
