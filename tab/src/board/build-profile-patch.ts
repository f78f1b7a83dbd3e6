import { totalShare, type BudgetYear, type PartnerShare } from '@entrance-hall/shared/domain/requests/budget-profile';
import { updateRequestSchema } from '@entrance-hall/shared/domain/requests/project-request';
import { toFieldErrors } from '@entrance-hall/shared/domain/validation/parse-input';
import type { RequestRecord } from '../api/api-types';

/** One budget row as typed: a financial year and two amounts, all text until saved. */
export interface BudgetRowDraft {
  year: string;
  capital: string;
  revenue: string;
}

/** One partner's share as typed. */
export interface ShareRowDraft {
  council: string;
  percent: string;
}

/**
 * What ICT types for a request's money profile and decision-route facts, as text: the budget by
 * financial year, the partners' shares, the wards it significantly affects and the day its
 * forward-plan notice was published.
 */
export interface ProfileDraft {
  budgetProfile: BudgetRowDraft[];
  partnerShares: ShareRowDraft[];
  wardsAffected: string;
  forwardPlanNoticeOn: string;
}
export type ProfileKey = keyof ProfileDraft;
export const PROFILE_KEYS: readonly ProfileKey[] = ['budgetProfile', 'partnerShares', 'wardsAffected', 'forwardPlanNoticeOn'];

type ProfileRecord = Pick<RequestRecord, ProfileKey>;

/** The record's values as the form shows them. */
export function profileDraftOf(record: ProfileRecord): ProfileDraft {
  return {
    budgetProfile: (record.budgetProfile ?? []).map((row) => ({ year: row.year, capital: String(row.capital), revenue: String(row.revenue) })),
    partnerShares: (record.partnerShares ?? []).map((share) => ({ council: share.council, percent: String(share.percent) })),
    wardsAffected: record.wardsAffected === undefined ? '' : String(record.wardsAffected),
    forwardPlanNoticeOn: record.forwardPlanNoticeOn ?? '',
  };
}

/**
 * A typed figure as a number when it reads as one ("50,000", "£50000", "12.5%"); blank is left
 * out; anything else is passed on as typed, so the domain's schema names the problem in its words.
 */
export function readFigure(typed: string): number | string | undefined {
  const bare = typed.replace(/[\s,£%]/g, '');
  if (bare === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(bare) ? Number(bare) : typed.trim();
}

const isBlank = (row: object) => Object.values(row).every((value) => String(value).trim() === '');

/** Budget rows as the API takes them; rows left wholly blank are not rows. */
function budgetValue(rows: readonly BudgetRowDraft[]): Partial<Record<keyof BudgetYear, unknown>>[] {
  return rows.filter((row) => !isBlank(row)).map((row) => withoutUndefined({ year: row.year.trim(), capital: readFigure(row.capital), revenue: readFigure(row.revenue) }));
}

function shareValue(rows: readonly ShareRowDraft[]): Partial<Record<keyof PartnerShare, unknown>>[] {
  return rows.filter((row) => !isBlank(row)).map((row) => withoutUndefined({ council: row.council.trim(), percent: readFigure(row.percent) }));
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** What one field of the draft means to the API; `null` clears it (an empty list, a blank box). */
function valueOf(draft: ProfileDraft, key: ProfileKey): unknown {
  switch (key) {
    case 'budgetProfile': {
      const rows = budgetValue(draft.budgetProfile);
      return rows.length === 0 ? null : rows;
    }
    case 'partnerShares': {
      const rows = shareValue(draft.partnerShares);
      return rows.length === 0 ? null : rows;
    }
    case 'wardsAffected':
      return readFigure(draft.wardsAffected) ?? null;
    case 'forwardPlanNoticeOn':
      return draft.forwardPlanNoticeOn.trim() || null;
  }
}

/**
 * The JSON merge patch for the fields the person touched (`edits`) whose meaning differs from the
 * record on screen, checked by the domain's own update schema: its messages come back keyed by
 * the field path the API would use (`partnerShares`, `budgetProfile.0.year`), and with any problem
 * the patch must not be sent.
 */
export function buildProfilePatch(record: ProfileRecord, edits: Partial<ProfileDraft>): { patch: Record<string, unknown>; problems: Record<string, string> } {
  const saved = profileDraftOf(record);
  const draft: ProfileDraft = { ...saved, ...edits };
  const patch: Record<string, unknown> = {};
  for (const key of PROFILE_KEYS) {
    if (!(key in edits)) continue;
    const value = valueOf(draft, key);
    if (JSON.stringify(value) !== JSON.stringify(valueOf(saved, key))) patch[key] = value;
  }
  return { patch, problems: checkPatch(patch) };
}

/** The domain's problems with a patch, by field path (first message per path); none for an empty patch. */
export function checkPatch(patch: Record<string, unknown>): Record<string, string> {
  if (Object.keys(patch).length === 0) return {};
  const result = updateRequestSchema.safeParse(patch);
  const problems: Record<string, string> = {};
  if (result.success) return problems;
  for (const { field, message } of toFieldErrors(result.error.issues)) problems[field] ??= message;
  return problems;
}

/**
 * The live running total of the shares typed so far and the domain's words when they do not add up
 * to 100% (nothing while no share is typed or a figure is not a number yet).
 */
export function describeShareTotal(rows: readonly ShareRowDraft[]): { total: number; problem?: string } | undefined {
  const shares = shareValue(rows);
  if (shares.length === 0 || shares.some((share) => typeof share.percent !== 'number')) return undefined;
  const total = totalShare(shares.map((share) => ({ council: String(share.council ?? ''), percent: share.percent as number })));
  const problem = checkPatch({ partnerShares: shares }).partnerShares;
  return problem ? { total, problem } : { total };
}

/** Capital, revenue and both together over the typed rows that read as figures. */
export function budgetTotals(rows: readonly BudgetRowDraft[]): { capital: number; revenue: number; total: number } {
  const sum = (key: 'capital' | 'revenue') => rows.reduce((total, row) => total + (typeof readFigure(row[key]) === 'number' ? (readFigure(row[key]) as number) : 0), 0);
  const capital = sum('capital');
  const revenue = sum('revenue');
  return { capital, revenue, total: capital + revenue };
}
