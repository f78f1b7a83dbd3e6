import type { z } from 'zod';
import { API_CONTRACT, type ApiContract, type OperationName } from '../../domain/contract/api-contract';
import { ApiProblem } from './api-problem';
import { fillPath, type PathParams } from '../../domain/contract/path-params';
import { writeQuery, type QueryValues } from '../../domain/contract/query-string';

/** Gives a bearer token for the API: Teams or Office SSO, or a dev token locally; `refresh` after a 401. */
export type TokenProvider = (options?: { refresh?: boolean }) => Promise<string>;

type Declaration<N extends OperationName> = ApiContract[N];

/** What a call of route N sends: its path parameters, query, body and the version it changes, as the contract declares them. */
export type CallInput<N extends OperationName> = (keyof PathParams<Declaration<N>['path']> extends never ? { params?: undefined } : { params: PathParams<Declaration<N>['path']> }) &
  (Declaration<N> extends { query: z.ZodType }
    ? // `savedQuery`: a query kept as text (the task pane's saved table choices), read by the one query parser; the server checks it.
      { query?: Partial<z.input<Declaration<N>['query']>>; savedQuery?: QueryValues }
    : { query?: undefined; savedQuery?: undefined }) &
  (Declaration<N> extends { body: z.ZodType } ? { body: z.input<Declaration<N>['body']> } : { body?: undefined }) &
  (Declaration<N> extends { ifMatch: true } ? { etag: string } : { etag?: string }) & { signal?: AbortSignal; idempotencyKey?: string };

/** What route N answers, as its output schema says. */
export type ApiOutput<N extends OperationName> = z.output<Declaration<N>['output']>;

/** Routes whose declaration offers downloads, and the formats each offers. */
type DownloadName = { [N in OperationName]: Declaration<N> extends { downloads: object } ? N : never }[OperationName];
type DownloadFormat<N extends DownloadName> = keyof Declaration<N>['downloads'] & string;

/** List routes answered a page at a time: their answer carries the next page's continuation token. */
type PagedName = { [N in OperationName]: ApiOutput<N> extends { items: unknown[]; count: number; continuation?: string } ? N : never }[OperationName];

/** How often a paged read starts again when the list changed between its pages (409). */
const PAGED_READ_ATTEMPTS = 3;

/** The arguments of a call: the input may be left out when nothing in it is required. */
type CallArguments<N extends OperationName> = object extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];

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
 * The one browser client of the JSON API, used by the tab and the Word task pane. Routes are
 * called by their name in the contract (`client.call('getRequest', { params: { id } })`), with
 * inputs and answers typed by the route's declaration: no paths or casts at call sites. Every call
 * carries the user's token; a 401 fetches a new token once (they expire); updates send If-Match.
 * Reads send back the ETag of the last answer for the same address: while nothing changed the
 * server answers 304 with no body and the last answer is used, so polling costs a few hundred bytes.
 */
export class EntranceHallClient {
  private readonly lastAnswers = new Map<string, { etag: string; body: unknown }>();
  /** The last whole list of each paged read, with the pages it was made of. */
  private readonly lastWholeLists = new Map<string, { pages: unknown[]; whole: unknown }>();

  constructor(
    private readonly baseUrl: string,
    private readonly getToken: TokenProvider,
  ) {}

  /** Calls route `name` and answers its declared output; a failure is an ApiProblem. */
  async call<N extends OperationName>(name: N, ...[input]: CallArguments<N>): Promise<ApiOutput<N>> {
    const given = (input ?? {}) as CallInput<N>;
    const response = await this.send(name, given);
    const declaration: { method: string } = API_CONTRACT[name];
    const url = this.address(name, given);
    const remembered = declaration.method === 'get' ? this.lastAnswers.get(url) : undefined;
    if (response.status === 304 && remembered) return remembered.body as ApiOutput<N>;
    const body: ApiOutput<N> = await response.json();
    const etag = response.headers.get('ETag');
    if (declaration.method === 'get' && etag) this.lastAnswers.set(url, { etag, body });
    return body;
  }

  /**
   * Reads every page of a paged list route (following `continuation`) and answers them as one
   * list, in the server's order. When the list changed between pages (409) it starts again from
   * the first page. While nothing changed (each page a 304) it hands back the very object it
   * answered last time, so a caller can tell "no change" by identity.
   */
  async callAllPages<N extends PagedName>(name: N, ...[input]: CallArguments<N>): Promise<ApiOutput<N>> {
    const given = (input ?? {}) as CallInput<N> & { query?: Record<string, unknown> };
    type Page = { items: unknown[]; count: number; continuation?: string };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const pages: Page[] = [];
        let continuation: string | undefined;
        do {
          const query = { ...given.query, ...(continuation === undefined ? {} : { continuation }) };
          const page = (await this.call(name, ...([{ ...given, query }] as unknown as CallArguments<N>))) as unknown as Page;
          pages.push(page);
          continuation = page.continuation;
        } while (continuation !== undefined);
        if (pages.length === 1) return pages[0] as unknown as ApiOutput<N>;
        const key = this.address(name, given);
        const last = this.lastWholeLists.get(key);
        if (last && last.pages.length === pages.length && last.pages.every((page, index) => page === pages[index])) return last.whole as ApiOutput<N>;
        const items = pages.flatMap((page) => page.items);
        const whole = { items, count: items.length };
        this.lastWholeLists.set(key, { pages, whole });
        return whole as unknown as ApiOutput<N>;
      } catch (error) {
        if (!(error instanceof ApiProblem && error.status === 409 && attempt < PAGED_READ_ATTEMPTS)) throw error;
      }
    }
  }

  /** Fetches one of the downloads route `name` declares (e.g. a table as .docx), with the file name the server gave it. */
  async download<N extends DownloadName>(name: N, format: DownloadFormat<N>, ...[input]: CallArguments<N>): Promise<{ blob: Blob; filename?: string }> {
    const withFormat = { ...(input ?? {}), query: { ...((input as { query?: object } | undefined)?.query ?? {}), format } } as unknown as CallInput<N>;
    const response = await this.send(name, withFormat, false);
    return { blob: await response.blob(), filename: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] };
  }

  private address<N extends OperationName>(name: N, input: CallInput<N>): string {
    const declaration: { path: string } = API_CONTRACT[name];
    return `${this.baseUrl}${fillPath(declaration.path, (input.params ?? {}) as Record<string, string>)}${writeQuery({ ...input.savedQuery, ...(input.query as Record<string, unknown> | undefined) })}`;
  }

  private async send<N extends OperationName>(name: N, input: CallInput<N>, conditional = true, retried = false): Promise<Response> {
    const method: string = API_CONTRACT[name].method;
    const url = this.address(name, input);
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.getToken(retried ? { refresh: true } : {})}`, Accept: 'application/json' };
    if (input.body !== undefined) headers['Content-Type'] = 'application/json';
    if (input.etag) headers['If-Match'] = input.etag;
    if (input.idempotencyKey) headers['Idempotency-Key'] = input.idempotencyKey;
    const remembered = conditional && method === 'get' ? this.lastAnswers.get(url) : undefined;
    if (remembered) headers['If-None-Match'] = remembered.etag;
    let response: Response;
    try {
      response = await fetch(url, {
        method: method === 'del' ? 'DELETE' : method.toUpperCase(),
        headers,
        ...(input.body !== undefined ? { body: JSON.stringify(input.body) } : {}),
        ...(input.signal ? { signal: input.signal } : {}),
        cache: 'no-store',
      });
    } catch (error) {
      if (input.signal?.aborted) throw error;
      throw new ApiProblem(0, 'network', 'Cannot reach Entrance Hall', 'Check your connection, then try again. Nothing was changed.');
    }
    if (response.status === 401 && !retried) return this.send(name, input, conditional, true);
    if (!response.ok && !(response.status === 304 && remembered)) throw await readProblem(response);
    return response;
  }
}
