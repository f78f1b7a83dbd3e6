import type { ReportCell, ReportTable } from './report-table';
import { MAX_TAG_LENGTH, buildTableTag } from './table-tag';
import { escapeXml } from './xml-escape';

/** WordprocessingML's main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The namespaces a document part holding these tables declares: w, and Word 2010's w14 (tabular figures), ignorable. */
export const DOCUMENT_NAMESPACES =
  `xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"';

/** Text width of an A4 portrait page with 2 cm margins, in twentieths of a point (the grid Word falls back to). */
const TEXT_WIDTH_TWIPS = 9638;
const HEADER_FILL = '1F3864';
const HEADER_TEXT = 'FFFFFF';
const BORDER = '<w:top w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:left w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:right w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>';

const hex = (value: string | undefined) => (value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined);

function runXml(value: string, format: { bold?: boolean; color?: string; fill?: string; tabular?: boolean } = {}): string {
  const color = hex(format.color);
  const fill = hex(format.fill);
  // Tabular lining figures (Word 2010+; older readers ignore w14 through mc:Ignorable) so digits line up in columns.
  const figures = format.tabular ? '<w14:numForm w14:val="lining"/><w14:numSpacing w14:val="tabular"/>' : '';
  const props = `${format.bold ? '<w:b/><w:bCs/>' : ''}${color ? `<w:color w:val="${color}"/>` : ''}${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}${figures}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
}

interface CellLayout {
  widthTwips: number;
  numeric: boolean;
  header: boolean;
  /** Keep this row with what follows (the last rows before the key), so the key never sits alone. */
  keepNext: boolean;
  span?: number;
}

/** The four paragraph property sets a cell can have, built once. */
const PARAGRAPH_PROPS = [false, true].map((keepNext) =>
  [false, true].map((numeric) => `<w:pPr>${keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="40" w:after="40"/>${numeric ? '<w:jc w:val="right"/>' : ''}</w:pPr>`),
);

function cellXml(cell: ReportCell, layout: CellLayout): string {
  const fill = layout.header ? HEADER_FILL : hex(cell.fill);
  const color = layout.header ? HEADER_TEXT : cell.color;
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  const paragraphProps = PARAGRAPH_PROPS[layout.keepNext ? 1 : 0]![layout.numeric ? 1 : 0]!;
  const format = { bold: layout.header || cell.bold, color, tabular: layout.numeric };
  let paragraphs = '';
  for (const line of cell.text.split('\n')) paragraphs += `<w:p>${paragraphProps}${line === '' ? '' : runXml(line, format)}</w:p>`;
  const span = layout.span && layout.span > 1 ? `<w:gridSpan w:val="${layout.span}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${layout.widthTwips}" w:type="dxa"/>${span}${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

/** Twentieths of a point per character of 10 pt Calibri (generous, so estimates err towards room), and per cell's margins. */
const TWIPS_PER_CHARACTER = 100;
const BOLD_TWIPS_PER_CHARACTER = 110;
const CELL_MARGINS_TWIPS = 2 * 85 + 40;

/**
 * Column widths from the content: every column at least as wide as its longest word (so no word
 * is broken: "Environmental" stays whole), then the room left shared by how much text each column
 * holds. When even the longest words cannot fit, widths shrink in proportion (choose landscape).
 */
export function layoutColumnWidths(table: Pick<ReportTable, 'columns' | 'rows'>, textWidthTwips: number): number[] {
  const perCharacter = (bold: boolean | undefined) => (bold ? BOLD_TWIPS_PER_CHARACTER : TWIPS_PER_CHARACTER);
  const columns = table.columns.map((column, index) => {
    let longestWord = 0;
    let longestLine = 0;
    let lineTotal = 0;
    let lineCount = 0;
    const take = (text: string, bold: boolean | undefined, header: boolean) => {
      const width = perCharacter(bold);
      for (const line of text.split('\n')) {
        const lineWidth = line.length * width + CELL_MARGINS_TWIPS;
        longestLine = Math.max(longestLine, lineWidth);
        lineTotal += lineWidth;
        lineCount += 1;
        // Numbers, dates and scores stay on one line; elsewhere only a word must not break. Headings may wrap between words.
        if ((column.numeric || column.nowrap) && !header) longestWord = Math.max(longestWord, lineWidth);
        else for (const word of line.split(/[ \t]+/)) longestWord = Math.max(longestWord, word.length * width + CELL_MARGINS_TWIPS);
      }
    };
    take(column.label, true, true);
    for (const row of table.rows) take(row[index]?.text ?? '', row[index]?.bold, false);
    // A long text column wants room in proportion to its typical (not its longest) line.
    const typical = lineTotal / lineCount;
    return { min: longestWord, want: Math.max(longestWord, Math.min(longestLine, typical * 1.6)) };
  });
  const minimum = columns.reduce((sum, column) => sum + column.min, 0);
  if (minimum >= textWidthTwips) return columns.map((column) => Math.floor((column.min * textWidthTwips) / minimum));
  const wanted = columns.reduce((sum, column) => sum + column.want, 0);
  const room = textWidthTwips - minimum;
  const extra = wanted - minimum;
  const widths = columns.map((column) =>
    extra > 0 && wanted > textWidthTwips ? column.min + ((column.want - column.min) * room) / extra : (column.want * textWidthTwips) / wanted,
  );
  return widths.map((width) => Math.floor(width));
}

/** Text width of an A4 landscape page with 2 cm margins. */
const LANDSCAPE_TEXT_WIDTH_TWIPS = 14570;

/**
 * The table itself: full width, bordered, a header row that repeats on every page, rows that do
 * not split across pages, widths by content, numbers right-aligned in tabular figures, and Word's
 * caption and description as text alternatives. An empty table says so in one row across it.
 */
export function renderTableXml(table: ReportTable): string {
  const textWidth = table.landscape ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
  const widths = layoutColumnWidths(table, textWidth);
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  const keepWithKey = Boolean(table.legend);
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns.map((column, index) => cellXml({ text: column.label }, { widthTwips: widths[index]!, numeric: Boolean(column.numeric), header: true, keepNext: true })).join('')}</w:tr>`;
  const body =
    table.rows.length === 0
      ? `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml({ text: table.emptyText }, { widthTwips: widths.reduce((sum, width) => sum + width, 0), numeric: false, header: false, keepNext: keepWithKey, span: widths.length })}</w:tr>`
      : table.rows
          .map((row, rowIndex) => {
            const keepNext = keepWithKey && rowIndex === table.rows.length - 1;
            return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((cell, index) => cellXml(cell, { widthTwips: widths[index]!, numeric: Boolean(table.columns[index]?.numeric), header: false, keepNext })).join('')}</w:tr>`;
          })
          .join('');
  const properties =
    `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>` +
    `<w:tblCaption w:val="${escapeXml(table.caption)}"/><w:tblDescription w:val="${escapeXml(table.description)}"/></w:tblPr>`;
  return `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${header}${body}</w:tbl>`;
}

/** A colour key on one line ("Key: Green – on track  Amber – …"); a key of definitions one per line, kept together. */
function renderKeyXml(legend: NonNullable<ReportTable['legend']>): string {
  if (!legend.some((item) => item.definition)) {
    return `<w:p><w:pPr><w:spacing w:before="80"/></w:pPr>${runXml('Key: ', { bold: true })}${legend.map((item, index) => `${index > 0 ? runXml('  ') : ''}${runXml(` ${item.label} `, { fill: item.fill, color: item.color })}`).join('')}</w:p>`;
  }
  const lines = legend.map(
    (item, index) => `<w:p><w:pPr>${index < legend.length - 1 ? '<w:keepNext/>' : ''}<w:spacing w:after="40"/></w:pPr>${runXml(`${item.label}: `, { bold: true })}${runXml(item.definition ?? '')}</w:p>`,
  );
  return `<w:p><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="40"/></w:pPr>${runXml('Key:', { bold: true })}</w:p>${lines.join('')}`;
}

/** Caption above the table (kept with it), the table, then the key in words when there is one. */
export function renderTableContentXml(table: ReportTable): string {
  const caption = `<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>${runXml(table.caption, { bold: true })}</w:p>`;
  const key = table.legend ? renderKeyXml(table.legend) : '';
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

/** The Caption paragraph style the tables use (and the skeleton's headings); Word maps them onto a document's own built-in styles. */
export const REPORT_STYLES_XML =
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="120" w:after="80"/></w:pPr><w:rPr><w:color w:val="1F3864"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>' +
  // The report skeleton's headings; Word maps them onto the document's own built-in styles.
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>' +
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
    part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', `<w:document ${DOCUMENT_NAMESPACES}><w:body>${bodyXml}</w:body></w:document>`) +
    part('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', REPORT_STYLES_XML) +
    '</pkg:package>'
  );
}

/** A4 with 2 cm margins, as a section's properties. */
export function pageSectionXml(landscape: boolean): string {
  const size = landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  return `<w:sectPr>${size}<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
}

/**
 * What the add-in inserts at the cursor, and what `format=ooxml` serves: the table in its content
 * control. A landscape table gets a landscape section of its own (a section break before it ends
 * the portrait pages, one after it ends the landscape page), outside the control so refresh keeps them.
 */
export function renderTableOoxml(table: ReportTable): string {
  const block = renderTableBlockXml(table);
  return renderFlatOpc(table.landscape ? `<w:p><w:pPr>${pageSectionXml(false)}</w:pPr></w:p>${block}<w:p><w:pPr>${pageSectionXml(true)}</w:pPr></w:p>` : block);
}

/** What refresh puts inside an existing content control: the same content without a second control. */
export function renderTableContentOoxml(table: ReportTable): string {
  return renderFlatOpc(renderTableContentXml(table));
}
