import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the channel's connector (a reply, an update, a proactive message). */
export interface ConnectorCall {
  method: string;
  path: string;
  activity: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Framework connector service (Teams' side of the bot's outgoing calls),
 * for HTTP tests: it records every activity the bot sends and can answer with failures first.
 */
export class LocalConnector {
  readonly calls: ConnectorCall[] = [];
  /** Calls answered with a failure (see failNext), by status. */
  readonly refused: number[] = [];
  private failures: number[] = [];
  private outage: number | undefined;
  private nextId = 1;

  private readonly server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => this.answer(request, response, body));
  });

  static async start(): Promise<LocalConnector> {
    const connector = new LocalConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next calls answer with these HTTP statuses, in order (e.g. 429 then 502). */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  /** Every call answers with `status` until `comeBack()`: Teams' connection is down. */
  goDown(status = 502): void {
    this.outage = status;
  }

  comeBack(): void {
    this.outage = undefined;
  }

  /** Activities the bot sent, without typing indicators. */
  get sent(): ConnectorCall[] {
    return this.calls.filter((call) => call.activity.type !== 'typing');
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse, body: string): void {
    const failure = this.outage ?? this.failures.shift();
    if (failure) {
      this.refused.push(failure);
      // restify patches http.ServerResponse (writeHead does not return it): write step by step.
      response.statusCode = failure;
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ error: { code: 'Throttled', message: 'try later' } }));
      return;
    }
    let activity: Record<string, unknown> = {};
    try {
      activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      // Not an activity: recorded empty.
    }
    this.calls.push({ method: request.method ?? '', path: request.url ?? '', activity });
    response.statusCode = 200;
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ id: `activity-${this.nextId++}` }));
  }
}
