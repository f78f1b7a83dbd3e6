import { randomUUID } from 'node:crypto';
import * as coreTracing from '@azure/core-tracing';
import { createAzureSdkInstrumentation } from '@azure/opentelemetry-instrumentation-azure-sdk';
import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { CORRELATION_ATTRIBUTE, CorrelationSpanProcessor, createLogger } from '@entrance-hall/shared/adapters/telemetry/telemetry';
import { LocalConnector } from '../../../shared/testing/teams/local-connector';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * OpenTelemetry as Azure Monitor sets it up (our correlation span processor, the Azure SDK's
 * instrumentation so every Table Storage call is a span), exported in memory, with the server's
 * real pino logs: one intake step in Teams and one API call each carry one correlation id through
 * their span, every storage call and every log line.
 */
interface LogLine {
  level: string;
  msg: string;
  correlationId?: string;
  traceId?: string;
  spanId?: string;
}

const spans = new InMemorySpanExporter();
const tracerProvider = new NodeTracerProvider({ spanProcessors: [new CorrelationSpanProcessor(), new SimpleSpanProcessor(spans)] });
const metricReader = new PeriodicExportingMetricReader({ exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE), exportIntervalMillis: 3_600_000 });
const meterProvider = new MeterProvider({ readers: [metricReader] });
const logs: LogLine[] = [];
const priya = findDemoUser('priya.shah')!;
let server: TestServer;
let connector: LocalConnector;

beforeAll(async () => {
  tracerProvider.register();
  metrics.setGlobalMeterProvider(meterProvider);
  // What Azure Monitor's azureSdk instrumentation does when @azure/core-tracing loads.
  const instrumentation = createAzureSdkInstrumentation() as unknown as { init: () => unknown };
  const definitions = [instrumentation.init()].flat() as { patch?: (exports: typeof coreTracing) => unknown }[];
  for (const definition of definitions) definition.patch?.(coreTracing);
  const logger = createLogger({ LOG_LEVEL: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  [server, connector] = await Promise.all([startTestServer({}, logger), LocalConnector.start()]);
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
  trace.disable();
  metrics.disable();
  context.disable();
  propagation.disable();
});

/** Waits for the work's root span to end (the response can reach the client a moment before). */
async function spansOf(correlationId: string, rootName: string): Promise<ReadableSpan[]> {
  const ended = () => spans.getFinishedSpans().filter((span) => span.attributes[CORRELATION_ATTRIBUTE] === correlationId);
  return waitUntil(`the span ${rootName} for ${correlationId}`, () => (ended().some((span) => span.name === rootName) ? ended() : undefined)).catch((error: Error) => {
    throw new Error(`${error.message} (ended: ${ended().map((span) => span.name).join(', ')})`);
  });
}

function expectOneCorrelation(correlationId: string, found: ReadableSpan[], rootName: string): void {
  const root = found.find((span) => span.name === rootName)!;
  const traceId = root.spanContext().traceId;
  // The request or activity span, and a span for each Table Storage call made for it, in one trace.
  const storageSpans = found.filter((span) => span.name.startsWith('TableClient.'));
  expect(storageSpans.length).toBeGreaterThan(0);
  expect(new Set(found.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));
  // Every log line of that work names the same correlation id and trace.
  const lines = logs.filter((line) => line.correlationId === correlationId);
  expect(lines.length).toBeGreaterThan(0);
  expect(new Set(lines.map((line) => line.traceId))).toEqual(new Set([traceId]));
  expect(logs.filter((line) => line.traceId === traceId && line.correlationId !== correlationId)).toEqual([]);
}

it('carries one correlation id through an API call: the span, every storage call and the log lines', async () => {
  const token = await server.tokenFor('priya.shah');
  const response = await fetch(`${server.url}/api/v1/requests`, { headers: { Authorization: `Bearer ${token}`, 'x-correlation-id': 'api-call-0001' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-correlation-id')).toBe('api-call-0001');
  const found = await spansOf('api-call-0001', 'GET /api/v1/requests');
  expectOneCorrelation('api-call-0001', found, 'GET /api/v1/requests');
  expect(logs.find((line) => line.correlationId === 'api-call-0001' && line.msg === 'request finished')).toMatchObject({ level: 'info', status: 200, path: '/api/v1/requests' });
});

it('gives a request without a usable correlation id a new one, and never echoes unsafe text', async () => {
  const response = await fetch(`${server.url}/api/v1/requests`, { headers: { 'x-correlation-id': '<script>alert(1)</script>' } });
  expect(response.status).toBe(401);
  expect(response.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
});

it('carries the Teams activity id through one intake step, and counts the intake started', async () => {
  const activityId = `teams-${randomUUID()}`;
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(teamsActivity(priya, connector.url, { id: activityId, text: 'new request' })),
  });
  expect(response.status).toBe(200);
  const found = await spansOf(activityId, 'Teams message');
  expectOneCorrelation(activityId, found, 'Teams message');
  expect(logs.find((line) => line.correlationId === activityId && line.msg === 'activity handled')).toBeDefined();

  const { resourceMetrics } = await metricReader.collect();
  const started = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics).find((metric) => metric.descriptor.name === 'entrancehall.intakes.started');
  expect(started?.dataPoints.reduce((sum, point) => sum + Number(point.value), 0)).toBe(1);
});
