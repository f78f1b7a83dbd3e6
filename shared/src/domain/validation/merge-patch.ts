import { z } from 'zod';

/**
 * A JSON merge patch (RFC 7396) of a record whose fields are `T`: every field may be left out
 * (never touched), a field the record may lack may be `null` (removed), anything else replaces it.
 */
export type MergePatch<T> = { [K in keyof T]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

const EMPTY_PATCH = 'Send at least one field to change.';

/** The field's schema without its create-time default: a patch never fills in what was not sent. */
function withoutDefault(field: z.ZodType): z.ZodType {
  let inner = field;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/**
 * Builds the update (PATCH) schema from the schema that describes a record's fields. This is the
 * one place update schemas come from: zod applies `.default()` even inside `.partial()`, so a
 * hand-made `.partial()` of a create schema silently resets every field that was not sent.
 *
 * - a field not sent stays out of the result (no defaults);
 * - a field that is optional in the record may be sent as `null` to remove it;
 * - unknown fields are refused, and so is a patch with nothing in it.
 */
export function mergePatchSchema<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>): z.ZodType<MergePatch<z.output<z.ZodObject<Shape>>>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields.shape)) {
    const base = withoutDefault(field as z.ZodType);
    shape[name] = base instanceof z.ZodOptional ? (base.unwrap() as z.ZodType).nullable().optional() : base.optional();
  }
  return z
    .object(shape)
    .strict()
    .refine((value) => Object.keys(value).length > 0, { error: EMPTY_PATCH }) as unknown as z.ZodType<MergePatch<z.output<z.ZodObject<Shape>>>>;
}

/**
 * Applies a parsed merge patch to a record: fields not in the patch are kept exactly, `null`
 * removes a field, anything else replaces it. Pure: returns a new record.
 */
export function applyMergePatch<T extends object>(record: T, patch: MergePatch<Partial<T>> | Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[name];
    // Defined, not assigned: a field named "__proto__" stays a field.
    else Object.defineProperty(next, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return next as T;
}
