import { ManagedIdentityCredential } from '@azure/identity';
import { useAzureMonitor, shutdownAzureMonitor } from '@azure/monitor-opentelemetry';
import { SpanKind, SpanStatusCode, context, isSpanContextValid, trace, type Context, type Span } from '@opentelemetry/api';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config/config';
import { businessMetrics } from './business-metrics';
import { correlationIdFrom, currentCorrelation, withCorrelation, type Correlation } from './correlation';

/** The span attribute that carries the correlation id (the same value as `correlationId` in logs). */
export const CORRELATION_ATTRIBUTE = 'entrancehall.correlation_id';
export const CORRELATION_HEADER = 'x-correlation-id';

const tracer = trace.getTracer('entrance-hall');

/**
 * Stamps every span started inside a correlated piece of work (the request or activity span, and
 * the Azure SDK's spans for each Table Storage call) with its correlation id.
 */
export class CorrelationSpanProcessor implements SpanProcessor {
  onStart(span: Span): void {
    const correlation = currentCorrelation();
    if (correlation) span.setAttribute(CORRELATION_ATTRIBUTE, correlation.id);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Structured JSON logs (pino, one object a line, as App Service collects them) with the
 * correlation id, trace id and span id of the work each line belongs to.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: 'entrance-hall' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlation = currentCorrelation();
        if (!correlation) return {};
        const span = trace.getActiveSpan()?.spanContext();
        return { correlationId: correlation.id, ...(span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {}) };
      },
    },
    destination,
  );
}

/**
 * Turns on OpenTelemetry to Azure Monitor (Application Insights) when its connection string is
 * set: traces (incoming HTTP, Azure SDK calls such as every Table Storage request), metrics
 * (including the business metrics) and the correlation id on every span. Off otherwise, so local
 * runs and tests send nothing anywhere. Call it before the server's modules are loaded, so the
 * instrumentations see them.
 */
export function startTelemetry(config: Pick<Config, 'APPLICATIONINSIGHTS_CONNECTION_STRING' | 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'>): { enabled: boolean; shutdown: () => Promise<void> } {
  if (!config.APPLICATIONINSIGHTS_CONNECTION_STRING) return { enabled: false, shutdown: () => Promise.resolve() };
  const authentication = config.APPLICATIONINSIGHTS_AUTHENTICATION_STRING;
  const clientId = /ClientId=([0-9a-f-]{36})/i.exec(authentication ?? '')?.[1];
  useAzureMonitor({
    azureMonitorExporterOptions: {
      connectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING,
      // Application Insights with local authentication off accepts only Entra-signed telemetry.
      ...(authentication ? { credential: new ManagedIdentityCredential(clientId ? { clientId } : {}) } : {}),
    },
    instrumentationOptions: { azureSdk: { enabled: true }, http: { enabled: true } },
    spanProcessors: [new CorrelationSpanProcessor()],
  });
  return { enabled: true, shutdown: () => shutdownAzureMonitor() };
}

const WORD_TABLE = /^\/api\/v1\/reports\/tables\/[^/]+$/;
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Every HTTP request gets a correlation id (the caller's `x-correlation-id` when it is safe, else
 * a new one, echoed back), a span, and one log line when it finishes.
 */
export function registerRequestTelemetry(server: Server, logger: Logger): void {
  server.pre((request: Request, response: Response, next: () => void) => {
    const correlation: Correlation = { id: correlationIdFrom(request.header(CORRELATION_HEADER)), source: 'http' };
    response.setHeader(CORRELATION_HEADER, correlation.id);
    const path = request.path();
    const span = tracer.startSpan(`${request.method} ${path}`, { kind: SpanKind.SERVER, attributes: { [CORRELATION_ATTRIBUTE]: correlation.id, 'http.request.method': request.method ?? '', 'url.path': path } });
    const spanContext: Context = trace.setSpan(context.active(), span);
    const started = performance.now();
    response.once('finish', () => {
      const route = request.getRoute?.()?.path;
      if (typeof route === 'string') span.updateName(`${request.method} ${route}`);
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      if (request.method === 'GET' && WORD_TABLE.test(path) && response.statusCode === 200) businessMetrics.wordTableRefreshed(String(request.query?.format ?? 'json'));
      withCorrelation(correlation, () =>
        context.with(spanContext, () => {
          const fields = { method: request.method, path, status: response.statusCode, durationMs: Math.round(performance.now() - started) };
          if (QUIET_PATHS.has(path)) logger.debug(fields, 'request finished');
          else logger.info(fields, 'request finished');
        }),
      );
      span.end();
    });
    withCorrelation(correlation, () => context.with(spanContext, next));
  });
}

/**
 * One Teams activity as one piece of work: the activity id is its correlation id (Teams re-sends
 * an activity with the same id), with a span and a log line when it is handled.
 */
export function withActivityTelemetry<T>(activity: { id?: unknown; type?: unknown } | undefined, logger: Logger, work: () => Promise<T>): Promise<T> {
  const correlation: Correlation = { id: correlationIdFrom(activity?.id), source: 'teams' };
  const activityType = typeof activity?.type === 'string' ? activity.type : 'unknown';
  return withCorrelation(correlation, () =>
    tracer.startActiveSpan(`Teams ${activityType}`, { kind: SpanKind.SERVER, attributes: { 'teams.activity.type': activityType } }, async (span) => {
      const started = performance.now();
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        logger.info({ activityType, durationMs: Math.round(performance.now() - started) }, 'activity handled');
        span.end();
      }
    }),
  );
}
