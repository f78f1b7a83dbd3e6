import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { INTAKE_STEP_FIELDS, type IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import type { RequestFieldName } from '@entrance-hall/shared/domain/requests/project-request';
import { INTAKE_INPUTS, OTHER_SERVICE_AREA, OTHER_SERVICE_AREA_INPUT } from '../cards/intake-inputs';
import { readAmount } from '../language/read-amount';
import { readUkDate } from '../language/read-uk-date';

export interface StepForm {
  /** What the card sent, as text, to show again exactly as typed. */
  raw: Record<string, string>;
  /** The same answers typed as the request schema expects them (validated afterwards, never trusted). */
  candidate: Record<string, unknown>;
  /** Answers that could not be read at all, each with one plain message (they replace the schema's). */
  errors: FieldError[];
  /** The officer chose "Other" and typed a service area that is not on the council's list. */
  otherServiceArea: boolean;
}

/** Card inputs always arrive as text; anything else is treated as empty. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

type Reading = { value?: unknown; problem?: string };

/** Quotes what was typed in a message, shortened so a pasted essay does not fill the card. */
function quoted(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}"`;
}

function toValue(field: RequestFieldName, text: string, today: string): Reading {
  switch (INTAKE_INPUTS[field].kind) {
    case 'number': {
      const amount = readAmount(text);
      if (amount.kind === 'amount') return { value: amount.value };
      // Not known is absent, never 0.
      if (amount.kind === 'not_known') return {};
      return field === 'ictEffortDays'
        ? { problem: `I could not read ${quoted(text)} as a number of days. Write it like 40, or leave it blank if not known.` }
        : { problem: `I could not read ${quoted(text)} as an amount. Write it like 25000 or £25,000.50, or leave it blank if not known.` };
    }
    case 'date': {
      if (text.trim() === '') return {};
      const date = readUkDate(text, today);
      return date ? { value: date } : { problem: `I could not read ${quoted(text)} as a date. Write it like 30/06/2027 or 30 June 2027.` };
    }
    case 'multichoice':
      // Choices arrive as "a,b"; the free-text stand-in (no list set up) as one per line.
      return { value: text.split(/,|\r?\n/).map((part) => part.trim()).filter(Boolean) };
    case 'lines':
      return { value: text.split(/\r?\n|;/).map((part) => part.trim()).filter(Boolean) };
    case 'toggle':
      return { value: text === 'true' };
    default:
      return text.trim() === '' ? {} : { value: text };
  }
}

/** Reads one step's answers out of the values a card sent back (other keys are ignored). */
export function readStepForm(step: IntakeStep, data: Record<string, unknown>, today: string): StepForm {
  const raw: Record<string, string> = {};
  const candidate: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of INTAKE_STEP_FIELDS[step]) {
    const text = textOf(data[field]);
    raw[field] = text;
    const reading = toValue(field, text, today);
    if (reading.problem) errors.push({ field, message: reading.problem });
    else if (reading.value !== undefined) candidate[field] = reading.value;
  }
  let otherServiceArea = false;
  if (step === 'need') {
    const other = textOf(data[OTHER_SERVICE_AREA_INPUT]);
    raw[OTHER_SERVICE_AREA_INPUT] = other;
    if (raw.serviceArea === OTHER_SERVICE_AREA) {
      // "Other" stores what was typed, for ICT to map to the list later.
      otherServiceArea = true;
      if (other.trim() === '') {
        delete candidate.serviceArea;
        errors.push({ field: 'serviceArea', message: 'You chose Other: type your service area in the box below the list.' });
      } else candidate.serviceArea = other;
    }
  }
  return { raw, candidate, errors, otherServiceArea };
}
