import { buildActionPlanTable } from '../shared/src/reports/build-report-tables';
import { renderTableOoxml } from '../shared/src/reports/render-table-ooxml';
import { renderTablesDocx } from '../shared/src/reports/render-table-docx';
import { buildActionFixture, buildFrame, buildStrategyFixture } from '../shared/src/reports/testing/report-fixtures';
import { compare, type BenchComparison } from './bench-harness';

const ROWS = 500;

/**
 * The Word add-in's tables: building the OOXML (and the .docx) for a 500-row action plan beside
 * serialising the same 500 actions as plain JSON — the least any API would do with them.
 */
export async function run(): Promise<BenchComparison[]> {
  const strategy = buildStrategyFixture();
  const actions = Array.from({ length: ROWS }, (_, index) => buildActionFixture(index));
  const frame = buildFrame({ year: '2026/27' });
  let sink = 0;
  const ooxml = await compare(
    `Action plan of ${ROWS} rows as OOXML (table model + Flat OPC package)`,
    `JSON.stringify of the same ${ROWS} actions`,
    async () => {
      sink += renderTableOoxml(buildActionPlanTable(frame, strategy, actions)).length;
    },
    async () => {
      sink += JSON.stringify(actions).length;
    },
    { runs: 30, warmup: 5 },
  );
  const docx = await compare(
    `Action plan of ${ROWS} rows as a .docx (zipped)`,
    `JSON.stringify of the same ${ROWS} actions`,
    async () => {
      sink += (await renderTablesDocx([buildActionPlanTable(frame, strategy, actions)])).length;
    },
    async () => {
      sink += JSON.stringify(actions).length;
    },
    { runs: 15, warmup: 3 },
  );
  if (sink === 0) throw new Error('Nothing was built.');
  return [ooxml, docx];
}
