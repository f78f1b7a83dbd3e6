import { createDevTokenProvider as createSharedDevTokenProvider } from '@entrance-hall/shared/browser/identity/dev-sign-in-client';
import { SignInError, type TokenProvider } from './token-provider';

export { fetchDevUsers, type DevUser } from '@entrance-hall/shared/browser/identity/dev-sign-in-client';

/** Tokens for one demo user; a refusal is a SignInError the pane shows in plain words. */
export function createDevTokenProvider(userId: string, baseUrl = ''): TokenProvider {
  return createSharedDevTokenProvider(userId, { baseUrl, failure: (message) => new SignInError(message) });
}
