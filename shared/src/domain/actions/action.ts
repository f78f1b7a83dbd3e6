import { z } from 'zod';
import { LIMITS, text } from '../validation/fields';
import { applyMergePatch, mergePatchSchema } from '../validation/merge-patch';

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export const ASSURANCE_LEVELS = ['high', 'satisfactory', 'partial', 'minimal'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

/** Where an action came from: the strategy's plan, or an agreed internal-audit action. */
export type ActionSource =
  | { kind: 'strategy' }
  | { kind: 'internal_audit'; auditTitle: string; assurance: AssuranceLevel };

/** A line of the annual action plan or an agreed audit action. */
export interface Action {
  id: string;
  organisationId: string;
  /** The plan's own reference, e.g. "A1.3". */
  reference: string;
  title: string;
  themeId: string;
  owner: string;
  dueDate: string;
  /** A later due date agreed since (the original stays, as committees ask what slipped). */
  revisedDueDate?: string;
  /** Audit recommendations and plan actions carry a priority; absent when none was set. */
  priority?: ActionPriority;
  /** Financial year, e.g. "2025/26". */
  financialYear: string;
  status: ActionStatus;
  progressNote: string;
  progressUpdatedAt?: string;
  source: ActionSource;
  createdAt: string;
  updatedAt: string;
}

export const actionStatusSchema = z.enum(ACTION_STATUSES, {
  error: `Status must be one of: ${ACTION_STATUSES.join(', ')}.`,
});

/** What the action owner keeps up to date: progress and status. */
export const actionProgressSchema = z.object({
  status: actionStatusSchema,
  progressNote: text('Progress note', LIMITS.longText),
});

/** Updating an action: a merge patch of its progress fields. */
export const actionUpdateSchema = mergePatchSchema(actionProgressSchema);
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const actionFilterSchema = z
  .object({
    year: z.string().regex(/^\d{4}\/\d{2}$/, { error: 'Year must look like 2025/26.' }).optional(),
    theme: z.string().max(64).optional(),
    status: actionStatusSchema.optional(),
    source: z.enum(['strategy', 'internal_audit'], { error: 'Source must be strategy or internal_audit.' }).optional(),
  })
  .strict();
export type ActionFilter = z.infer<typeof actionFilterSchema>;

export function matchesActionFilter(action: Action, filter: ActionFilter): boolean {
  return (
    (filter.year === undefined || action.financialYear === filter.year) &&
    (filter.theme === undefined || action.themeId === filter.theme) &&
    (filter.status === undefined || action.status === filter.status) &&
    (filter.source === undefined || action.source.kind === filter.source)
  );
}

/** Applies an update to an action; pure, returns the changed action. */
export function applyActionUpdate(action: Action, update: ActionUpdate, now: string): Action {
  const progressChanged = update.progressNote !== undefined && update.progressNote !== action.progressNote;
  return {
    ...applyMergePatch(action, update),
    progressUpdatedAt: progressChanged || update.status !== undefined ? now : action.progressUpdatedAt,
    updatedAt: now,
  };
}
