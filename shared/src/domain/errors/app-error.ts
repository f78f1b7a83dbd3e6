/**
 * The one error type of the domain. Each surface (HTTP, card, task pane) turns a code into its
 * own words; the message is written for the person using Entrance Hall, never a stack trace.
 */
export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'rule_violation'
  | 'idempotency_conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable'
  | 'storage_unavailable'
  /** A stored record failed its check on read (corrupt, or written by a newer version). */
  | 'record_unreadable'
  | 'internal';

/** A problem with one field of what the user sent, named by its path (`costs.capital`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface AppErrorDetails {
  errors?: FieldError[];
  /** For a conflict: the newer version of the record, so the user can see what changed. */
  current?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Typed factories, so every place raises the same error the same way. */
export const appErrors = {
  validation: (errors: FieldError[], message = 'Some answers need attention.') =>
    new AppError('validation', message, { errors }),
  unauthenticated: (message = 'Sign in to use Entrance Hall.') => new AppError('unauthenticated', message),
  forbidden: (message = 'You do not have permission to do that.') => new AppError('forbidden', message),
  notFound: (what: string) => new AppError('not_found', `${what} was not found.`),
  conflict: (message: string) => new AppError('conflict', message),
  staleWrite: (what: string, current?: unknown) =>
    new AppError(
      'precondition_failed',
      `Someone else changed this ${what} after you opened it. Look at their changes and try again.`,
      { current },
    ),
  preconditionRequired: () =>
    new AppError('precondition_required', 'This change needs the If-Match header with the version (ETag) you are changing.'),
  /** The same Idempotency-Key came again with a different body: nothing is stored. */
  idempotencyConflict: (message: string) => new AppError('idempotency_conflict', message, { errors: [{ field: 'Idempotency-Key', message }] }),
  ruleViolation: (message: string, errors?: FieldError[]) => new AppError('rule_violation', message, { errors }),
  payloadTooLarge: (limitBytes: number) =>
    new AppError('payload_too_large', `The request body is larger than the ${Math.round(limitBytes / 1024)} KB allowed.`),
  /** Table Storage did not answer: the same process recovers by itself when it answers again. */
  storageUnavailable: (message = 'Entrance Hall cannot reach its storage just now. Nothing was changed; try again shortly.') =>
    new AppError('storage_unavailable', message),
  unsupportedMediaType: (mediaTypes: readonly string[] = ['application/json']) =>
    new AppError('unsupported_media_type', `Send the body as JSON in UTF-8 (Content-Type: ${mediaTypes.join(' or ')}).`),
};

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
