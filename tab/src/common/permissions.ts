import type { Permission } from '@entrance-hall/shared/identity/permissions';
import type { Me } from '../api/api-types';

/** Whether the signed-in person has a permission, as the API told the tab in /api/v1/me. */
export function hasPermission(me: Pick<Me, 'permissions'>, permission: Permission): boolean {
  return me.permissions.includes(permission);
}
