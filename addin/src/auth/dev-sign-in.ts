import type { TokenProvider } from './token-provider';
import { SignInError } from './token-provider';

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

/** Tokens for one demo user from `GET /dev/token?user=`, fetched again when the API asks. */
export function createDevTokenProvider(userId: string, baseUrl = ''): TokenProvider {
  let token: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(`${baseUrl}/dev/token?user=${encodeURIComponent(userId)}`, { cache: 'no-store' });
    if (!response.ok) throw new SignInError(`The local server would not sign in ${userId}.`);
    return ((await response.json()) as { token: string }).token;
  };
  return (options = {}) => {
    if (!token || options.refresh) {
      token = fetchToken();
      token.catch(() => (token = undefined));
    }
    return token;
  };
}
