import { z } from 'zod';
import type { Permission } from '../identity/permissions';
import { LIMITS, optionalText } from '../validation/fields';
import type { ProjectRequest } from './project-request';
import { stageSchema, type Stage } from './stage';

/** The body of `POST /api/v1/requests/:id/stage`. */
export const moveStageSchema = z
  .object({
    to: stageSchema,
    reason: optionalText('Reason', LIMITS.longText),
  })
  .strict();

/**
 * Who may move a request: anyone with `requests:stage` (ICT, the chair), and the requester, to
 * withdraw their own. The API refuses everyone else; the tab offers the move to no one else.
 */
export function mayMoveRequest(person: { id: string; permissions: readonly Permission[] }, request: Pick<ProjectRequest, 'requester'>, to: Stage): boolean {
  if (person.permissions.includes('requests:stage')) return true;
  return to === 'withdrawn' && request.requester.id === person.id && person.permissions.includes('requests:withdraw-own');
}
