import { defineRoute, type ApiRoute } from '../api/api-route';
import type { DomainContext } from '../context/domain-context';
import { AppError } from '../errors/app-error';
import { loadReportCatalogue } from './load-report-catalogue';
import { presentReportTable, readReportTable } from './read-report-table';

/** Routes of the live report tables (`/api/v1/reports/tables…`), used by the Word add-in. */
export function buildReportRoutes(context: DomainContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/reports/tables',
      permission: 'reports:read',
      handle: async ({ principal }) => {
        const items = await loadReportCatalogue(context, principal);
        return { body: { items, count: items.length } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/reports/tables/:key',
      permission: 'reports:read',
      handle: async ({ principal, params, query }) => {
        const result = await readReportTable(context, principal, params.key ?? '', query);
        // ooxml and docx are answered before routing by registerReportDownloads (raw bodies); reaching here means it is not mounted.
        if (result.format !== 'json') throw new AppError('unavailable', 'Word downloads are not switched on in this server; ask for format=json.');
        return { body: presentReportTable(result.table) };
      },
    }),
  ];
}
