import type { z } from 'zod';
import { appErrors, type FieldError } from '../errors/app-error';

/** Turns zod issues into the field-by-field list every surface shows next to the field. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/** Validates untrusted input against a schema; throws a validation AppError naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw appErrors.validation(toFieldErrors(result.error.issues));
  return result.data;
}
