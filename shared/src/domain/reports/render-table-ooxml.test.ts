import { DOMParser } from '@xmldom/xmldom';
import { ragForStatus } from '../actions/rag';
import { REPORT_CATALOGUE } from './report-catalogue';
import fc from 'fast-check';
import JSZip from 'jszip';
import { DOCUMENT_NAMESPACES, NUMBER_STYLE_ID, TABLE_STYLE_ID, layoutColumnWidths, renderTableContentOoxml, renderTableOoxml, renderTableXml, W_NS } from './render-table-ooxml';
import { renderTablesDocx } from './render-table-docx';
import { escapeXml } from './xml-escape';
import { buildTableTag, parseTableTag } from './table-tag';
import { HOSTILE, buildActionFixture, buildEveryFixtureTable, buildFrame, buildRequestFixture, buildStrategyFixture } from '../../../testing/reports/report-fixtures';
import { buildActionPlanTable, buildPipelineTable } from './build-report-tables';
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

/** The package's part of the given name. */
const partOf = (document: Document, name: string) => Array.from(document.getElementsByTagNameNS(PKG_NS, 'part')).find((part) => part.getAttribute('pkg:name') === name);

/** The styles the package defines, by id (a repeated id is kept as a list, to be caught). */
function stylesOf(document: Document): Map<string, Element[]> {
  const styles = new Map<string, Element[]>();
  for (const style of all(partOf(document, '/word/styles.xml')!, 'style')) {
    const id = attr(style, 'styleId')!;
    styles.set(id, [...(styles.get(id) ?? []), style]);
  }
  return styles;
}

/** A paragraph's alignment as Word works it out: its own, else its paragraph style's. */
function alignmentOf(paragraph: Element, styles: Map<string, Element[]>): string | null {
  const own = Array.from(paragraph.childNodes).find((node) => (node as Element).localName === 'pPr') as Element | undefined;
  const direct = own && all(own, 'jc')[0];
  if (direct) return attr(direct);
  const styleId = own && attr(all(own, 'pStyle')[0]);
  const style = styleId ? styles.get(styleId)?.[0] : undefined;
  return style ? attr(all(style, 'jc')[0]) : null;
}

/** Whether a paragraph's figures are tabular: set on the run, or by the paragraph's style. */
function tabularFigures(paragraph: Element, styles: Map<string, Element[]>): boolean {
  const tabular = (node: Element | undefined) => node?.getElementsByTagName('w14:numSpacing')[0]?.getAttribute('w14:val') === 'tabular';
  const styleId = attr(all(paragraph, 'pStyle')[0]);
  return all(paragraph, 'r').every((run) => tabular(run) || tabular(styleId ? styles.get(styleId)?.[0] : undefined));
}

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
    // Numbers right-aligned in tabular figures (through the number style); text columns left as they are.
    const styles = stylesOf(document);
    table.columns.forEach((column, index) => {
      const paragraphs = rows.flatMap((row) => all(all(row, 'tc')[index]!, 'p'));
      expect(paragraphs.map((p) => alignmentOf(p, styles))).toEqual(paragraphs.map(() => (column.numeric ? 'right' : null)));
      if (column.numeric) expect(paragraphs.every((p) => tabularFigures(p, styles))).toBe(true);
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

  it('any text a user typed reads back exactly from its cell, with its spaces kept where Word would drop them', () => {
    // Text that can be typed: letters, spaces, tabs, line breaks, XML's own characters, and beyond Latin-1.
    const typed = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ' ', '\t', '\n', '&', '<', '>', '"', "'", '£', 'é', '–', '€', '😀', '1', '.') });
    fc.assert(
      fc.property(fc.array(fc.tuple(typed, typed), { minLength: 1, maxLength: 4 }), (cells) => {
        const table: ReportTable = {
          ...tables.portfolio,
          columns: [{ label: 'First' }, { label: 'Second' }],
          rows: cells.map(([a, b]) => [{ text: a }, { text: b }]),
          statusColumn: undefined,
        };
        const rows = all(parseXml(`<w:document ${DOCUMENT_NAMESPACES}><w:body>${renderTableXml(table)}</w:body></w:document>`), 'tr').slice(1);
        expect(rows.map(cellTexts)).toEqual(cells.map((pair) => [...pair]));
        for (const t of rows.flatMap((row) => all(row, 't'))) {
          const text = t.textContent ?? '';
          if (/^\s|\s$|\s\s/.test(text)) expect(t.getAttribute('xml:space')).toBe('preserve');
        }
      }),
    );
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

describe('the look in one table style, defined once; cells carry only what differs', () => {
  const relationshipTargets = (document: Document) =>
    Array.from(partOf(document, '/word/_rels/document.xml.rels')!.getElementsByTagName('Relationship')).map((relationship) => relationship.getAttribute('Target'));

  it.each(Object.keys(tables))('%s: the insert and refresh packages carry the styles part, each style the body names defined there once', (key) => {
    const table = tables[key as keyof typeof tables];
    for (const xml of [renderTableOoxml(table), renderTableContentOoxml(table)]) {
      const document = parseXml(xml);
      expect(relationshipTargets(document)).toContain('styles.xml');
      const styles = stylesOf(document);
      expect([...styles.values()].filter((list) => list.length > 1)).toEqual([]);
      const body = partOf(document, '/word/document.xml')!;
      const named = [...all(body, 'tblStyle'), ...all(body, 'pStyle'), ...all(body, 'rStyle')].map((element) => attr(element)!);
      expect(named.filter((id) => !styles.has(id))).toEqual([]);
      expect(all(body, 'tblStyle').map((element) => attr(element))).toEqual([TABLE_STYLE_ID]);
      expect(attr(styles.get(TABLE_STYLE_ID)![0], 'type')).toBe('table');
      if (table.columns.some((column) => column.numeric)) expect(named).toContain(NUMBER_STYLE_ID);
    }
  });

  it('the table style draws the header row white bold on dark blue, and the tables switch on that part and no banding', () => {
    const document = parseXml(renderTableOoxml(tables['action-plan']));
    const style = stylesOf(document).get(TABLE_STYLE_ID)![0]!;
    const header = all(style, 'tblStylePr').find((part) => attr(part, 'type') === 'firstRow')!;
    expect(attr(all(header, 'shd')[0], 'fill')).toBe('1F3864');
    expect(attr(all(header, 'color')[0])).toBe('FFFFFF');
    expect(all(header, 'b')).toHaveLength(1);
    expect(all(style, 'tblBorders')).toHaveLength(1);
    expect(all(style, 'tblCellMar')).toHaveLength(1);
    const look = all(partOf(document, '/word/document.xml')!, 'tblLook')[0]!;
    expect([attr(look, 'firstRow'), attr(look, 'noHBand'), attr(look, 'noVBand')]).toEqual(['1', '1', '1']);
  });

  it('the .docx download carries the same styles part', async () => {
    const zip = await JSZip.loadAsync(await renderTablesDocx([tables['action-plan'], tables.portfolio]));
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    expect(stylesXml.match(new RegExp(`w:styleId="${TABLE_STYLE_ID}"`, 'g'))).toHaveLength(1);
    expect(stylesXml.match(new RegExp(`w:styleId="${NUMBER_STYLE_ID}"`, 'g'))).toHaveLength(1);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="styles.xml"');
  });

  it('a 500-row action plan: ordinary cells hold only their text; the header row carries the widths, and only RAG cells, the last row and numbers carry more', () => {
    const actions = Array.from({ length: 500 }, (_, index) => buildActionFixture(index, { progressNote: `Progress on action ${index}: on plan.` }));
    const table = buildActionPlanTable(buildFrame({ year: '2026/27' }), buildStrategyFixture(), actions);
    const tableXml = renderTableXml(table);
    const tbl = all(parseXml(`<w:document ${DOCUMENT_NAMESPACES}><w:body>${tableXml}</w:body></w:document>`), 'tbl')[0]!;
    const rows = all(tbl, 'tr');
    expect(rows).toHaveLength(501);

    // Nothing the style says is repeated in a cell: no borders, margins, spacing, fonts or sizes anywhere in the table.
    for (const name of ['tblBorders', 'tcBorders', 'tcMar', 'tblCellMar', 'spacing', 'rFonts', 'sz', 'szCs', 'jc']) expect(`${name}: ${all(tbl, name).length}`).toBe(`${name}: 0`);
    // A cell's own properties: the header row's widths (which, with the fixed layout and the grid, set the
    // columns), and shading only in the status column (the RAG, beside its words).
    const status = table.statusColumn!;
    const widths = all(tbl, 'gridCol').map((col) => attr(col, 'w'));
    rows.forEach((row, rowIndex) =>
      all(row, 'tc').forEach((cell, column) => {
        const own = all(cell, 'tcPr').flatMap((properties) => Array.from(properties.childNodes).map((node) => (node as Element).localName));
        expect(own).toEqual(rowIndex === 0 ? ['tcW'] : column === status ? ['shd'] : []);
        if (rowIndex === 0) expect(attr(all(cell, 'tcW')[0], 'w')).toBe(widths[column]);
        // Run properties only for the RAG's text colour and weight (contrast on its fill); the header row's come from the style.
        expect(all(cell, 'rPr').length > 0).toBe(rowIndex > 0 && column === status);
        // Paragraph properties only to keep the last row with the key below the table, and the header row with the first.
        expect(all(cell, 'pPr').length > 0).toBe(rowIndex === 0 || rowIndex === rows.length - 1);
      }),
    );

    // Markup per cell (everything but the text), averaged over the table: 214 characters when each cell
    // carried its own spacing and run properties, 140 with a width on every cell; the tags and the RAG
    // cells' shading now.
    const text = [table.columns.map((column) => column.label), ...table.rows.map((row) => row.map((cell) => cell.text))].flat().map((value) => escapeXml(value.replaceAll('\n', ''))).join('');
    const cells = rows.length * table.columns.length;
    expect((tableXml.length - text.length) / cells).toBeLessThan(100);
  });
});
