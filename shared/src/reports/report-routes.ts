import type { ApiRoute } from '../api/api-route';
import type { DomainContext } from '../context/domain-context';

/** Routes of the live report tables (`/api/v1/reports/tables…`), used by the Word add-in. */
export function buildReportRoutes(_context: DomainContext): ApiRoute[] {
  return [];
}
