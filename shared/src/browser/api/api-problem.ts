import type { FieldError } from '../../domain/errors/app-error';

/**
 * A failed call to the API, as the tab and the task pane get it: the server's problem document when there is
 * one (status, code, words for the user, field errors, the newer record on 412), or a network
 * failure (status 0).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly current?: unknown,
  ) {
    super(detail || title);
    this.name = 'ApiProblem';
  }

  /** Someone else saved the record first; `current` holds their version. */
  get isConflict(): boolean {
    return this.status === 412;
  }
}

/** Words for a failure, written for the person at the screen (never a stack trace). */
export function describeFailure(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiProblem) {
    if (error.status === 0) return { title: 'Cannot reach Entrance Hall', detail: 'Check your connection, then try again. Nothing was changed.' };
    const fields = error.errors.map((entry) => entry.message).join(' ');
    return { title: error.title, detail: [error.detail, fields].filter(Boolean).join(' ') };
  }
  return { title: 'Something went wrong', detail: 'Try again. If it keeps happening, tell your ICT service desk.' };
}
