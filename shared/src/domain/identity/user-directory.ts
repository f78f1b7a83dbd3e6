import { DEMO_USERS } from '../demo/demo-users';

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

/** The demo councils' people, for local runs and tests (no Entra app configured). */
export class DemoUserDirectory implements UserDirectory {
  async getProfile(userId: string): Promise<DirectoryProfile | undefined> {
    const user = DEMO_USERS.find((candidate) => candidate.id === userId);
    return user && { id: user.id, displayName: user.name, mail: user.email, department: user.department, jobTitle: user.jobTitle };
  }
}
