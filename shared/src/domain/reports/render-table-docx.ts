import JSZip from 'jszip';
import { DOCUMENT_NAMESPACES, REPORT_STYLES_XML, pageSectionXml, renderTableBlockXml } from './render-table-ooxml';
import type { ReportTable } from './report-table';
import { escapeXml } from './xml-escape';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';


/**
 * The body of a document holding the given tables, each in its own content control, as the add-in
 * inserts them: A4 portrait with 2 cm margins (the page committee reports use), landscape when every
 * table asks for it.
 */
export function renderDocumentXml(tables: readonly ReportTable[]): string {
  const blocks = tables.map((table) => renderTableBlockXml(table)).join('<w:p/>');
  const landscape = tables.length > 0 && tables.every((table) => table.landscape);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${DOCUMENT_NAMESPACES}><w:body>${blocks}${pageSectionXml(landscape)}</w:body></w:document>`;
}

/** A Word document (.docx) holding the tables: the same XML the add-in inserts, for readers without the add-in. */
export async function renderTablesDocx(tables: readonly ReportTable[], title = tables[0]?.title ?? 'Entrance Hall tables'): Promise<Buffer> {
  const zip = new JSZip();
  const created = tables[0]?.dataAsAt ?? new Date(0).toISOString();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/document.xml', renderDocumentXml(tables));
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${REPORT_STYLES_XML}`);
  zip.file(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Entrance Hall</dc:creator><dc:language>en-GB</dc:language>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(created.slice(0, 19))}Z</dcterms:created></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
