import { z } from 'zod';
import { isFinancialYear } from '../actions/financial-year';
import { money, requiredText } from '../validation/fields';

/** The most financial years a request's budget is profiled over (a five-year strategy and a little). */
export const MAX_BUDGET_YEARS = 10;
/** The most partners that share one project's costs. */
export const MAX_PARTNER_SHARES = 10;

/** A project's money in one financial year (April to March, "2026/27"): capital and revenue apart, whole pounds. */
export interface BudgetYear {
  year: string;
  capital: number;
  revenue: number;
}

/** One partner council's share of a shared project's costs, in per cent (up to two decimal places). */
export interface PartnerShare {
  council: string;
  percent: number;
}

const budgetYearSchema = z
  .object({
    year: z.string({ error: 'Year must be a financial year such as 2026/27.' }).refine(isFinancialYear, { error: 'Year must be a financial year such as 2026/27.' }),
    capital: money('Capital'),
    revenue: money('Revenue'),
  })
  .strict();

/**
 * A request's capital and revenue profile by financial year: each year once, in any order (stored
 * in year order), never negative.
 */
export const budgetProfileSchema = z
  .array(budgetYearSchema, { error: 'Budget by year must be a list of years.' })
  .min(1, { error: 'Give at least one year, or clear the budget profile with null.' })
  .max(MAX_BUDGET_YEARS, { error: `Budget by year can cover at most ${MAX_BUDGET_YEARS} financial years.` })
  .superRefine((years, context) => {
    const seen = new Set<string>();
    years.forEach((entry, index) => {
      if (seen.has(entry.year)) context.addIssue({ code: 'custom', path: [index, 'year'], message: `${entry.year} appears more than once; give each financial year once.` });
      seen.add(entry.year);
    });
  })
  .transform((years) => [...years].sort((a, b) => a.year.localeCompare(b.year)));

/** Shares are kept to two decimal places; their sum may differ from 100 by rounding of at most this. */
const SHARE_TOLERANCE = 0.005;

/** The sum of the shares, rounded to two decimal places (what a person adding them up would see). */
export function totalShare(shares: readonly PartnerShare[]): number {
  return Math.round(shares.reduce((sum, share) => sum + share.percent, 0) * 100) / 100;
}

/**
 * Who pays for a shared project and in what proportion: each council once, each share more than
 * 0% and at most 100%, and the shares adding up to 100%.
 */
export const partnerSharesSchema = z
  .array(
    z
      .object({
        council: requiredText('Partner council'),
        percent: z
          .number({ error: 'Share must be a percentage.' })
          .gt(0, { error: 'Share must be more than 0%.' })
          .max(100, { error: 'Share cannot be more than 100%.' })
          .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { error: 'Share can have at most two decimal places.' }),
      })
      .strict(),
    { error: 'Partner shares must be a list.' },
  )
  .min(1, { error: 'Give at least one partner share, or clear the shares with null.' })
  .max(MAX_PARTNER_SHARES, { error: `At most ${MAX_PARTNER_SHARES} partners can share a project.` })
  .superRefine((shares, context) => {
    const seen = new Set<string>();
    shares.forEach((share, index) => {
      const name = share.council.toLowerCase();
      if (seen.has(name)) context.addIssue({ code: 'custom', path: [index, 'council'], message: `${share.council} appears more than once; give each council one share.` });
      seen.add(name);
    });
    const total = totalShare(shares);
    if (Math.abs(total - 100) > SHARE_TOLERANCE) {
      context.addIssue({ code: 'custom', message: `Partner shares must add up to 100%; these add up to ${total}%.` });
    }
  });

/** A partner's part of an amount, in pounds (not rounded: round once, when a total is shown). */
export function partnerPart(amount: number, share: PartnerShare): number {
  return (amount * share.percent) / 100;
}
