import type { ReportTable } from './report-table';
import { MAX_TAG_LENGTH, buildTableTag } from './table-tag';
import { escapeXmlLatin1 } from './xml-escape';

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

/**
 * The table style every Entrance Hall table names (`w:tblStyle`), defined once in the package's
 * styles part: borders, cell margins, font and spacing of every cell, and the header row's white
 * bold text on dark blue (`firstRow`). Cells carry only what differs (RAG shading and colour, bold
 * totals, a number's paragraph style, keep-with-next), not the same properties 3,000 times.
 * The id is Entrance Hall's own: Word keeps a document's existing definition of a style id when
 * OOXML is inserted, so an author's restyling of it survives refresh and no author style is touched.
 */
export const TABLE_STYLE_ID = 'EntranceHallTable';
/** The paragraph style of a number's cell: right-aligned, tabular lining figures (Word 2010's w14, ignorable). */
export const NUMBER_STYLE_ID = 'EntranceHallNumber';

const hex = (value: string | undefined) => (value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined);

function runProperties(format: { bold?: boolean; color?: string; fill?: string }): string {
  const color = hex(format.color);
  const fill = hex(format.fill);
  const props = `${format.bold ? '<w:b/><w:bCs/>' : ''}${color ? `<w:color w:val="${color}"/>` : ''}${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}`;
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/**
 * Whether a `<w:t>` needs `xml:space="preserve"`: only where whitespace would otherwise be lost (at
 * either end, two together, a tab). Most cells need it not, and it was 20 bytes of every run.
 */
function needsPreserve(escaped: string): boolean {
  const last = escaped.length - 1;
  return last >= 0 && (escaped.charCodeAt(0) <= SPACE || escaped.charCodeAt(last) <= SPACE || escaped.includes('  ') || escaped.includes('\t'));
}
const TEXT_OPEN = '<w:t>';
const TEXT_OPEN_PRESERVE = '<w:t xml:space="preserve">';

/** A line of user text as `<w:t>`: escaped, beyond Latin-1 as references, whitespace kept where it matters. */
function textXml(value: string): string {
  const escaped = escapeXmlLatin1(value);
  return `${needsPreserve(escaped) ? TEXT_OPEN_PRESERVE : TEXT_OPEN}${escaped}</w:t>`;
}

function runXml(value: string, format: { bold?: boolean; color?: string; fill?: string } = {}): string {
  return `<w:r>${runProperties(format)}${textXml(value)}</w:r>`;
}

/** A cell paragraph's properties: the number style and keep-with-next where needed, nothing otherwise. */
const PARAGRAPH_OPENINGS = [false, true].map((keepNext) =>
  [false, true].map((numeric) => {
    const props = `${numeric ? `<w:pStyle w:val="${NUMBER_STYLE_ID}"/>` : ''}${keepNext ? '<w:keepNext/>' : ''}`;
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}`;
  }),
);

const CELL_CLOSE = '</w:t></w:r></w:p></w:tc>';
const RUN_CELL_CLOSE = '</w:r></w:p></w:tc>';

/**
 * Everything around a cell's text for one column and one look (shading, colour, bold, kept with
 * the next row), built once per table.
 */
interface CellFrame {
  /** `<w:tc>` and, where the cell has any, `<w:tcPr>…</w:tcPr>`: width and span (header row), shading. */
  properties: string;
  /** `<w:p>` and, where needed, `<w:pPr>…</w:pPr>`: one per line. */
  paragraph: string;
  /** `<w:r>` and, where needed, `<w:rPr>…</w:rPr>`: before each line's `<w:t>`. */
  run: string;
  /** properties + paragraph + run: before a one-line cell's `<w:t>`. */
  start: string;
  /** start + `<w:t>`: a one-line cell is an opening, its text, `CELL_CLOSE`. */
  opening: string;
}

/**
 * The frames a table's cells use, each built once and reused by every cell like it: a table has a
 * handful (per column: plain, kept with the key, and each RAG shading), and building ~3,500 cells'
 * properties and runs one by one, in ~50,000 small strings, was most of a table's cost.
 */
class CellFrames {
  private readonly plain: (CellFrame | undefined)[][] = [[], []];
  /** Styled frames by column and keep-with-next, then fill, colour and bold: no key string built per cell. */
  private readonly styled: Map<string | undefined, Map<string | undefined, (CellFrame | undefined)[]>>[][] = [[], []];

  constructor(
    /** Each column's own cell properties (a width, a span), or '' where a cell of the column needs none. */
    private readonly columnProperties: readonly string[],
    private readonly numeric: readonly boolean[],
  ) {}

  get(column: number, keepNext: boolean, style: { fill?: string; color?: string; bold?: boolean }): CellFrame {
    const { fill, color, bold } = style;
    if (fill === undefined && color === undefined && !bold) {
      const plain = this.plain[keepNext ? 1 : 0]!;
      return (plain[column] ??= this.build(column, keepNext, style));
    }
    const byFill = (this.styled[keepNext ? 1 : 0]![column] ??= new Map());
    let byColor = byFill.get(fill);
    if (byColor === undefined) byFill.set(fill, (byColor = new Map()));
    let byBold = byColor.get(color);
    if (byBold === undefined) byColor.set(color, (byBold = []));
    return (byBold[bold ? 1 : 0] ??= this.build(column, keepNext, style));
  }

  private build(column: number, keepNext: boolean, style: { fill?: string; color?: string; bold?: boolean }): CellFrame {
    const fill = hex(style.fill);
    const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
    const own = `${this.columnProperties[column]}${shading}`;
    const properties = own ? `<w:tc><w:tcPr>${own}</w:tcPr>` : '<w:tc>';
    const paragraph = PARAGRAPH_OPENINGS[keepNext ? 1 : 0]![this.numeric[column] ? 1 : 0]!;
    const run = `<w:r>${runProperties({ bold: style.bold, color: style.color })}`;
    // Joined, not added: a flat string is copied once per cell when the table is flattened, where a
    // rope of six pieces would be walked piece by piece 3,000 times.
    return {
      properties,
      paragraph,
      run,
      start: [properties, paragraph, run].join(''),
      opening: [properties, paragraph, run, TEXT_OPEN].join(''),
    };
  }
}

/**
 * Text that can go into a `<w:t>` as it is: nothing to escape (and no line break or control
 * character), nothing beyond Latin-1, no whitespace that needs `xml:space="preserve"`. One test for most cells.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\u0100-\uFFFF]/;
const needsCare = (text: string) => text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE || NEEDS_ESCAPE.test(text) || text.includes('  ');

/** One cell: one paragraph a line (an empty line is an empty paragraph), in its frame. */
function cellXml(text: string, frame: CellFrame, lines: LineCache): string {
  if (text !== '' && !needsCare(text)) return frame.opening + text + CELL_CLOSE;
  if (text !== '' && !text.includes('\n')) return frame.start + lines.get(text) + RUN_CELL_CLOSE;
  let xml = frame.properties;
  for (const line of text.split('\n')) {
    // A line that needs nothing goes in as it is; only lines that need care are worked out (and remembered).
    const textXml = line === '' ? '' : needsCare(line) ? lines.get(line) : TEXT_OPEN + line + '</w:t>';
    xml += textXml === '' ? `${frame.paragraph}</w:p>` : `${frame.paragraph}${frame.run}${textXml}</w:r></w:p>`;
  }
  return `${xml}</w:tc>`;
}

/**
 * Each distinct line that needs care, as `<w:t>`, worked out once per table: the same RAG label,
 * theme or owner recurs down a column.
 */
class LineCache {
  private readonly lines = new Map<string, string>();

  get(line: string): string {
    let xml = this.lines.get(line);
    if (xml === undefined) {
      xml = textXml(line);
      this.lines.set(line, xml);
    }
    return xml;
  }
}

const cellWidth = (widthTwips: number, span = 1) => `<w:tcW w:w="${widthTwips}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}`;

/** Twentieths of a point per character of 10 pt Calibri (generous, so estimates err towards room), and per cell's margins. */
const TWIPS_PER_CHARACTER = 100;
const BOLD_TWIPS_PER_CHARACTER = 110;
const CELL_MARGINS_TWIPS = 2 * 85 + 40;
const SPACE = 32;

/** The longest run of characters between spaces in `text[from, to)`, or `atLeast` if none is longer. */
function longestWordBetween(text: string, from: number, to: number, atLeast: number): number {
  let longest = atLeast;
  // Stops as soon as what is left of the line is too short to hold a longer word.
  for (let start = from; to - start > longest; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 || space > to ? to : space;
    if (end - start > longest) longest = end - start;
    start = end + 1;
  }
  return longest;
}

/**
 * Column widths from the content: every column at least as wide as its longest word (so no word
 * is broken: "Environmental" stays whole), then the room left shared by how much text each column
 * holds. When even the longest words cannot fit, widths shrink in proportion (choose landscape).
 */
export function layoutColumnWidths(table: Pick<ReportTable, 'columns' | 'rows'>, textWidthTwips: number): number[] {
  const columns = table.columns.map((column, index) => {
    let longestWord = 0;
    let longestLine = 0;
    let lineTotal = 0;
    let lineCount = 0;
    // Line by line and word by word with indexOf (native), not character by character: a 500-row
    // table holds ~100,000 characters, and most cells cannot hold a word longer than the column's longest.
    const take = (text: string, bold: boolean | undefined, header: boolean) => {
      const width = bold ? BOLD_TWIPS_PER_CHARACTER : TWIPS_PER_CHARACTER;
      // Numbers, dates and scores stay on one line; elsewhere only a word must not break. Headings may wrap between words.
      const wholeLines = (column.numeric || column.nowrap) && !header;
      const spaced = text.includes('\t') ? text.replaceAll('\t', ' ') : text;
      // Words no longer than the column's longest so far change nothing: only longer ones are looked for.
      let longestWordHere = Math.max(0, Math.floor((longestWord - CELL_MARGINS_TWIPS) / width));
      for (let start = 0; ; ) {
        const newline = spaced.indexOf('\n', start);
        const end = newline < 0 ? spaced.length : newline;
        const lineWidth = (end - start) * width + CELL_MARGINS_TWIPS;
        if (lineWidth > longestLine) longestLine = lineWidth;
        lineTotal += lineWidth;
        lineCount += 1;
        if (wholeLines) longestWord = Math.max(longestWord, lineWidth);
        else longestWordHere = longestWordBetween(spaced, start, end, longestWordHere);
        if (newline < 0) break;
        start = newline + 1;
      }
      if (!wholeLines) longestWord = Math.max(longestWord, longestWordHere * width + CELL_MARGINS_TWIPS);
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
 * What each table says for itself: its style, full width, fixed layout (the widths are by content),
 * and which of the style's parts apply (the header row; no banding). The look is in the style.
 */
const TABLE_PROPERTIES =
  `<w:tblStyle w:val="${TABLE_STYLE_ID}"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>` +
  '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>';
const HEADER_ROW_OPENING = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
const ROW_OPENING = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';

/**
 * The table itself: full width, bordered, a header row that repeats on every page, rows that do
 * not split across pages, widths by content, numbers right-aligned in tabular figures, and Word's
 * caption and description as text alternatives. An empty table says so in one row across it.
 * What every cell of a column shares is built once.
 *
 * The widths are in the grid and on the header row's cells only. With the fixed layout, the first
 * row's cell widths set the columns and a later cell with no width of its own (auto) asks for
 * nothing, so the grid column keeps its width (ECMA-376 part 1, 17.18.87). Repeating the width on
 * every cell was 30% of a long table's markup.
 */
export function renderTableXml(table: ReportTable): string {
  const textWidth = table.landscape ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
  const widths = layoutColumnWidths(table, textWidth);
  const keepWithKey = Boolean(table.legend);
  const numeric = table.columns.map((column) => Boolean(column.numeric));
  const headerFrames = new CellFrames(
    widths.map((width) => cellWidth(width)),
    numeric,
  );
  const frames = new CellFrames(
    widths.map(() => ''),
    numeric,
  );
  const lines = new LineCache();
  let xml = `<w:tbl><w:tblPr>${TABLE_PROPERTIES}<w:tblCaption w:val="${escapeXmlLatin1(table.caption)}"/><w:tblDescription w:val="${escapeXmlLatin1(table.description)}"/></w:tblPr><w:tblGrid>`;
  for (const width of widths) xml += `<w:gridCol w:w="${width}"/>`;
  xml += `</w:tblGrid>${HEADER_ROW_OPENING}`;
  for (let column = 0; column < table.columns.length; column += 1) xml += cellXml(table.columns[column]!.label, headerFrames.get(column, true, {}), lines);
  xml += '</w:tr>';
  if (table.rows.length === 0) {
    const span = widths.reduce((sum, width) => sum + width, 0);
    const across = new CellFrames([cellWidth(span, widths.length)], [false]);
    xml += `${ROW_OPENING}${cellXml(table.emptyText, across.get(0, keepWithKey, {}), lines)}</w:tr>`;
  }
  const last = table.rows.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const row = table.rows[index]!;
    const keepNext = keepWithKey && index === last;
    let rowXml = ROW_OPENING;
    for (let column = 0; column < row.length; column += 1) {
      const cell = row[column]!;
      rowXml += cellXml(cell.text, frames.get(column, keepNext, cell), lines);
    }
    xml += `${rowXml}</w:tr>`;
  }
  return `${xml}</w:tbl>`;
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
  const properties = `<w:sdtPr><w:alias w:val="${escapeXmlLatin1(controlTitle(table.title))}"/><w:tag w:val="${escapeXmlLatin1(tag)}"/></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${renderTableContentXml(table)}</w:sdtContent></w:sdt>`;
}

/** The table style: borders, cell margins, font and spacing; the header row (`firstRow`) white bold on dark blue; a band for authors who turn banding on. */
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="Entrance Hall table"/><w:uiPriority w:val="99"/>` +
  '<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
  `<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="${HEADER_TEXT}"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr>` +
  '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>' +
  '</w:style>';

/** Numbers: right-aligned, tabular lining figures so digits line up in columns (Word 2010+; older readers ignore w14 through mc:Ignorable). */
const NUMBER_STYLE_XML =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${NUMBER_STYLE_ID}"><w:name w:val="Entrance Hall number"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>` +
  '<w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w14:numForm w14:val="lining"/><w14:numSpacing w14:val="tabular"/></w:rPr></w:style>';

/**
 * The styles part of every package: the tables' own table and number styles, the Caption paragraph
 * style (and the skeleton's headings), which Word maps onto a document's own built-in styles.
 */
export const REPORT_STYLES_XML =
  `<w:styles ${DOCUMENT_NAMESPACES}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="120" w:after="80"/></w:pPr><w:rPr><w:color w:val="1F3864"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>' +
  // The report skeleton's headings; Word maps them onto the document's own built-in styles.
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>' +
  NUMBER_STYLE_XML +
  TABLE_STYLE_XML +
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
