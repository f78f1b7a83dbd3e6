import { z } from 'zod';
import { LIMITS, optionalText } from '../validation/fields';

/** What the officer (or ICT at triage) says about a suggested overlap. */
export const OVERLAP_VERDICTS = { replaces: 'This replaces it', different: 'This is different' } as const;
export type OverlapVerdict = keyof typeof OVERLAP_VERDICTS;

export const overlapNoteInputSchema = z
  .object({
    verdict: z.enum(['replaces', 'different'], { error: 'Say whether this replaces it (replaces) or is different (different).' }),
    reason: optionalText('Why it is different', LIMITS.longText),
  })
  .strict()
  .refine((note) => note.verdict !== 'different' || (note.reason ?? '') !== '', { error: 'Say why this is different.', path: ['reason'] });
export type OverlapNoteInput = z.infer<typeof overlapNoteInputSchema>;

/** One note per request and suggested application or request, kept under the request. */
export interface OverlapNote {
  /** The application's or request's id. */
  id: string;
  organisationId: string;
  requestId: string;
  target: { kind: 'application' | 'request'; id: string; name: string };
  verdict: OverlapVerdict;
  reason?: string;
  by: { id: string; name: string };
  at: string;
}
