import { INTAKE_STEP_FIELDS, type IntakeStep } from '@entrance-hall/shared/intake/intake-steps';
import type { RequestFieldName } from '@entrance-hall/shared/requests/project-request';
import { INTAKE_INPUTS } from '../cards/intake-inputs';

export interface StepForm {
  /** What the card sent, as text, to show again exactly as typed. */
  raw: Record<string, string>;
  /** The same answers typed as the request schema expects them (validated afterwards, never trusted). */
  candidate: Record<string, unknown>;
}

/** Card inputs always arrive as text; anything else is treated as empty. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** "£25,000" and "25000" are both 25000; anything else stays text so validation names the problem. */
function toAmount(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const digits = trimmed.replace(/^£/, '').replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : trimmed;
}

function toValue(field: RequestFieldName, text: string): unknown {
  switch (INTAKE_INPUTS[field].kind) {
    case 'number':
      return toAmount(text);
    case 'multichoice':
      // Choices arrive as "a,b"; the free-text stand-in (no list set up) as one per line.
      return text.split(/,|\r?\n/).map((part) => part.trim()).filter(Boolean);
    case 'lines':
      return text.split(/\r?\n|;/).map((part) => part.trim()).filter(Boolean);
    case 'toggle':
      return text === 'true';
    default:
      return text.trim() === '' ? undefined : text;
  }
}

/** Reads one step's answers out of the values a card sent back (other keys are ignored). */
export function readStepForm(step: IntakeStep, data: Record<string, unknown>): StepForm {
  const raw: Record<string, string> = {};
  const candidate: Record<string, unknown> = {};
  for (const field of INTAKE_STEP_FIELDS[step]) {
    const text = textOf(data[field]);
    raw[field] = text;
    const value = toValue(field, text);
    if (value !== undefined) candidate[field] = value;
  }
  return { raw, candidate };
}
