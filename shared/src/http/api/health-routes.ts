import type { Server } from 'restify';
import type { TableStore } from '../storage/table-store';
import { sendJson } from './http-io';

/** `/healthz`: the process is up. `/readyz`: storage answers too (App Service's health check). */
export function registerHealthRoutes(server: Server, store: TableStore): void {
  server.get('/healthz', (_request, response, next) => {
    sendJson(response, 200, { status: 'ok' });
    next();
  });
  server.get('/readyz', (_request, response, next) => {
    store
      .ping()
      .then(() => sendJson(response, 200, { status: 'ready', storage: 'ok' }))
      .catch(() => sendJson(response, 503, { status: 'not ready', storage: 'unreachable' }))
      .finally(() => next());
  });
}
