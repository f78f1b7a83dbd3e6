import { DOMParser } from '@xmldom/xmldom';
import { ragForStatus } from '../actions/rag';
import { REPORT_CATALOGUE } from './report-catalogue';
import { layoutColumnWidths, renderTableContentOoxml, renderTableOoxml, W_NS } from './render-table-ooxml';
import { buildTableTag, parseTableTag } from './table-tag';
import { HOSTILE, buildEveryFixtureTable, buildFrame, buildRequestFixture } from './testing/report-fixtures';
import { buildPipelineTable } from './build-report-tables';
import type { ReportTable } from './report-table';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** Parses strictly: any error or warning (a stray '<' or '&') fails the test. */
function parseXml(xml: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    errorHandler: { warning: (message) => problems.push(message), error: (message) => problems.push(message), fatalError: (message) => problems.push(message) },
  }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return document as unknown as Document;
}

const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagNameNS(W_NS, name));
const attr = (element: Element | undefined, name = 'val') => element?.getAttributeNS(W_NS, name) ?? element?.getAttribute(`w:${name}`) ?? null;
const textOf = (element: Element) => all(element, 't').map((t) => t.textContent ?? '').join('');
const cellTexts = (row: Element) => all(row, 'tc').map((cell) => all(cell, 'p').map((p) => textOf(p)).join('\n'));

const tables = buildEveryFixtureTable();

describe('the OOXML of every table in the catalogue', () => {
  it.each(REPORT_CATALOGUE.map((entry) => [entry.key, tables[entry.key]] as [string, ReportTable]))('%s: one content control, tagged, around a captioned accessible table', (key, table) => {
    const document = parseXml(renderTableOoxml(table));
    const documentPart = Array.from(document.getElementsByTagNameNS(PKG_NS, 'part')).find((part) => part.getAttribute('pkg:name') === '/word/document.xml');
    expect(documentPart).toBeDefined();

    // One rich-text control wrapping the whole table (caption, table, key) — none on rows or cells.
    const controls = all(document, 'sdt');
    expect(controls).toHaveLength(1);
    const control = controls[0]!;
    const tag = attr(all(control, 'tag')[0]);
    expect(tag).toBe(buildTableTag(table.key, table.choices));
    expect(parseTableTag(tag!)?.key).toBe(key);
    expect(all(control, 'tbl')).toHaveLength(1);
    expect(all(control, 'text').concat(all(control, 'dropDownList'), all(control, 'date'), all(control, 'lock'))).toHaveLength(0);

    // Caption above the table says what it is and when the data was read.
    const content = all(control, 'sdtContent')[0]!;
    const caption = Array.from(content.childNodes).find((node) => (node as Element).localName === 'p') as Element;
    expect(attr(all(caption, 'pStyle')[0])).toBe('Caption');
    expect(textOf(caption)).toContain(table.title);
    expect(textOf(caption)).toMatch(/data as at 22 November 2026, 10:15$/);

    const tbl = all(control, 'tbl')[0]!;
    expect(attr(all(tbl, 'tblCaption')[0])).toBe(table.caption);
    expect(attr(all(tbl, 'tblDescription')[0])).toBe(table.description);

    // The header row repeats on every page; no other row does; nothing is merged.
    const rows = all(tbl, 'tr');
    expect(all(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(rows.slice(1).every((row) => all(row, 'tblHeader').length === 0)).toBe(true);
    expect(cellTexts(rows[0]!)).toEqual(table.columns.map((column) => column.label));
    expect(table.rows.length).toBeGreaterThan(0);
    expect(all(tbl, 'gridSpan').length + all(tbl, 'vMerge').length + all(tbl, 'hMerge').length).toBe(0);
    expect(rows.every((row) => all(row, 'tc').length === table.columns.length)).toBe(true);
    expect(all(tbl, 'gridCol')).toHaveLength(table.columns.length);

    // Every row of the model is in the document, text intact.
    expect(rows.slice(1).map(cellTexts)).toEqual(table.rows.map((row) => row.map((cell) => cell.text)));

    // Screen readers hear words, not abbreviations.
    expect(table.description).not.toMatch(/\(rag\)|ict days|\bref\b/);
    // Numbers right-aligned in tabular figures; text columns left as they are.
    table.columns.forEach((column, index) => {
      const cells = rows.map((row) => all(row, 'tc')[index]!);
      for (const cell of cells) expect(all(cell, 'jc').map((jc) => attr(jc))).toEqual(column.numeric ? all(cell, 'p').map(() => 'right') : []);
      if (column.numeric) expect(all(cells[1]!, 'r').every((run) => run.getElementsByTagName('w14:numSpacing')[0]?.getAttribute('w14:val') === 'tabular')).toBe(true);
    });
  });

  it('escapes <, & and quotes in user text wherever it lands (cells, caption, description, tag, alias)', () => {
    for (const table of Object.values(tables)) {
      const xml = renderTableOoxml(table);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('Tom & Jerry');
      expect(xml).not.toContain(`"<script`);
    }
    const decisions = parseXml(renderTableOoxml(tables.decisions));
    const cells = all(decisions, 'tc').map((cell) => textOf(cell));
    expect(cells).toContain(`Reason ${HOSTILE}`);
    expect(cells).toContain(`Conditions ${HOSTILE}`);
    expect(attr(all(decisions, 'tag')[0])).toBe(buildTableTag('decisions', { meeting: `m1${HOSTILE}` }));
    const alias = attr(all(decisions, 'alias')[0])!;
    expect(`Entrance Hall: Decisions log: Digital Group ${HOSTILE}`.startsWith(alias.slice(0, -1))).toBe(true);
    expect(alias).toHaveLength(64);
    expect(alias.endsWith('…')).toBe(true);
    expect(attr(all(decisions, 'tblDescription')[0])).toContain(`Ashcombe ${HOSTILE}`);
    const strategy = parseXml(renderTableOoxml(tables.strategy));
    expect(all(strategy, 'tc').map((cell) => all(cell, 'p').map(textOf).join('\n'))).toContain(`A thriving local economy\nPriority ${HOSTILE}`);
  });

  it.each(['action-plan', 'audit-actions'] as const)('%s: RAG status in words and as cell shading from ragForStatus, with a key', (key) => {
    const table = tables[key];
    const document = parseXml(renderTableOoxml(table));
    const rows = all(document, 'tr').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    const statusColumn = table.statusColumn!;
    const fixtureStatuses = ['on_track', 'at_risk', 'off_track', 'complete', 'not_started', 'on_track'] as const;
    rows.forEach((row, index) => {
      const cell = all(row, 'tc')[statusColumn]!;
      const rag = ragForStatus(fixtureStatuses[index]!);
      expect(textOf(cell)).toBe(rag.label);
      expect(attr(all(cell, 'shd')[0], 'fill')).toBe(rag.fill);
      expect(attr(all(cell, 'color')[0])).toBe(rag.text);
    });
    const keyParagraph = all(document, 'p').find((p) => textOf(p).startsWith('Key: '))!;
    expect(keyParagraph).toBeDefined();
    for (const status of fixtureStatuses) expect(textOf(keyParagraph)).toContain(ragForStatus(status).label);
    expect(all(keyParagraph, 'shd').map((shd) => attr(shd, 'fill'))).toEqual(['D9D9D9', 'C6EFCE', 'FFE699', 'F4B6B6', 'BDD7EE']);
  });

  it('the refresh package carries the same content without a second content control', () => {
    const document = parseXml(renderTableContentOoxml(tables['action-plan']));
    expect(all(document, 'sdt')).toHaveLength(0);
    expect(all(document, 'tbl')).toHaveLength(1);
    expect(all(document, 'tblHeader')).toHaveLength(1);
  });

  it('an empty table still has its header row and says there is nothing to show in one cell across the table', () => {
    const empty = { ...tables.pipeline, rows: [] };
    const rows = all(parseXml(renderTableOoxml(empty)), 'tr');
    expect(rows).toHaveLength(2);
    expect(cellTexts(rows[1]!)).toEqual(['No requests are awaiting a decision.']);
    expect(attr(all(rows[1]!, 'gridSpan')[0])).toBe(String(empty.columns.length));
  });

  it('keeps the key with its table: the last row is kept with the next paragraph', () => {
    const rows = all(parseXml(renderTableOoxml(tables['action-plan'])), 'tr');
    const last = rows.at(-1)!;
    expect(all(last, 'p').every((p) => all(p, 'keepNext').length === 1)).toBe(true);
    expect(all(rows[1]!, 'keepNext')).toHaveLength(0);
  });

  it('gives every column at least the width of its longest word, so short words never break', () => {
    const requests = [buildRequestFixture(1, { serviceArea: 'Environmental Services' }), buildRequestFixture(2, { serviceArea: 'Regeneration and Neighbourhoods' })];
    const table = buildPipelineTable(buildFrame({ stage: ['ready_for_decision'] }), requests);
    const widths = layoutColumnWidths(table, 9638);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(9638);
    table.columns.forEach((column, index) => {
      const longest = Math.max(...[column.label, ...table.rows.map((row) => row[index]!.text)].flatMap((text) => text.split(/\s+/)).map((word) => word.length));
      expect(widths[index]).toBeGreaterThanOrEqual(longest * 100);
    });
  });

  it('lays a wide table out for A4 landscape, in a landscape section of its own', () => {
    const table = { ...tables.pipeline, landscape: true };
    const document = parseXml(renderTableOoxml(table));
    const sections = all(document, 'sectPr');
    expect(sections.map((section) => attr(all(section, 'pgSz')[0], 'orient') || 'portrait')).toEqual(['portrait', 'landscape']);
    expect(all(document, 'gridCol').reduce((sum, col) => sum + Number(attr(col, 'w')), 0)).toBeGreaterThan(9638);
    expect(all(all(document, 'sdt')[0]!, 'sectPr')).toHaveLength(0);
  });
});
