import type { DirectoryProfile, RoleHolders, UserDirectory } from '../src/domain/identity/user-directory';
import type { Role } from '../src/domain/identity/roles';
import { DEMO_USERS } from './demo-users';

/** The demo councils' people, for local runs and tests (no Entra app configured). */
export class DemoUserDirectory implements UserDirectory, RoleHolders {
  async getProfile(userId: string): Promise<DirectoryProfile | undefined> {
    const user = DEMO_USERS.find((candidate) => candidate.id === userId);
    return user && { id: user.id, displayName: user.name, mail: user.email, department: user.department, jobTitle: user.jobTitle };
  }

  /** The demo users given this role in these tenants (their roles are those of their dev tokens). */
  async peopleWithRole(role: Role, tenantIds: readonly string[]): Promise<DirectoryProfile[]> {
    const holders = DEMO_USERS.filter((user) => tenantIds.includes(user.tenantId) && user.roles.includes(role));
    return Promise.all(holders.map(async (user) => (await this.getProfile(user.id))!));
  }
}
