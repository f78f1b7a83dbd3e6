import { z } from 'zod';
import { ACTION_STATUSES, actionStatusSchema } from '../actions/action';
import { isFinancialYear } from '../actions/financial-year';
import { STAGES, stageSchema } from '../requests/stage';
import { isoDate } from '../validation/fields';

/** "a, b or c": the values a choice takes, as its error says them. */
const oneOrMoreOf = (label: string, values: readonly string[]) => `${label} must be one or more of: ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}.`;

/** The largest "top N" a table accepts: committee tables are summaries, not exports. */
export const MAX_TOP = 100;

export const REPORT_FORMATS = ['json', 'ooxml', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The query of `GET /api/v1/reports/tables/:key`: the table's choices and the format wanted. */
export const reportQuerySchema = z
  .object({
    format: z.enum(REPORT_FORMATS, { error: 'Format must be json, ooxml or docx.' }).default('json'),
    year: z
      .string()
      .refine(isFinancialYear, { error: 'Year must be a financial year such as 2026/27.' })
      .optional(),
    theme: z.string().max(64, { error: 'Theme must be 64 characters or fewer.' }).optional(),
    stage: z
      .union([stageSchema, z.array(stageSchema)], { error: oneOrMoreOf('Stage', STAGES) })
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    status: z
      .union([actionStatusSchema, z.array(actionStatusSchema)], { error: oneOrMoreOf('Status', ACTION_STATUSES) })
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    landscape: z
      .enum(['true', 'false'], { error: 'Landscape must be true or false.' })
      .transform((value) => value === 'true')
      .optional(),
    from: isoDate('From').optional(),
    to: isoDate('To').optional(),
    meeting: z.string().max(64, { error: 'Meeting must be 64 characters or fewer.' }).optional(),
    top: z.coerce
      .number({ error: `Top must be a whole number from 1 to ${MAX_TOP}.` })
      .int({ error: `Top must be a whole number from 1 to ${MAX_TOP}.` })
      .min(1, { error: `Top must be a whole number from 1 to ${MAX_TOP}.` })
      .max(MAX_TOP, { error: `Top must be a whole number from 1 to ${MAX_TOP}.` })
      .optional(),
  })
  .strict()
  .refine((value) => value.from === undefined || value.to === undefined || value.from <= value.to, {
    error: 'From must be on or before To.',
    path: ['from'],
  })
  .refine((value) => value.meeting === undefined || (value.from === undefined && value.to === undefined), {
    error: 'Choose a meeting or a period (from and to), not both.',
    path: ['meeting'],
  });
export type ReportQuery = z.output<typeof reportQuerySchema>;
