import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Principal } from '../../domain/identity/roles';
import { parseInput } from '../../domain/validation/parse-input';
import type { Authenticator } from './authenticate';
import type { RouteDeclaration } from '../../domain/contract/api-contract';
import { readQuery } from '../../domain/contract/query-string';
import { jsonMediaTypesFor, readIdempotencyKey, readJsonBody, requireIfMatch, sendJson, sendProblem, sendRaw, type RawBody } from './http-io';
import { assertRouteAccess, type RouteAccessRule } from './route-access';

export interface RouteInput {
  request: Request;
  principal: Principal;
  params: Record<string, string>;
  /** The query, parsed with the route's declared query schema (400 naming the field when it does not fit). */
  query: unknown;
  /** The JSON body, read when the route declares one; its command parses it with the declared schema. */
  body: unknown;
  /** If-Match, when the route is an update (428 without it). */
  etag: string;
  /** Idempotency-Key, when the route accepts one and the client sent it. */
  idempotencyKey?: string;
}

export type RouteResult =
  | {
      status?: number;
      body: unknown;
      headers?: Record<string, string>;
      /**
       * The body holds more than the record its ETag names (e.g. a request's decision route, worked
       * out from the organisation's settings), so an unchanged ETag does not mean an unchanged
       * body: the answer is always sent in full, never 304. The ETag stays the record's, for If-Match.
       */
      derivedFromOtherRecords?: true;
    }
  | { raw: RawBody };

/** A mounted route: its declaration in the contract and the handler that calls one command. */
export interface ApiRoute extends RouteAccessRule {
  method: RouteDeclaration['method'];
  path: string;
  declaration: RouteDeclaration;
  handle: (input: RouteInput) => Promise<RouteResult>;
}

/**
 * Every GET carries an ETag: the record's version when it has one, else a hash of the body. A
 * client that sends it back in If-None-Match gets 304 with no body while nothing has changed, so
 * polling the board or a meeting costs a few hundred bytes.
 */
function answerNotModified(request: Request, response: Response, result: { body: unknown; headers?: Record<string, string>; derivedFromOtherRecords?: true }): boolean {
  const etag = result.headers?.ETag ?? `W/"${createHash('sha1').update(JSON.stringify(result.body)).digest('base64url')}"`;
  result.headers = { ...result.headers, ETag: etag };
  const wanted = request.headers['if-none-match'];
  if (result.derivedFromOtherRecords) return false;
  if (typeof wanted !== 'string' || !wanted.split(',').some((tag) => tag.trim() === etag)) return false;
  response.writeHead(304, { ETag: etag, 'Cache-Control': 'no-store' });
  response.end();
  return true;
}

/** What the pipeline reads before the handler: the query by its schema, the body, If-Match and Idempotency-Key. */
async function readInput(request: Request, principal: Principal, declaration: RouteDeclaration): Promise<RouteInput> {
  const query = readQuery(request.query);
  return {
    request,
    principal,
    params: (request.params ?? {}) as Record<string, string>,
    query: declaration.query ? parseInput(declaration.query, query) : query,
    etag: declaration.ifMatch ? requireIfMatch(request) : '',
    ...(declaration.idempotencyKey ? { idempotencyKey: readIdempotencyKey(request) } : {}),
    body: declaration.body ? await readJsonBody(request, undefined, jsonMediaTypesFor(declaration.method)) : undefined,
  };
}

/**
 * Mounts routes: every one authenticates, checks its permission, reads its input as declared and
 * answers JSON, a raw download, or problem+json on failure — all inside restify's pipeline, so
 * the security headers and the %-escape check apply to every answer.
 */
export function mountRoutes(server: Server, routes: readonly ApiRoute[], authenticate: Authenticator, logger: Logger): void {
  for (const route of routes) {
    server[route.method](route.path, (request: Request, response: Response, next: (value?: unknown) => void) => {
      const run = async () => {
        const principal = await authenticate(request);
        assertRouteAccess(principal, route);
        const result = await route.handle(await readInput(request, principal, route.declaration));
        if ('raw' in result) return sendRaw(response, result.raw);
        if (route.method === 'get' && answerNotModified(request, response, result)) return;
        sendJson(response, result.status ?? route.declaration.status ?? 200, result.body, result.headers);
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
