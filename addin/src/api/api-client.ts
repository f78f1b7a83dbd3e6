import { EntranceHallClient, type ApiOutput } from '@entrance-hall/shared/browser/api/api-client';
import { ApiProblem } from '@entrance-hall/shared/browser/api/api-problem';
import { readQuery } from '@entrance-hall/shared/domain/contract/query-string';
import type { ConstitutionSettings } from '@entrance-hall/shared/domain/constitution/constitution-settings';
import type { DecisionRoute } from '@entrance-hall/shared/domain/constitution/decision-route';
import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import type { ReportTable, ReportTableKey } from '@entrance-hall/shared/domain/reports/report-table';

/** Why a call failed, in the task pane's own words (see describeApiError). */
export type ApiErrorKind = 'offline' | 'signed-out' | 'forbidden' | 'not-found' | 'invalid' | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KIND_BY_STATUS: Record<number, ApiErrorKind> = { 0: 'offline', 400: 'invalid', 401: 'signed-out', 403: 'forbidden', 404: 'not-found' };

/** Plain words for each failure; the server's own detail is used where it is written for people. */
function describeProblem(kind: ApiErrorKind, problem: ApiProblem): string {
  switch (kind) {
    case 'offline':
      return 'Entrance Hall cannot be reached. Check your connection and try again; nothing in your document was changed.';
    case 'signed-out':
      return 'Your sign-in has expired or was not accepted. Sign in again.';
    case 'forbidden':
      return 'Your role does not include the report tables. Ask your Entrance Hall administrator for the Report author role.';
    case 'invalid':
      return problem.errors.length ? problem.errors.map((error) => error.message).join(' ') : problem.detail || 'Some choices are not valid.';
    case 'not-found':
      return problem.detail || 'That table or one of its choices no longer exists.';
    default:
      return 'Entrance Hall had a problem answering. Nothing in your document was changed; try again shortly.';
  }
}

/** The shared client's failures in the task pane's words. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const kind = KIND_BY_STATUS[error.status] ?? 'server';
  return new ApiError(kind, describeProblem(kind, error), error.status || undefined);
}

/** Who is signed in, as `GET /api/v1/me` says. */
export type SignedInUser = Pick<ApiOutput<'getMe'>, 'name' | 'organisation' | 'roles'>;

export interface ApiClient {
  getMe: () => Promise<SignedInUser>;
  getCatalogue: () => Promise<CatalogueItem[]>;
  /** A table with the choices saved with it (a query string, as in its content-control tag). */
  getTable: (key: ReportTableKey, query: string) => Promise<ReportTable>;
  /** The same table as a Word document, with the file name the server gave it. */
  downloadTableDocx: (key: ReportTableKey, query: string) => Promise<{ blob: Blob; filename?: string }>;
  /** What a drafted report needs to route each request at its meeting: the meeting, the constitution, each request's route. */
  getMeeting: (id: string) => Promise<Pick<ApiOutput<'getMeeting'>, 'forum' | 'startsAt'>>;
  getOrganisationSettings: () => Promise<ConstitutionSettings>;
  getDecisionRoute: (requestId: string) => Promise<DecisionRoute>;
}

/** The JSON API on the same server that serves the task pane: the typed client the tab uses too, with errors in the pane's words. */
export function createApiClient(getToken: (options?: { refresh?: boolean }) => Promise<string>, baseUrl = ''): ApiClient {
  const client = new EntranceHallClient(baseUrl, getToken);
  const translated = <T>(call: Promise<T>) => call.catch((error: unknown) => Promise.reject(toApiError(error)));
  return {
    getMe: () => translated(client.call('getMe')),
    getCatalogue: async () => (await translated(client.call('listReportTables'))).items,
    getTable: (key, query) => translated(client.call('getReportTable', { params: { key }, savedQuery: readQuery(new URLSearchParams(query)) })),
    downloadTableDocx: (key, query) => translated(client.download('getReportTable', 'docx', { params: { key }, savedQuery: readQuery(new URLSearchParams(query)) })),
    getMeeting: (id) => translated(client.call('getMeeting', { params: { id } })),
    getOrganisationSettings: () => translated(client.call('getOrganisationSettings')),
    getDecisionRoute: async (requestId) => (await translated(client.call('getRequest', { params: { id: requestId } }))).decisionRoute,
  };
}
