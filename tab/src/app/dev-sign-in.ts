import type { DevUser } from '../api/api-types';

const CHOSEN_USER_KEY = 'entrance-hall.dev-user';

/** The demo users, or undefined when the server has no dev sign-in (production, AUTH_MODE=entra). */
export async function fetchDevUsers(): Promise<DevUser[] | undefined> {
  try {
    const response = await fetch('/dev/users', { cache: 'no-store' });
    if (!response.ok) return undefined;
    return ((await response.json()) as { items: DevUser[] }).items;
  } catch {
    return undefined;
  }
}

/** A token provider for a demo user, from the server's /dev/token; a fresh one on refresh. */
export function createDevTokenProvider(userId: string): (options?: { refresh?: boolean }) => Promise<string> {
  let token: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(`/dev/token?user=${encodeURIComponent(userId)}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`No dev token for ${userId}`);
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

/** The demo user chosen earlier in this browser tab, so a reload keeps them. */
export function rememberedDevUser(): string | undefined {
  try {
    return sessionStorage.getItem(CHOSEN_USER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDevUser(userId: string | undefined): void {
  try {
    if (userId) sessionStorage.setItem(CHOSEN_USER_KEY, userId);
    else sessionStorage.removeItem(CHOSEN_USER_KEY);
  } catch {
    // Storage may be blocked (private mode, Teams policies): the choice just does not survive a reload.
  }
}
