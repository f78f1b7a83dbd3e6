import type { IncomingMessage, ServerResponse } from 'node:http';
import { appErrors } from '../../domain/errors/app-error';
import type { Versioned } from '../../domain/ports/versioned';
import { toProblem } from './problem-details';

/** Largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The media type (`application/json`, `text/csv`), with no charset or UTF-8 (RFC 8259: JSON between systems is UTF-8). */
export function isMediaTypeInUtf8(contentType: string | undefined, mediaType: string): boolean {
  const [essence = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (essence !== mediaType) return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

/** Reads the body, stopping the moment it passes the limit (nothing more is read). */
export function readBodyWithin(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        request.pause();
        reject(appErrors.payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** The JSON media types a body may be sent as: a PATCH is a JSON merge patch, so RFC 7396's own type is taken too. */
export function jsonMediaTypesFor(method: string): readonly string[] {
  return method.toLowerCase() === 'patch' ? ['application/json', 'application/merge-patch+json'] : ['application/json'];
}

/**
 * Reads and parses a JSON body. Refuses any media type but the given ones in UTF-8 (415), a body
 * declared or found larger than the limit (413, without reading the rest), bytes that are not
 * UTF-8 and text that is not JSON (400).
 */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES, mediaTypes: readonly string[] = ['application/json']): Promise<unknown> {
  if (Number(request.headers['content-length'] ?? 0) > limit) throw appErrors.payloadTooLarge(limit);
  const bodyExpected = request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
  if (bodyExpected && !mediaTypes.some((mediaType) => isMediaTypeInUtf8(request.headers['content-type'], mediaType))) throw appErrors.unsupportedMediaType(mediaTypes);
  const body = await readBodyWithin(request, limit);
  if (body.length === 0) throw appErrors.validation([{ field: '(body)', message: 'Send the details as a JSON body.' }]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw appErrors.validation([{ field: '(body)', message: 'The body is not valid UTF-8.' }]);
  }
  try {
    return JSON.parse(text);
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

/** Answers kept in memory and never changed once made (a page of the request list), with their JSON. */
const SERIALISED = new WeakMap<object, string>();

/**
 * Marks an answer that is never changed after it is made and is sent again and again (a list page
 * kept beside the council's portfolio): it is turned into JSON once, however often it is sent.
 */
export function sendUnchanged<T extends object>(body: T): T {
  if (!SERIALISED.has(body)) SERIALISED.set(body, JSON.stringify(body));
  return body;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = (typeof body === 'object' && body !== null && SERIALISED.get(body)) || JSON.stringify(body);
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload), ...headers });
  response.end(payload);
}

/** A download: bytes or text with their content type and the file name it saves as. */
export interface RawBody {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

export function sendRaw(response: ServerResponse, { body, contentType, filename }: RawBody): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': contentType, 'Content-Length': bytes.length, 'Content-Disposition': `attachment; filename="${filename}"` });
  response.end(bytes);
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
  // The rest of an over-large body is never read: the connection closes after this answer.
  if (problem.status === 413) headers.Connection = 'close';
  if (!response.headersSent) response.writeHead(problem.status, headers);
  response.end(payload);
  return problem.status;
}

/** A record as the API shows it: its fields and the version to send back in If-Match. */
export function presentVersioned<T extends object>(record: Versioned<T>): T & { etag: string } {
  return { ...record.value, etag: record.etag };
}
