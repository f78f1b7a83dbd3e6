import type { IncomingMessage, ServerResponse } from 'node:http';
import { appErrors } from '../errors/app-error';
import type { Versioned } from '../storage/versioned';
import { toProblem } from './problem-details';

/** Largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Reads and parses a JSON body, refusing bodies over the limit and anything that is not JSON. */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit || declared > limit) throw appErrors.payloadTooLarge(limit);
  if (size === 0) throw appErrors.validation([{ field: '(body)', message: 'Send the details as a JSON body.' }]);
  const type = String(request.headers['content-type'] ?? '');
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw appErrors.validation([{ field: '(body)', message: 'Send the body as JSON (Content-Type: application/json).' }]);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw appErrors.validation([{ field: '(body)', message: 'The body is not valid JSON.' }]);
  }
}

/** The version the client is changing. Updates without one are refused with 428. */
export function requireIfMatch(request: IncomingMessage): string {
  const value = request.headers['if-match'];
  if (typeof value !== 'string' || value.trim() === '' || value.trim() === '*') throw appErrors.preconditionRequired();
  return value.trim();
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** The client's Idempotency-Key, if it sent one: a retry with the same key gets the first result. */
export function readIdempotencyKey(request: IncomingMessage): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw appErrors.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key may use letters, digits and . _ : - (8 to 100 characters).' }]);
  }
  return value;
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload), ...headers });
  response.end(payload);
}

/** What a 503 asks clients to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

export function sendProblem(response: ServerResponse, error: unknown): number {
  const problem = toProblem(error);
  const payload = JSON.stringify(problem);
  const headers: Record<string, string | number> = {
    ...COMMON_HEADERS,
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  };
  if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer';
  if (problem.status === 503) headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
  if (!response.headersSent) response.writeHead(problem.status, headers);
  response.end(payload);
  return problem.status;
}

/** A record as the API shows it: its fields and the version to send back in If-Match. */
export function presentVersioned<T extends object>(record: Versioned<T>): T & { etag: string } {
  return { ...record.value, etag: record.etag };
}
