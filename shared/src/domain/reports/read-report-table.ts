import type { DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import type { Principal } from '../identity/roles';
import { parseInput } from '../validation/parse-input';
import { loadReportTable } from './load-report-table';
import { reportQuerySchema, type ReportFormat } from './report-choices';
import { isReportTableKey, type ReportChoices, type ReportTable } from './report-table';
import { renderTableOoxml } from './render-table-ooxml';
import { renderTablesDocx } from './render-table-docx';
import { buildTableTag } from './table-tag';

/** A table in the format asked for, ready to send. */
export interface ReportTableResponse {
  format: ReportFormat;
  table: ReportTable;
  contentType: string;
  body: string | Buffer;
  filename: string;
}

/** Validates the key and query of `GET /api/v1/reports/tables/:key`, loads the table and renders it. */
export async function readReportTable(context: DomainContext, principal: Principal, key: string, query: unknown): Promise<ReportTableResponse> {
  if (!isReportTableKey(key)) throw appErrors.notFound(`The report table "${key.slice(0, 40)}"`);
  const { format, ...choices } = parseInput(reportQuerySchema, query);
  const table = await loadReportTable(context, principal, key, Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== undefined && value !== false)) as ReportChoices);
  // The date the data was read, so downloads for successive committees do not overwrite each other.
  const filename = `entrance-hall-${key}${table.choices.year ? `-${table.choices.year.replace('/', '-')}` : ''}-${table.dataAsAt.slice(0, 10)}`;
  switch (format) {
    case 'json':
      return { format, table, contentType: 'application/json; charset=utf-8', body: '', filename: `${filename}.json` };
    case 'ooxml':
      return { format, table, contentType: 'application/xml; charset=utf-8', body: renderTableOoxml(table), filename: `${filename}.xml` };
    case 'docx':
      return {
        format,
        table,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        body: await renderTablesDocx([table]),
        filename: `${filename}.docx`,
      };
  }
}

/** The table as JSON: the model plus the content-control tag the add-in gives it. */
export function presentReportTable(table: ReportTable): ReportTable & { tag: string } {
  return { ...table, tag: buildTableTag(table.key, table.choices) };
}
