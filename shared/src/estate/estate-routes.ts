import type { IncomingMessage } from 'node:http';
import { defineRoute, type ApiRoute } from '../http/api/api-route';
import { isMediaTypeInUtf8, presentVersioned, readBodyWithin, readJsonBody, requireIfMatch } from '../http/api/http-io';
import type { DomainContext } from '../domain/context/domain-context';
import { AppError, appErrors } from '../domain/errors/app-error';
import { parseInput } from '../domain/validation/parse-input';
import {
  applicationFilterSchema,
  createApplication,
  exportApplicationsCsv,
  findRequestOverlaps,
  getApplication,
  getEstateSummary,
  importApplications,
  listApplications,
  recordOverlapNote,
  setEstateTarget,
  updateApplication,
} from './estate-commands';

/** Largest CSV import: an estate of a thousand applications is well under this; a 10 MB file is refused unread. */
export const MAX_CSV_BYTES = 1024 * 1024;

/** Reads a CSV body: `text/csv` in UTF-8, at most MAX_CSV_BYTES. */
async function readCsvBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_CSV_BYTES) throw appErrors.payloadTooLarge(MAX_CSV_BYTES);
  if (!isMediaTypeInUtf8(request.headers['content-type'], 'text/csv')) throw new AppError('unsupported_media_type', 'Send the file as CSV in UTF-8 (Content-Type: text/csv).');
  const body = await readBodyWithin(request, MAX_CSV_BYTES);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw appErrors.validation([{ field: '(file)', message: 'The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”.' }]);
  }
}

const items = <T>(list: T[]) => ({ items: list, count: list.length });

/** The application estate: the register, its CSV import and export, the rationalisation summary, overlaps of requests. */
export function buildEstateRoutes(context: DomainContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/applications',
      permission: 'applications:read',
      handle: async ({ principal, query }) => {
        const filter = parseInput(applicationFilterSchema, query);
        if (filter.format === 'csv') {
          const csv = await exportApplicationsCsv(context, principal, filter);
          return { body: csv, contentType: 'text/csv; charset=utf-8', headers: { 'Content-Disposition': 'attachment; filename="application-register.csv"' } };
        }
        return { body: items((await listApplications(context, principal, filter)).map(presentVersioned)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/applications',
      permission: 'applications:manage',
      handle: async ({ request, principal }) => {
        const created = await createApplication(context, principal, await readJsonBody(request));
        return { status: 201, body: presentVersioned(created), headers: { ETag: created.etag, Location: `/api/v1/applications/${created.value.id}` } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/applications/import',
      permission: 'applications:manage',
      handle: async ({ request, principal }) => ({ status: 201, body: await importApplications(context, principal, await readCsvBody(request)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/applications/:id',
      permission: 'applications:read',
      handle: async ({ principal, params }) => {
        const found = await getApplication(context, principal, params.id!);
        return { body: presentVersioned(found), headers: { ETag: found.etag } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/applications/:id',
      permission: 'applications:manage',
      handle: async ({ request, principal, params }) => {
        const etag = requireIfMatch(request);
        const updated = await updateApplication(context, principal, params.id!, await readJsonBody(request), etag);
        return { body: presentVersioned(updated), headers: { ETag: updated.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/estate/summary',
      permission: 'applications:read',
      handle: async ({ principal }) => ({ body: await getEstateSummary(context, principal) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/estate/target',
      permission: 'applications:manage',
      handle: async ({ request, principal }) => {
        const etag = typeof request.headers['if-match'] === 'string' ? requireIfMatch(request) : undefined;
        const target = await setEstateTarget(context, principal, await readJsonBody(request), etag);
        return { body: presentVersioned(target), headers: { ETag: target.etag } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/requests/:id/overlaps',
      permission: 'requests:read-all',
      ownPermission: 'requests:read',
      handle: async ({ principal, params }) => ({ body: await findRequestOverlaps(context, principal, params.id!) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/requests/:id/overlaps/:targetId',
      permission: 'requests:update',
      ownPermission: 'requests:update-own',
      handle: async ({ request, principal, params }) => ({ body: await recordOverlapNote(context, principal, params.id!, params.targetId!, await readJsonBody(request)) }),
    }),
  ];
}
