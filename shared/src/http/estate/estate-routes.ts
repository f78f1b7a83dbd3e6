import type { IncomingMessage } from 'node:http';
import type { ApiRoute } from '../api/api-route';
import { implementRoute } from '../api/contract/implement-route';
import { isMediaTypeInUtf8, presentVersioned, readBodyWithin, requireIfMatch } from '../api/http-io';
import { API_CONTRACT as C } from '../../domain/contract/api-contract';
import type { DomainContext } from '../../domain/context/domain-context';
import { AppError, appErrors } from '../../domain/errors/app-error';
import {
  createApplication,
  exportApplicationsCsv,
  findRequestOverlaps,
  getApplication,
  getEstateSummary,
  getEstateTarget,
  importApplications,
  listApplications,
  recordOverlapNote,
  setEstateTarget,
  updateApplication,
} from '../../domain/estate/estate-commands';

/** Largest CSV import: an estate of a thousand applications is well under this; a 10 MB file is refused unread. */
export const MAX_CSV_BYTES = 1024 * 1024;

/** Reads a CSV body: `text/csv` in UTF-8, at most MAX_CSV_BYTES (the import declares no JSON body). */
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
    implementRoute(C.listApplications, async ({ principal, query }) => {
      if (query.format === 'csv') {
        const csv = await exportApplicationsCsv(context, principal, query);
        return { raw: { body: csv, contentType: C.listApplications.downloads.csv, filename: 'application-register.csv' } };
      }
      return { body: items((await listApplications(context, principal, query)).map(presentVersioned)) };
    }),
    implementRoute(C.createApplication, async ({ principal, body }) => {
      const created = await createApplication(context, principal, body);
      return { body: presentVersioned(created), headers: { ETag: created.etag, Location: `/api/v1/applications/${created.value.id}` } };
    }),
    implementRoute(C.importApplications, async ({ request, principal }) => ({ body: await importApplications(context, principal, await readCsvBody(request)) })),
    implementRoute(C.getApplication, async ({ principal, params }) => {
      const found = await getApplication(context, principal, params.id);
      return { body: presentVersioned(found), headers: { ETag: found.etag } };
    }),
    implementRoute(C.updateApplication, async ({ principal, params, body, etag }) => {
      const updated = await updateApplication(context, principal, params.id, body, etag);
      return { body: presentVersioned(updated), headers: { ETag: updated.etag } };
    }),
    implementRoute(C.getEstateSummary, async ({ principal }) => ({ body: await getEstateSummary(context, principal) })),
    implementRoute(C.getEstateTarget, async ({ principal }) => {
      const target = await getEstateTarget(context, principal);
      if (!target) throw appErrors.notFound('The rationalisation target');
      return { body: presentVersioned(target), headers: { ETag: target.etag } };
    }),
    implementRoute(C.setEstateTarget, async ({ request, principal, body }) => {
      // If-Match is needed once a target exists (the command says so); the first one is created without.
      const etag = typeof request.headers['if-match'] === 'string' ? requireIfMatch(request) : undefined;
      const target = await setEstateTarget(context, principal, body, etag);
      return { body: presentVersioned(target), headers: { ETag: target.etag } };
    }),
    implementRoute(C.listRequestOverlaps, async ({ principal, params }) => ({ body: await findRequestOverlaps(context, principal, params.id) })),
    implementRoute(C.recordOverlapNote, async ({ principal, params, body }) => ({ body: await recordOverlapNote(context, principal, params.id, params.targetId, body) })),
  ];
}
