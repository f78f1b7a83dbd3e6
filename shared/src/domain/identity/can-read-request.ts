import type { ProjectRequest } from '../requests/project-request';
import { can } from './permissions';
import type { Principal } from './roles';

/** Officers see the requests they made; governance roles see the organisation's portfolio. */
export function canReadRequest(principal: Principal, request: ProjectRequest): boolean {
  return request.organisationId === principal.organisationId && (can(principal, 'requests:read-all') || request.requester.id === principal.id);
}
