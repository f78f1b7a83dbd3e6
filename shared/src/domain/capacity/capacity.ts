import { z } from 'zod';
import { money, wholeNumber } from '../validation/fields';

/** ICT days and budget available in one quarter of a financial year. */
export interface QuarterCapacity {
  organisationId: string;
  /** e.g. "2026-27-Q1" (see financial-year.ts). */
  quarterId: string;
  ictDays: number;
  budget: number;
  updatedAt: string;
}

export const setCapacitySchema = z
  .object({
    ictDays: wholeNumber('ICT days', 0, 100_000),
    budget: money('Budget'),
  })
  .strict();
export type SetCapacityInput = z.infer<typeof setCapacitySchema>;
