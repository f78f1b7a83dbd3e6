import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, appErrors } from '../errors/app-error';

/** Where a paged read stopped: which council, which list, at which version, how far in. */
export interface ContinuationPoint {
  /** The organisation the list belongs to. */
  organisation: string;
  /** The list: who reads it with which filter (a fingerprint). */
  list: string;
  /** The version of the data the pages are cut from. */
  version: string;
  /** How many items the earlier pages held. */
  offset: number;
}

const MAX_TOKEN_LENGTH = 1000;

const notThisList = () =>
  appErrors.validation([{ field: 'continuation', message: 'This continuation token is not one this list gave out. Ask for the first page again, without it.' }], 'The continuation token is not valid for this list.');

function signatureOf(key: Uint8Array, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/**
 * An opaque continuation token: the point as base64url JSON and an HMAC-SHA256 of it under the
 * council's own key, so a token cannot be altered, nor used with another council's data.
 */
export function signContinuation(key: Uint8Array, point: ContinuationPoint): string {
  const payload = Buffer.from(JSON.stringify([point.organisation, point.list, point.version, point.offset])).toString('base64url');
  return `${payload}.${signatureOf(key, payload).toString('base64url')}`;
}

/**
 * Reads a token this list gave out. A token that is malformed, altered, signed for another council
 * or cut from another list is a 400 naming `continuation`; one cut from an older version of the
 * data is a 409 (the data changed between pages: start again from the first page).
 */
export function readContinuation(key: Uint8Array, token: string, expected: Omit<ContinuationPoint, 'offset'>): number {
  const [payload, signature, ...rest] = token.length > MAX_TOKEN_LENGTH ? [] : token.split('.');
  if (!payload || !signature || rest.length > 0) throw notThisList();
  const given = Buffer.from(signature, 'base64url');
  const wanted = signatureOf(key, payload);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw notThisList();
  let point: unknown;
  try {
    point = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw notThisList();
  }
  if (!Array.isArray(point) || point.length !== 4) throw notThisList();
  const [organisation, list, version, offset] = point as unknown[];
  if (organisation !== expected.organisation || list !== expected.list || typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw notThisList();
  if (version !== expected.version) throw new AppError('conflict', 'The list changed while it was being read page by page. Read it again from the first page.');
  return offset;
}
