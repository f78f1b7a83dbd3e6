import { appErrors } from '../errors/app-error';
import type { Principal, Role } from './roles';

/** What a route or command needs. Each route states one. */
export type Permission =
  | 'me:read'
  | 'strategy:read'
  | 'actions:read'
  | 'actions:read-audit'
  | 'actions:update'
  | 'requests:create'
  | 'requests:read'
  | 'requests:read-all'
  | 'requests:update'
  | 'requests:update-own'
  | 'requests:sequence'
  | 'requests:score'
  | 'requests:stage'
  | 'requests:withdraw-own'
  | 'decisions:record'
  | 'governance:read'
  | 'meetings:manage'
  | 'audit:read'
  | 'reports:read'
  | 'benefits:record'
  | 'benefits:record-own'
  | 'settings:manage'
  | 'decisions:record-body'
  | 'applications:read'
  | 'applications:manage'
  | 'strategy:measure'
  | 'strategy:define';

/** Everyone signed in: propose projects, complete and withdraw their own, read the strategy and plan. */
const EVERYONE: Permission[] = ['me:read', 'strategy:read', 'actions:read', 'requests:create', 'requests:read', 'requests:update-own', 'requests:withdraw-own', 'benefits:record-own'];
/** Governance roles also read the whole portfolio, its history, the report tables and internal-audit actions (the audit-actions table's readers). */
const GOVERNANCE_READER: Permission[] = [...EVERYONE, 'requests:read-all', 'governance:read', 'audit:read', 'reports:read', 'actions:read-audit', 'applications:read'];

/**
 * One table of who may do what: the policy every surface applies. With the permission each route
 * declares it makes the role × route matrix (route-access.ts, rendered in docs/decisions.md).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  Officer: EVERYONE,
  ICT: [...GOVERNANCE_READER, 'actions:update', 'requests:update', 'requests:score', 'requests:stage', 'requests:sequence', 'meetings:manage', 'benefits:record', 'applications:manage', 'strategy:measure'],
  SteeringChair: [...GOVERNANCE_READER, 'decisions:record', 'decisions:record-body', 'requests:stage', 'requests:sequence', 'meetings:manage'],
  SteeringMember: GOVERNANCE_READER,
  ReportAuthor: GOVERNANCE_READER,
  Admin: [...GOVERNANCE_READER, 'actions:update', 'requests:update', 'meetings:manage', 'benefits:record', 'settings:manage', 'decisions:record-body', 'applications:manage', 'strategy:measure', 'strategy:define'],
};

export function can(principal: Pick<Principal, 'roles'>, permission: Permission): boolean {
  return principal.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function assertCan(principal: Pick<Principal, 'roles'>, permission: Permission, message?: string): void {
  if (!can(principal, permission)) throw appErrors.forbidden(message);
}

export function permissionsOf(principal: Pick<Principal, 'roles'>): Permission[] {
  return [...new Set(principal.roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort();
}
