import type { FieldError } from '../errors/app-error';
import type { RequestFields } from '../requests/project-request';
import { findCorporatePriority, findTheme, type Strategy } from './strategy';

/** A request may only name themes and priorities of its organisation's current strategy. */
export function checkStrategyLinks(strategy: Strategy | undefined, fields: Partial<Pick<RequestFields, 'themeIds' | 'corporatePriorityId'>>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [index, themeId] of (fields.themeIds ?? []).entries()) {
    if (!strategy || !findTheme(strategy, themeId)) errors.push({ field: `themeIds.${index}`, message: `"${themeId}" is not a theme of the current strategy.` });
  }
  if (fields.corporatePriorityId && (!strategy || !findCorporatePriority(strategy, fields.corporatePriorityId))) {
    errors.push({ field: 'corporatePriorityId', message: `"${fields.corporatePriorityId}" is not a corporate priority of the current strategy.` });
  }
  return errors;
}
