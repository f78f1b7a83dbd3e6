import { ApiProblem } from './api-problem';

/** Gives a bearer token for the API: Teams SSO in Teams, a dev token locally. */
export type TokenProvider = (options?: { refresh?: boolean }) => Promise<string>;

interface CallOptions {
  body?: unknown;
  etag?: string;
  signal?: AbortSignal;
}

/** Builds a query string from the set values only. */
export function toQuery(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readProblem(response: Response): Promise<ApiProblem> {
  let problem: { title?: string; detail?: string; code?: string; errors?: { field: string; message: string }[]; current?: unknown } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // A proxy or a crashed instance may answer without a problem document.
  }
  return new ApiProblem(
    response.status,
    problem.code ?? 'http_' + response.status,
    problem.title ?? (response.status >= 500 ? 'Entrance Hall is having trouble' : 'That did not work'),
    problem.detail ?? (response.status >= 500 ? 'The server could not answer just now. Nothing was changed; try again.' : `The server answered ${response.status}.`),
    problem.errors ?? [],
    problem.current,
  );
}

/**
 * The tab's only door to the JSON API. Every call carries the user's token; a 401 fetches a new
 * token once (they expire); writes send If-Match with the version the user saw. Reads send back the
 * ETag of the last answer for the same path: while nothing changed the server answers 304 with no
 * body and the last answer is used, so polling costs a few hundred bytes.
 */
export class ApiClient {
  private readonly lastAnswers = new Map<string, { etag: string; body: unknown }>();

  constructor(
    private readonly baseUrl: string,
    private readonly getToken: TokenProvider,
  ) {}

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.call<T>('GET', path, signal ? { signal } : {});
  }

  post<T>(path: string, body: unknown, etag?: string): Promise<T> {
    return this.call<T>('POST', path, { body, ...(etag ? { etag } : {}) });
  }

  patch<T>(path: string, body: unknown, etag?: string): Promise<T> {
    return this.call<T>('PATCH', path, { body, ...(etag ? { etag } : {}) });
  }

  put<T>(path: string, body: unknown, etag?: string): Promise<T> {
    return this.call<T>('PUT', path, { body, ...(etag ? { etag } : {}) });
  }

  private async call<T>(method: string, path: string, options: CallOptions, retried = false): Promise<T> {
    const token = await this.getToken(retried ? { refresh: true } : {});
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.etag) headers['If-Match'] = options.etag;
    const remembered = method === 'GET' ? this.lastAnswers.get(path) : undefined;
    if (remembered) headers['If-None-Match'] = remembered.etag;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        cache: 'no-store',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiProblem(0, 'network', 'Cannot reach Entrance Hall', 'Check your connection, then try again. Nothing was changed.');
    }
    if (response.status === 401 && !retried) return this.call<T>(method, path, options, true);
    if (response.status === 304 && remembered) return remembered.body as T;
    if (!response.ok) throw await readProblem(response);
    const body = (await response.json()) as T;
    const etag = response.headers.get('ETag');
    if (method === 'GET' && etag) this.lastAnswers.set(path, { etag, body });
    return body;
  }
}
