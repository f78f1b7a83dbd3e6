import path from 'node:path';
import { buildActionPlanTable } from './build-report-tables';
import { renderTablesDocx } from './render-table-docx';
import { countColourPixels, renderDocxWithLibreOffice } from '../../../testing/reports/render-docx-with-libreoffice';
import { buildActionFixture, buildFrame, buildStrategyFixture } from '../../../testing/reports/report-fixtures';

const OUT_DIR = path.resolve(__dirname, '../../../../test-output/addin');
/** The header row's fill, which only the table style's header-row part (`firstRow`) gives it. */
const HEADER_FILL = '1F3864';

describe('the Entrance Hall table style as LibreOffice renders it (a stand-in for Word)', () => {
  it('a long action plan repeats its header row, white on dark blue from the table style, at the top of every page', async () => {
    const actions = Array.from({ length: 30 }, (_, index) => buildActionFixture(index, { progressNote: `Progress on action ${index}: on plan, next milestone in the spring.` }));
    const table = buildActionPlanTable(buildFrame({ year: '2026/27' }), buildStrategyFixture(), actions);
    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx([table]), OUT_DIR, 'table-style-long-action-plan');

    const pages = rendered.text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    expect(rendered.pngs).toHaveLength(pages.length);
    pages.forEach((page) => expect(page).toMatch(/Ref\s+Action\s+Priority\s+Owner\s+Due\s+Status/));
    for (const png of rendered.pngs) {
      // A band across the text width, a line of text high: thousands of pixels at 60 dpi on every page.
      expect(countColourPixels([png], [HEADER_FILL])[HEADER_FILL]).toBeGreaterThan(3000);
    }
  }, 120_000);
});
