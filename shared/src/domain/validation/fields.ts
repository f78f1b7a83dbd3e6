import { z } from 'zod';
import { describeForbiddenCharacter, findForbiddenCharacter } from './text-policy';

/**
 * Field builders with messages written for council officers. Every string has a length limit so
 * one record always fits a Table Storage entity.
 */
export const LIMITS = {
  shortText: 200,
  longText: 4000,
  listItems: 30,
} as const;

/**
 * Applies the text policy (text-policy.ts) to a trimmed string. Text allowed to be longer than
 * short text is long text: it may hold line breaks and tabs; short text is one line.
 */
function checkedText(label: string, max: number, required: boolean) {
  const multiline = max > LIMITS.shortText;
  const base = z
    .string({ error: (issue) => (required && issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    .trim();
  return (required ? base.min(1, { error: `${label} is required.` }) : base)
    .max(max, { error: `${label} must be ${max} characters or fewer.` })
    .superRefine((value, context) => {
      const problem = findForbiddenCharacter(value, { multiline });
      if (problem) context.addIssue({ code: 'custom', message: describeForbiddenCharacter(label, problem) });
    });
}

export function requiredText(label: string, max: number = LIMITS.shortText) {
  return checkedText(label, max, true);
}

/** Text that may be empty (after trimming) but must be sent as text. */
export function text(label: string, max: number = LIMITS.shortText) {
  return checkedText(label, max, false);
}

export function optionalText(label: string, max: number = LIMITS.shortText) {
  return text(label, max).optional();
}

export function textList(label: string, maxItems: number = LIMITS.listItems, maxLength: number = LIMITS.shortText) {
  return z
    .array(requiredText(label, maxLength), { error: `${label} must be a list.` })
    .max(maxItems, { error: `${label} can have at most ${maxItems} entries.` });
}

/** Whole pounds, never negative, up to £1bn. */
export function money(label: string) {
  return z
    .number({ error: `${label} must be an amount in pounds.` })
    .int({ error: `${label} must be in whole pounds.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(1_000_000_000, { error: `${label} must be £1,000,000,000 or less.` });
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be at least ${min}.` })
    .max(max, { error: `${label} must be ${max} or less.` });
}

/** A calendar date as `YYYY-MM-DD`. */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} must be a date (YYYY-MM-DD).` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date (YYYY-MM-DD).` })
    .refine((value) => isRealDate(value), { error: `${label} is not a real date.` });
}

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Identifiers chosen by people or by the demo data: short, no key-breaking characters. */
export function identifier(label: string) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(64, { error: `${label} must be 64 characters or fewer.` })
    .regex(/^[A-Za-z0-9._-]+$/, { error: `${label} may use only letters, digits, dots, dashes and underscores.` });
}
