import type { ApiRoute } from '../api/api-route';
import { API_CONTRACT } from '../../domain/contract/api-contract';
import { implementRoute } from '../api/contract/implement-route';
import type { DomainContext } from '../../domain/context/domain-context';
import { loadReportCatalogue } from '../../domain/reports/load-report-catalogue';
import { presentReportTable, readReportTable } from '../../domain/reports/read-report-table';

/**
 * Routes of the live report tables (`/api/v1/reports/tables…`), used by the Word add-in. A table
 * comes as JSON, or as a download (`format=ooxml|docx`) answered through the same route pipeline.
 */
export function buildReportRoutes(context: DomainContext): ApiRoute[] {
  return [
    implementRoute(API_CONTRACT.listReportTables, async ({ principal }) => {
      const items = await loadReportCatalogue(context, principal);
      return { body: { items, count: items.length } };
    }),
    implementRoute(API_CONTRACT.getReportTable, async ({ principal, params, query }) => {
      const result = await readReportTable(context, principal, params.key, query);
      if (result.format === 'json') return { body: presentReportTable(result.table) };
      return { raw: { body: result.body, contentType: result.contentType, filename: result.filename } };
    }),
  ];
}
