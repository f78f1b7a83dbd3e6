import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Authenticator } from '../api/authenticate';
import { sendProblem } from '../api/http-io';
import type { DomainContext } from '../context/domain-context';
import { assertCan } from '../identity/permissions';
import { readReportTable } from './read-report-table';

const TABLE_PATH = /^\/api\/v1\/reports\/tables\/([^/]+)\/?$/;
const RAW_FORMATS = new Set(['ooxml', 'docx']);

export interface ReportDownloadDependencies {
  context: DomainContext;
  authenticate: Authenticator;
  logger: Logger;
}

/**
 * `GET /api/v1/reports/tables/:key?format=ooxml|docx`: the table as the Flat OPC XML the add-in
 * inserts, or as a Word document. The JSON API only sends JSON, so these raw bodies are answered
 * here, before routing, with the same authentication, permission and problem+json errors;
 * `format=json` (and everything else) goes on to the routes of `buildReportRoutes`.
 */
export function registerReportDownloads(server: Server, { context, authenticate, logger }: ReportDownloadDependencies): void {
  server.pre((request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = TABLE_PATH.exec(url.pathname);
    if (request.method !== 'GET' || !match || !RAW_FORMATS.has(url.searchParams.get('format') ?? '')) return next();
    const query: Record<string, string | string[]> = {};
    for (const name of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(name).flatMap((value) => value.split(',')).filter((value) => value !== '');
      if (values.length > 0) query[name] = values.length === 1 ? values[0]! : values;
    }
    const answer = async () => {
      const principal = await authenticate(request);
      assertCan(principal, 'reports:read');
      const result = await readReportTable(context, principal, decodeURIComponent(match[1]!), query);
      const body = typeof result.body === 'string' ? Buffer.from(result.body, 'utf8') : result.body;
      response.writeHead(200, {
        'Content-Type': result.contentType,
        'Content-Length': body.length,
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
      response.end(body);
    };
    answer()
      .catch((error: unknown) => {
        const status = sendProblem(response, error);
        if (status >= 500) logger.error({ err: error, path: url.pathname }, 'report download failed');
      })
      .finally(() => next(false));
  });
}
