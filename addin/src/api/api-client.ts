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

interface Problem {
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

const KIND_BY_STATUS: Record<number, ApiErrorKind> = { 400: 'invalid', 401: 'signed-out', 403: 'forbidden', 404: 'not-found' };

/** Plain words for each failure; the server's own detail is used where it is written for people. */
function describeProblem(kind: ApiErrorKind, problem: Problem): string {
  switch (kind) {
    case 'signed-out':
      return 'Your sign-in has expired or was not accepted. Sign in again.';
    case 'forbidden':
      return 'Your role does not include the report tables. Ask your Entrance Hall administrator for the Report author role.';
    case 'invalid':
      return problem.errors?.length ? problem.errors.map((error) => error.message).join(' ') : (problem.detail ?? 'Some choices are not valid.');
    case 'not-found':
      return problem.detail ?? 'That table or one of its choices no longer exists.';
    default:
      return 'Entrance Hall had a problem answering. Nothing in your document was changed; try again shortly.';
  }
}

/** Who is signed in, as `GET /api/v1/me` says. */
export interface SignedInUser {
  name: string;
  organisation: { id: string; name?: string };
  roles: { id: string; label: string }[];
}

export interface ApiClient {
  getMe: () => Promise<SignedInUser>;
  getCatalogue: () => Promise<CatalogueItem[]>;
  getTable: (key: ReportTableKey, query: string) => Promise<ReportTable>;
}

/** The JSON API on the same server that serves the task pane, called with a bearer token. */
export function createApiClient(getToken: (options?: { refresh?: boolean }) => Promise<string>, baseUrl = ''): ApiClient {
  const get = async <T>(path: string, retried = false): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${await getToken(retried ? { refresh: true } : {})}`, Accept: 'application/json' }, cache: 'no-store' });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('offline', 'Entrance Hall cannot be reached. Check your connection and try again; nothing in your document was changed.');
    }
    if (response.status === 401 && !retried) return get<T>(path, true);
    if (!response.ok) {
      const kind = KIND_BY_STATUS[response.status] ?? 'server';
      const problem = ((await response.json().catch(() => ({}))) ?? {}) as Problem;
      throw new ApiError(kind, describeProblem(kind, problem), response.status);
    }
    return (await response.json()) as T;
  };
  return {
    getMe: () => get<SignedInUser>('/api/v1/me'),
    getCatalogue: async () => (await get<{ items: CatalogueItem[] }>('/api/v1/reports/tables')).items,
    getTable: (key, query) => get<ReportTable>(`/api/v1/reports/tables/${encodeURIComponent(key)}${query ? `?${query}` : ''}`),
  };
}
