import { AppError, type AppErrorCode, type FieldError } from '../errors/app-error';

/** An RFC 9457 problem document, with Entrance Hall's stable `code` and field errors. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: AppErrorCode;
  errors?: FieldError[];
  /** For 412: the newer version of the record someone else saved first. */
  current?: unknown;
}

export function statusForCode(code: AppErrorCode): { status: number; title: string } {
  switch (code) {
    case 'validation':
      return { status: 400, title: 'Some answers need attention' };
    case 'unauthenticated':
      return { status: 401, title: 'Sign-in needed' };
    case 'forbidden':
      return { status: 403, title: 'Not allowed' };
    case 'not_found':
      return { status: 404, title: 'Not found' };
    case 'conflict':
      return { status: 409, title: 'Conflict' };
    case 'precondition_failed':
      return { status: 412, title: 'Changed by someone else' };
    case 'precondition_required':
      return { status: 428, title: 'Version needed' };
    case 'rule_violation':
      return { status: 422, title: 'Not allowed by the process' };
    case 'idempotency_conflict':
      return { status: 422, title: 'Idempotency-Key already used for another request' };
    case 'payload_too_large':
      return { status: 413, title: 'Too large' };
    case 'unsupported_media_type':
      return { status: 415, title: 'Unsupported body type' };
    case 'unavailable':
    case 'storage_unavailable':
      return { status: 503, title: 'Temporarily unavailable' };
    case 'internal':
      return { status: 500, title: 'Something went wrong' };
  }
}

/** The code for an HTTP status raised outside the domain (the router, the static files, a body parser). */
export function codeForStatus(status: number | undefined): AppErrorCode {
  const codes: Record<number, AppErrorCode> = {
    400: 'validation',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    405: 'rule_violation',
    409: 'conflict',
    412: 'precondition_failed',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    428: 'precondition_required',
    503: 'unavailable',
  };
  return (status !== undefined && codes[status]) || 'internal';
}

/** Turns any failure into a problem document; unknown errors never reveal their details. */
export function toProblem(error: unknown): ProblemDetails {
  const appError = error instanceof AppError ? error : new AppError('internal', 'Something went wrong on our side. Nothing was changed; try again.');
  const { status, title } = statusForCode(appError.code);
  return {
    type: `urn:entrance-hall:problem:${appError.code}`,
    title,
    status,
    detail: appError.message,
    code: appError.code,
    ...(appError.details.errors ? { errors: appError.details.errors } : {}),
    ...(appError.details.current !== undefined ? { current: appError.details.current } : {}),
  };
}
