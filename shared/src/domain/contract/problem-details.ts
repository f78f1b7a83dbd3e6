import type { AppErrorCode, FieldError } from '../errors/app-error';

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
