export { createDevTokenProvider, fetchDevUsers } from '@entrance-hall/shared/browser/identity/dev-sign-in-client';

const CHOSEN_USER_KEY = 'entrance-hall.dev-user';

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
