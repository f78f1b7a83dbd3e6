import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { toFieldErrors } from '@entrance-hall/shared/domain/validation/parse-input';
import type { z } from 'zod';

/**
 * A number typed in a form ("£12,000", "1 200"); text that does not read as one is kept as typed,
 * so the domain's schema names it ("Annual cost must be an amount in pounds.").
 */
export function numberOrText(text: string): number | string {
  const bare = text.replace(/[£,\s]/g, '');
  return bare !== '' && Number.isFinite(Number(bare)) ? Number(bare) : text;
}

/** Text typed in an optional field: empty means "not known", left out of the record. */
export function optional<T>(text: string, read: (text: string) => T): T | undefined {
  return text.trim() === '' ? undefined : read(text.trim());
}

/** The domain schema's verdict on a value, field by field (the same messages the server answers). */
export function schemaErrors(schema: z.ZodType, value: unknown): FieldError[] {
  const result = schema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error.issues);
}

/**
 * A merge patch of what differs between two versions of a record's fields: changed and new fields
 * as they are now, removed fields as `null`; fields that did not change are left out.
 */
export function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const was = before[field];
    const now = after[field];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    patch[field] = now === undefined ? null : now;
  }
  return patch;
}

/** The messages for one field, joined, or undefined when it has none (for Fluent's Field). */
export function messageFor(errors: readonly FieldError[], field: string): string | undefined {
  return (
    errors
      .filter((error) => error.field === field || error.field.startsWith(`${field}.`))
      .map((error) => error.message)
      .join(' ') || undefined
  );
}

/** Props for Fluent's Field: its message is tied to the control by aria-describedby, and the control is marked invalid. */
export function fieldState(errors: readonly FieldError[], field: string): { validationState?: 'error'; validationMessage?: string } {
  const message = messageFor(errors, field);
  return message ? { validationState: 'error', validationMessage: message } : {};
}
