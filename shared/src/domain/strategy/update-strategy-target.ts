import { z } from 'zod';
import type { FieldChange } from '../audit/audit-event';
import { assertCurrentVersion, commitChange } from '../context/commit-change';
import { buildAuditEvent, type DomainContext } from '../context/domain-context';
import { appErrors, type FieldError } from '../errors/app-error';
import { assertCan, can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../ports/versioned';
import { isoDate, optionalText, requiredText } from '../validation/fields';
import { applyMergePatch, mergePatchSchema } from '../validation/merge-patch';
import { parseInput } from '../validation/parse-input';
import { getCurrentStrategy } from './get-strategy';
import type { Strategy } from './strategy';
import type { StrategyTarget, TargetUnit } from './strategy-target';

export const TARGET_UNITS = { count: 'Count', percent: 'Percentage', pounds: 'Pounds', days: 'Days' } as const satisfies Record<TargetUnit, string>;
const UNIT_IDS = Object.keys(TARGET_UNITS) as [TargetUnit, ...TargetUnit[]];

/** A figure of a measure: a number, never negative (counts, percentages, pounds and days all start at 0). */
function figure(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .refine((value) => Number.isFinite(value), { error: `${label} must be a number.` })
    .refine((value) => value >= 0, { error: `${label} cannot be negative.` })
    .refine((value) => value <= 1_000_000_000, { error: `${label} must be 1,000,000,000 or less.` });
}

/** The fields of a target people may change: its definition (administrators) and its latest measurement (ICT too). */
export const strategyTargetFieldsSchema = z.object({
  measure: requiredText('Measure'),
  unit: z.enum(UNIT_IDS, { error: `Unit must be one of: ${UNIT_IDS.join(', ')}.` }),
  baseline: figure('Baseline'),
  baselineDate: isoDate('Baseline date'),
  target: figure('Target'),
  targetDate: isoDate('Target date'),
  current: figure('Current figure').optional(),
  currentDate: isoDate('Date measured').optional(),
  owner: optionalText('Owner'),
});

/** A merge patch of one target (`null` clears an optional field). */
export const updateStrategyTargetSchema = mergePatchSchema(strategyTargetFieldsSchema);
export type StrategyTargetUpdate = z.output<typeof updateStrategyTargetSchema>;

/** What ICT records: the latest figure and the day it was measured. Everything else is the target's definition. */
const MEASUREMENT_FIELDS: readonly string[] = ['current', 'currentDate'];

/**
 * Rules across fields, on the whole target after the patch: a measurement has its date, is not
 * dated in the future nor before the baseline; a percentage is at most 100; the target date
 * follows the baseline date.
 */
export function checkStrategyTargetRules(target: StrategyTarget, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (target.current !== undefined && target.currentDate === undefined) errors.push({ field: 'currentDate', message: 'Say when the current figure was measured.' });
  if (target.current === undefined && target.currentDate !== undefined) errors.push({ field: 'current', message: 'Give the figure measured on that date.' });
  if (target.currentDate !== undefined && target.currentDate > today) errors.push({ field: 'currentDate', message: 'A measurement cannot be dated in the future.' });
  if (target.currentDate !== undefined && target.currentDate < target.baselineDate) errors.push({ field: 'currentDate', message: 'A measurement cannot be dated before the baseline.' });
  if (target.targetDate <= target.baselineDate) errors.push({ field: 'targetDate', message: 'The target date must come after the baseline date.' });
  if (target.unit === 'percent') {
    for (const field of ['baseline', 'target', 'current'] as const) {
      const value = target[field];
      if (value !== undefined && value > 100) errors.push({ field, message: 'A percentage cannot be more than 100.' });
    }
  }
  return errors;
}

/**
 * Records a target's latest measurement, or changes its definition, as a merge patch of the
 * strategy version the person read (If-Match on the strategy). ICT records the current figure with
 * its date; only an administrator changes the measure, unit, baseline, target or owner. The audit
 * event is written in the same transaction as the strategy.
 */
export async function updateStrategyTarget(context: DomainContext, principal: Principal, targetId: string, input: unknown, etag: string): Promise<Versioned<Strategy>> {
  assertCan(principal, 'strategy:measure', 'Only ICT and administrators can record a strategy target’s measurement.');
  const patch = parseInput(updateStrategyTargetSchema, input);
  const definitionFields = Object.keys(patch).filter((field) => !MEASUREMENT_FIELDS.includes(field));
  if (definitionFields.length > 0 && !can(principal, 'strategy:define')) {
    throw appErrors.forbidden(`Only an administrator can change a target’s ${definitionFields.join(', ')}; ICT records the current figure and the date it was measured.`);
  }
  const current = await getCurrentStrategy(context, principal);
  const targets = current.value.targets ?? [];
  const before = targets.find((target) => target.id === targetId);
  if (!before) throw appErrors.notFound(`Target ${targetId} of the strategy`);
  assertCurrentVersion(current, etag, 'strategy');
  const after = applyMergePatch(before, patch);
  const errors = checkStrategyTargetRules(after, context.now().slice(0, 10));
  if (errors.length > 0) throw appErrors.validation(errors);

  const now = context.now();
  const next: Strategy = { ...current.value, targets: targets.map((target) => (target.id === targetId ? after : target)), updatedAt: now };
  const changes: FieldChange[] = Object.keys(patch)
    .filter((field) => JSON.stringify(before[field as keyof StrategyTarget]) !== JSON.stringify(after[field as keyof StrategyTarget]))
    .map((field) => ({ field: `targets.${targetId}.${field}`, from: before[field as keyof StrategyTarget] ?? null, to: after[field as keyof StrategyTarget] ?? null }));
  const summary =
    definitionFields.length === 0
      ? `Target ${targetId} (${after.measure}) measured by ${principal.name}: ${after.current ?? 'cleared'}${after.currentDate ? ` on ${after.currentDate}` : ''}`
      : `Target ${targetId} (${after.measure}) changed by ${principal.name}`;
  const event = buildAuditEvent(context, principal, 'strategy', current.value.id, 'updated', summary, changes, now);
  const replace = context.repos.strategies.replaceOp(next, etag);
  const committed = await commitChange(context, principal.organisationId, [replace, context.repos.audit.createOp(event)], 'strategy', () => context.repos.strategies.get(principal.organisationId, current.value.id));
  return { value: next, etag: committed.etagOf(replace) };
}
