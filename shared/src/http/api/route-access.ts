import { appErrors } from '../errors/app-error';
import { can, type Permission } from '../identity/permissions';
import { ROLES, ROLE_LABELS, type Principal, type Role } from '../identity/roles';

/** What a role may do on a route: anything, only with its own records, or nothing. */
export type RouteAccess = 'yes' | 'own' | 'no';

/** What a route declares about who may call it. */
export interface RouteAccessRule {
  method: string;
  path: string;
  /** Any one of these lets a caller use the route on any record it can see. */
  permission: Permission | readonly Permission[];
  /** Lets a caller use the route on their own records only (the command narrows it). */
  ownPermission?: Permission;
}

function permissionsOf(rule: RouteAccessRule): readonly Permission[] {
  return typeof rule.permission === 'string' ? [rule.permission] : rule.permission;
}

/** One cell of the role × route matrix, from the route's declaration and ROLE_PERMISSIONS. */
export function routeAccess(rule: RouteAccessRule, role: Role): RouteAccess {
  const principal = { roles: [role] };
  if (permissionsOf(rule).some((permission) => can(principal, permission))) return 'yes';
  if (rule.ownPermission && can(principal, rule.ownPermission)) return 'own';
  return 'no';
}

/** The route-level check: 403 unless one of the caller's roles has some access to the route. */
export function assertRouteAccess(principal: Pick<Principal, 'roles'>, rule: RouteAccessRule): void {
  if (!principal.roles.some((role) => routeAccess(rule, role) !== 'no')) throw appErrors.forbidden();
}

const CELL: Record<RouteAccess, string> = { yes: 'yes', own: 'own', no: '–' };

/** The role × route matrix as the Markdown table in docs/decisions.md (a test keeps the two equal). */
export function renderAccessMatrix(rules: readonly RouteAccessRule[]): string {
  const header = `| Route | ${ROLES.map((role) => ROLE_LABELS[role]).join(' | ')} |`;
  const divider = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = rules.map((rule) => `| \`${rule.method.toUpperCase()} ${rule.path}\` | ${ROLES.map((role) => CELL[routeAccess(rule, role)]).join(' | ')} |`);
  return [header, divider, ...rows].join('\n');
}
