/**
 * The browser side of local sign-in (AUTH_MODE=dev), shared by the tab and the Word task pane.
 * Browser-safe: only `fetch`.
 */

/** A demo user offered by the server's local sign-in (`GET /dev/users`). */
export interface DevUser {
  id: string;
  name: string;
  jobTitle?: string;
  department?: string;
  organisation: { id: string; name: string };
  roles: { id: string; label: string }[];
}

/** The demo users, or undefined when the server has no dev sign-in (every real deployment). */
export async function fetchDevUsers(baseUrl = ''): Promise<DevUser[] | undefined> {
  try {
    const response = await fetch(`${baseUrl}/dev/users`, { cache: 'no-store' });
    if (!response.ok) return undefined;
    return ((await response.json()) as { items: DevUser[] }).items;
  } catch {
    return undefined;
  }
}

/** Tokens for one demo user from `GET /dev/token?user=`; fetched again when the API asks (`refresh`). */
export function createDevTokenProvider(
  userId: string,
  options: { baseUrl?: string; failure?: (message: string) => Error } = {},
): (request?: { refresh?: boolean }) => Promise<string> {
  let token: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(`${options.baseUrl ?? ''}/dev/token?user=${encodeURIComponent(userId)}`, { cache: 'no-store' });
    if (!response.ok) {
      const message = `The local server would not sign in ${userId}.`;
      throw options.failure ? options.failure(message) : new Error(message);
    }
    return ((await response.json()) as { token: string }).token;
  };
  return (request = {}) => {
    if (!token || request.refresh) {
      token = fetchToken();
      token.catch(() => (token = undefined));
    }
    return token;
  };
}
