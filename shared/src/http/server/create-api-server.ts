import restify, { type Server } from 'restify';
import type { Logger } from 'pino';
import { buildApiRoutes } from '../api/api-routes';
import { mountRoutes, type ApiRoute } from '../api/api-route';
import type { Authenticator } from '../api/authenticate';
import { registerDevRoutes } from '../api/dev-routes';
import { registerHealthRoutes } from '../api/health-routes';
import { sendProblem } from '../api/http-io';
import { codeForStatus, toProblem } from '../api/problem-details';
import type { DomainContext } from '../context/domain-context';
import { AppError, appErrors } from '../errors/app-error';
import type { DevIdentityProvider } from '../identity/dev-identity-provider';
import { registerRequestTelemetry } from '../telemetry/telemetry';

export interface ApiServerOptions {
  context: DomainContext;
  authenticate: Authenticator;
  logger: Logger;
  /** Present only with AUTH_MODE=dev. */
  devIdentity?: DevIdentityProvider;
  organisationNames?: Record<string, string>;
  /** Routes added by other parts (the report tables). */
  extraRoutes?: ApiRoute[];
  onRequestNotification?: (organisationId: string) => void;
  /** Middleware that must run before anything else, even unknown addresses (security headers). */
  beforeRoutes?: (server: Server) => void;
  /** Slow clients: how long headers, a whole request and a silent connection may take. */
  timeouts?: { headersMs: number; requestMs: number; idleMs: number };
}

/** The first %-escape in a URL that does not decode (broken escapes, bytes that are not UTF-8). */
export function findBrokenPercentEncoding(url: string): string | undefined {
  for (const part of url.split(/[?&=/]/)) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  }
  return undefined;
}

/** The restify server with health checks, the JSON API and (locally) dev sign-in. */
export function createApiServer(options: ApiServerOptions): Server {
  const server = restify.createServer({
    name: 'entrance-hall',
    handleUncaughtExceptions: false,
    formatters: {
      'application/problem+json': (_request, response, body) => {
        const payload = JSON.stringify(body instanceof Error ? (body as Error & { toJSON?: () => unknown }).toJSON?.() : body);
        response.setHeader('Content-Length', Buffer.byteLength(payload));
        return payload;
      },
    },
  });
  // First of all: the correlation id and span cover everything the request does.
  registerRequestTelemetry(server, options.logger);
  if (options.timeouts) {
    server.server.headersTimeout = options.timeouts.headersMs;
    server.server.requestTimeout = options.timeouts.requestMs;
    server.server.timeout = options.timeouts.idleMs;
    // An idle kept-alive connection lives as long as any idle socket, and the Keep-Alive header says
    // so: clients stop reusing it a moment before the server closes it, instead of racing the close
    // (Node's 5 s default reset connections that a busy client picked up just too late).
    server.server.keepAliveTimeout = options.timeouts.idleMs;
  }
  options.beforeRoutes?.(server);
  server.pre((request, response, next) => {
    if (findBrokenPercentEncoding(request.url ?? '/') === undefined) return next();
    sendProblem(response, appErrors.validation([{ field: '(address)', message: 'The address has a %-escape that does not decode; check the link.' }]));
    return next(false);
  });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // Restify's own errors (unknown route, wrong method, static files, body parser) answer in the
  // API's problem format too, with the code that matches their status.
  server.on('restifyError', (_request, response, error: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const code = codeForStatus(error.statusCode);
    const appError =
      code === 'not_found'
        ? appErrors.notFound('That address')
        : error.statusCode === 405
          ? new AppError('rule_violation', 'That method is not allowed on this address.')
          : code === 'forbidden'
            ? appErrors.forbidden()
            : code === 'payload_too_large'
              ? new AppError(code, 'The request body is too large.')
              : code === 'internal'
                ? new AppError('internal', 'Something went wrong on our side.')
                : new AppError(code, 'That request cannot be answered as it was sent.');
    const problem = { ...toProblem(appError), status: error.statusCode ?? 500 };
    error.toJSON = () => problem;
    response.setHeader('Content-Type', 'application/problem+json');
    callback();
  });

  registerHealthRoutes(server, options.context.repos.store);
  if (options.devIdentity) registerDevRoutes(server, options.devIdentity, options.organisationNames ?? {});
  mountRoutes(
    server,
    [...buildApiRoutes({ context: options.context, onRequestNotification: options.onRequestNotification }), ...(options.extraRoutes ?? [])],
    options.authenticate,
    options.logger,
  );
  return server;
}
