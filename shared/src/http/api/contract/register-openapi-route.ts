import type { Server } from 'restify';
import { sendJson } from '../http-io';
import { buildOpenApiDocument } from './openapi-document';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/**
 * `GET /api/v1/openapi.json`: the API's description, built once from the contract. It holds no
 * council data, so it needs no token (tools such as Power Automate import it before signing in).
 */
export function registerOpenApiRoute(server: Server): void {
  let document: unknown;
  server.get(OPENAPI_PATH, (_request, response, next) => {
    document ??= buildOpenApiDocument();
    sendJson(response, 200, document);
    next();
  });
}
