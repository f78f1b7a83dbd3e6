import type { DirectoryProfile, UserDirectory } from '../src/domain/identity/user-directory';
import { DEMO_USERS } from './demo-users';

/** The demo councils' people, for local runs and tests (no Entra app configured). */
export class DemoUserDirectory implements UserDirectory {
  async getProfile(userId: string): Promise<DirectoryProfile | undefined> {
    const user = DEMO_USERS.find((candidate) => candidate.id === userId);
    return user && { id: user.id, displayName: user.name, mail: user.email, department: user.department, jobTitle: user.jobTitle };
  }
}
