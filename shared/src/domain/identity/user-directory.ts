import type { Role } from './roles';

/** What Entrance Hall needs to know about a person from the organisation's directory. */
export interface DirectoryProfile {
  id: string;
  displayName: string;
  mail?: string;
  department?: string;
  jobTitle?: string;
}

/**
 * Looks people up in the directory: Microsoft Graph in a tenant, the demo directory locally.
 * Both answer at this one interface.
 */
export interface UserDirectory {
  /** The profile of a user by Entra object id, or undefined when the directory has no such user. */
  getProfile(userId: string, tenantId?: string): Promise<DirectoryProfile | undefined>;
}

/**
 * Who holds an Entrance Hall role in an organisation's tenants (the bot tells the ICT people of
 * overdue benefits reviews). The demo directory answers locally; in a tenant the Graph directory
 * reads the Entra app-role assignments and the AUTH_GROUP_ROLES groups.
 */
export interface RoleHolders {
  peopleWithRole(role: Role, tenantIds: readonly string[]): Promise<DirectoryProfile[]>;
}
