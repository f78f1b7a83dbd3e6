import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } from 'docx';
import { buildActionPlanTable } from '../shared/src/domain/reports/build-report-tables';
import type { ReportTable } from '../shared/src/domain/reports/report-table';
import { renderTableOoxml } from '../shared/src/domain/reports/render-table-ooxml';
import { renderTablesDocx } from '../shared/src/domain/reports/render-table-docx';
import { buildActionFixture, buildFrame, buildStrategyFixture } from '../shared/testing/reports/report-fixtures';
import { compare, type BenchComparison } from './bench-harness';

const ROWS = 500;

/** The same table built with the `docx` package: caption, header row that repeats, shaded RAG cells, key. */
async function buildWithDocxPackage(table: ReportTable): Promise<Buffer> {
  const cell = (text: string, options: { bold?: boolean; fill?: string; color?: string; right?: boolean } = {}) =>
    new TableCell({
      ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
      children: text.split('\n').map((line) => new Paragraph({ ...(options.right ? { alignment: AlignmentType.RIGHT } : {}), children: [new TextRun({ text: line, bold: options.bold, color: options.color })] })),
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((column) => cell(column.label, { bold: true, fill: '1F3864', color: 'FFFFFF' })) });
  const rows = table.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value.text, { bold: value.bold, fill: value.fill, color: value.color, right: table.columns[index]?.numeric })) }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ keepNext: true, children: [new TextRun({ text: table.caption, bold: true })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
          new Paragraph({ children: [new TextRun({ text: 'Key: ', bold: true }), ...(table.legend ?? []).map((item) => new TextRun({ text: ` ${item.label} `, shading: { type: ShadingType.CLEAR, color: 'auto', fill: item.fill } }))] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * The Word add-in's tables, same rows, same run: a 500-row action plan as Entrance Hall's .docx
 * beside the same table built with the `docx` package (aim ≤ 1×), and as the OOXML the add-in
 * inserts beside the same table as JSON (the API's two formats), and beside plain JSON serialisation
 * of the stored actions (aim ≤ 3×).
 */
export async function run(): Promise<BenchComparison[]> {
  const strategy = buildStrategyFixture();
  const actions = Array.from({ length: ROWS }, (_, index) => buildActionFixture(index, { progressNote: `Progress on action ${index}: on plan, next milestone in the spring.` }));
  const frame = buildFrame({ year: '2026/27' });
  let sink = 0;
  const docx = await compare(
    `Action plan of ${ROWS} rows as a .docx (table model + OOXML, zipped)`,
    `the same ${ROWS} rows as a .docx built with the docx package`,
    async () => {
      sink += (await renderTablesDocx([buildActionPlanTable(frame, strategy, actions)])).length;
    },
    async () => {
      sink += (await buildWithDocxPackage(buildActionPlanTable(frame, strategy, actions))).length;
    },
    { runs: 15, warmup: 3, target: 1 },
  );
  // Both sides end in the bytes a response would carry (Buffer.byteLength flattens and encodes the string), so
  // neither is measured as an unfinished string.
  const ooxml = await compare(
    `Action plan of ${ROWS} rows as OOXML, bytes to send (table model + Flat OPC package; format=ooxml)`,
    `the same table as JSON, bytes to send (table model + JSON.stringify; format=json)`,
    async () => {
      sink += Buffer.byteLength(renderTableOoxml(buildActionPlanTable(frame, strategy, actions)));
    },
    async () => {
      sink += Buffer.byteLength(JSON.stringify(buildActionPlanTable(frame, strategy, actions)));
    },
    { runs: 30, warmup: 5, target: 3 },
  );
  const rawJson = await compare(
    `Action plan of ${ROWS} rows as OOXML, bytes to send (table model + Flat OPC package)`,
    `JSON.stringify of the ${ROWS} stored actions, bytes (no table model)`,
    async () => {
      sink += Buffer.byteLength(renderTableOoxml(buildActionPlanTable(frame, strategy, actions)));
    },
    async () => {
      sink += Buffer.byteLength(JSON.stringify(actions));
    },
    { runs: 30, warmup: 5, target: 3 },
  );
  if (sink === 0) throw new Error('Nothing was built.');
  // What each side sends, in bytes: the package's size is most of its cost (flattened and encoded once per response).
  const table = buildActionPlanTable(frame, strategy, actions);
  const kilobytes = (text: string) => `${Math.round(Buffer.byteLength(text) / 1000)} kB`;
  ooxml.notes = [`sizes: OOXML ${kilobytes(renderTableOoxml(table))}, the table as JSON ${kilobytes(JSON.stringify(table))}`];
  rawJson.notes = [`sizes: OOXML ${kilobytes(renderTableOoxml(table))}, the stored actions as JSON ${kilobytes(JSON.stringify(actions))}`];
  return [docx, ooxml, rawJson];
}
