import { appErrors } from '../errors/app-error';
import type { ProjectRequest, UpdateRequestInput } from '../requests/project-request';
import { MAX_BENEFITS, mergeBenefitsPatch } from './benefit';

/**
 * Turns the benefits part of a request's merge patch into the request's whole new set of benefits
 * (a benefit sent replaces that benefit, `null` removes it, the rest stay), so the request-level
 * merge patch can then replace the field. Other fields pass through untouched.
 */
export function applyBenefitsPatch(request: ProjectRequest, update: UpdateRequestInput): UpdateRequestInput {
  if (update.benefits === undefined) return update;
  const benefits = mergeBenefitsPatch(request.benefits, update.benefits);
  if (benefits && Object.keys(benefits).length > MAX_BENEFITS) {
    throw appErrors.validation([{ field: 'benefits', message: `A request can have at most ${MAX_BENEFITS} benefits.` }]);
  }
  return { ...update, benefits };
}
