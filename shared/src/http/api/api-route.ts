import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Principal } from '../../domain/identity/roles';
import type { Authenticator } from './authenticate';
import { sendJson, sendProblem, sendText } from './http-io';
import { assertRouteAccess, type RouteAccessRule } from './route-access';

export interface RouteInput {
  request: Request;
  principal: Principal;
  params: Record<string, string>;
  /** Query string values; repeated or comma-separated values are lists. */
  query: Record<string, string | string[]>;
}

export interface RouteResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A text body sent as it is (a CSV export) instead of JSON. */
  contentType?: string;
}

/**
 * A route states its method, path and the permission it really needs (any one of a list), and,
 * when callers may use it on their own records only, that permission; the handler calls one command.
 */
export interface ApiRoute extends RouteAccessRule {
  method: 'get' | 'post' | 'patch' | 'put' | 'del';
  path: string;
  handle: (input: RouteInput) => Promise<RouteResult>;
}

export function defineRoute(route: ApiRoute): ApiRoute {
  return route;
}

function normaliseQuery(query: unknown): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  if (!query || typeof query !== 'object') return result;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).filter((item) => item !== '');
    if (values.length === 1) result[key] = values[0]!;
    else if (values.length > 1) result[key] = values;
  }
  return result;
}

/**
 * Every GET carries an ETag: the record's version when it has one, else a hash of the body. A
 * client that sends it back in If-None-Match gets 304 with no body while nothing has changed, so
 * polling the board or a meeting costs a few hundred bytes.
 */
function answerNotModified(request: Request, response: Response, result: RouteResult): boolean {
  const etag = result.headers?.ETag ?? `W/"${createHash('sha1').update(JSON.stringify(result.body)).digest('base64url')}"`;
  result.headers = { ...result.headers, ETag: etag };
  const wanted = request.headers['if-none-match'];
  if (typeof wanted !== 'string' || !wanted.split(',').some((tag) => tag.trim() === etag)) return false;
  response.writeHead(304, { ETag: etag, 'Cache-Control': 'no-store' });
  response.end();
  return true;
}

/** Mounts routes: every one authenticates, checks its permission, and answers problem+json on failure. */
export function mountRoutes(server: Server, routes: readonly ApiRoute[], authenticate: Authenticator, logger: Logger): void {
  for (const route of routes) {
    server[route.method](route.path, (request: Request, response: Response, next: (value?: unknown) => void) => {
      const run = async () => {
        const principal = await authenticate(request);
        assertRouteAccess(principal, route);
        const result = await route.handle({ request, principal, params: (request.params ?? {}) as Record<string, string>, query: normaliseQuery(request.query) });
        if (route.method === 'get' && answerNotModified(request, response, result)) return;
        if (result.contentType && typeof result.body === 'string') sendText(response, result.status ?? 200, result.body, result.contentType, result.headers);
        else sendJson(response, result.status ?? 200, result.body, result.headers);
      };
      run()
        .catch((error: unknown) => {
          const status = sendProblem(response, error);
          if (status >= 500) logger.error({ err: error, method: request.method, path: request.path() }, 'request failed');
        })
        .finally(() => next());
    });
  }
}
