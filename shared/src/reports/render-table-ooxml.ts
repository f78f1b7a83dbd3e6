import type { ReportCell, ReportTable } from './report-table';
import { MAX_TAG_LENGTH, buildTableTag } from './table-tag';
import { escapeXml } from './xml-escape';

/** WordprocessingML's main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Text width of an A4 portrait page with 2 cm margins, in twentieths of a point (the grid Word falls back to). */
const TEXT_WIDTH_TWIPS = 9638;
const HEADER_FILL = '1F3864';
const HEADER_TEXT = 'FFFFFF';
const BORDER = '<w:top w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:left w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:right w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>';

const hex = (value: string | undefined) => (value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined);

function runXml(value: string, format: { bold?: boolean; color?: string; fill?: string } = {}): string {
  const color = hex(format.color);
  const fill = hex(format.fill);
  const props = `${format.bold ? '<w:b/><w:bCs/>' : ''}${color ? `<w:color w:val="${color}"/>` : ''}${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
}

function cellXml(cell: ReportCell, widthPercent: number, header: boolean): string {
  const fill = header ? HEADER_FILL : hex(cell.fill);
  const color = header ? HEADER_TEXT : cell.color;
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  const lines = cell.text === '' ? [''] : cell.text.split('\n');
  const paragraphs = lines
    .map((line) => `<w:p><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>${line === '' ? '' : runXml(line, { bold: header || cell.bold, color })}</w:p>`)
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${Math.round(widthPercent * 50)}" w:type="pct"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

/**
 * The table itself: full width, bordered, a header row that repeats on every page, rows that do
 * not split across pages, no merged cells, and Word's caption and description as text alternatives.
 */
export function renderTableXml(table: ReportTable): string {
  const widths = table.columns.map((column) => column.width);
  const grid = widths.map((width) => `<w:gridCol w:w="${Math.round((TEXT_WIDTH_TWIPS * width) / 100)}"/>`).join('');
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns.map((column, index) => cellXml({ text: column.label }, widths[index]!, true)).join('')}</w:tr>`;
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map((_, index) => ({ text: index === 0 ? table.emptyText : '' }))];
  const body = rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((cell, index) => cellXml(cell, widths[index]!, false)).join('')}</w:tr>`).join('');
  const properties =
    `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>` +
    `<w:tblCaption w:val="${escapeXml(table.caption)}"/><w:tblDescription w:val="${escapeXml(table.description)}"/></w:tblPr>`;
  return `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${header}${body}</w:tbl>`;
}

/** Caption above the table (kept with it), the table, then the colour key in words when there is one. */
export function renderTableContentXml(table: ReportTable): string {
  const caption = `<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>${runXml(table.caption, { bold: true })}</w:p>`;
  const key = table.legend
    ? `<w:p><w:pPr><w:spacing w:before="80"/></w:pPr>${runXml('Key: ', { bold: true })}${table.legend.map((item, index) => `${index > 0 ? runXml('  ') : ''}${runXml(` ${item.label} `, { fill: item.fill, color: item.color })}`).join('')}</w:p>`
    : '';
  // Word needs a paragraph after a table inside a content control; the key or an empty one serves.
  return `${caption}${renderTableXml(table)}${key || '<w:p/>'}`;
}

/** The content control's title, "Entrance Hall: <table>", within Word's 64 characters. */
export function controlTitle(title: string): string {
  const full = `Entrance Hall: ${title}`;
  return full.length <= MAX_TAG_LENGTH ? full : `${full.slice(0, MAX_TAG_LENGTH - 1).trimEnd()}…`;
}

/** The whole table wrapped in ONE rich-text content control whose tag names the table and its choices. */
export function renderTableBlockXml(table: ReportTable): string {
  const tag = buildTableTag(table.key, table.choices);
  const properties = `<w:sdtPr><w:alias w:val="${escapeXml(controlTitle(table.title))}"/><w:tag w:val="${escapeXml(tag)}"/></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${renderTableContentXml(table)}</w:sdtContent></w:sdt>`;
}

/** The Caption paragraph style the tables use; Word maps it onto a document's own built-in Caption. */
export const REPORT_STYLES_XML =
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="120" w:after="80"/></w:pPr><w:rPr><w:color w:val="1F3864"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>' +
  '</w:styles>';

/**
 * A Flat OPC package (what Word's `insertOoxml` takes) holding the given body XML and the styles
 * it uses.
 */
export function renderFlatOpc(bodyXml: string): string {
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const relationships = (items: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      '/_rels/.rels',
      'application/vnd.openxmlformats-package.relationships+xml',
      relationships('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'),
    ) +
    part(
      '/word/_rels/document.xml.rels',
      'application/vnd.openxmlformats-package.relationships+xml',
      relationships('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'),
    ) +
    part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', `<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document>`) +
    part('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', REPORT_STYLES_XML) +
    '</pkg:package>'
  );
}

/** What the add-in inserts at the cursor, and what `format=ooxml` serves: the table in its content control. */
export function renderTableOoxml(table: ReportTable): string {
  return renderFlatOpc(renderTableBlockXml(table));
}

/** What refresh puts inside an existing content control: the same content without a second control. */
export function renderTableContentOoxml(table: ReportTable): string {
  return renderFlatOpc(renderTableContentXml(table));
}
