import { defineRoute, type ApiRoute } from '../api/api-route';
import { appErrors } from '../errors/app-error';
import type { DirectoryProfile, UserDirectory } from './user-directory';

/** A directory that can read the signed-in person's own profile with their token (on-behalf-of). */
interface DelegatedDirectory extends UserDirectory {
  getSignedInProfile(userToken: string): Promise<DirectoryProfile>;
}

function canActForUser(directory: UserDirectory): directory is DelegatedDirectory {
  return typeof (directory as Partial<DelegatedDirectory>).getSignedInProfile === 'function';
}

/**
 * `GET /api/v1/me/profile`: the signed-in person as the organisation's directory knows them
 * (name, email, department, job title), for the tab's and task pane's header and the intake
 * form's defaults. With Microsoft Graph it is read on the person's behalf (their own `User.Read`),
 * so the answer is exactly what they may see; locally the demo directory answers.
 */
export function buildProfileRoutes({ directory }: { directory: UserDirectory }): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/me/profile',
      permission: 'me:read',
      handle: async ({ request, principal }) => {
        const token = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1];
        const profile = canActForUser(directory) && token ? await directory.getSignedInProfile(token) : await directory.getProfile(principal.id, principal.tenantId);
        if (!profile) throw appErrors.notFound('Your profile in the directory');
        return { body: profile };
      },
    }),
  ];
}
