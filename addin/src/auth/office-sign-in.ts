import type { OfficeHost } from '../office/office-host';
import { SignInError, type TokenProvider } from './token-provider';

/** Where the add-in's Entra app is: put in the task pane URL by the manifest (see renderWordManifest). */
export interface SsoSettings {
  clientId?: string;
  /** The API scope, e.g. api://entrancehall.example.gov.uk/<client id>/access_as_user. */
  apiScope?: string;
}

export function readSsoSettings(search: string): SsoSettings {
  const params = new URLSearchParams(search);
  const clientId = params.get('clientId') ?? undefined;
  const apiScope = params.get('scope') ?? undefined;
  return { ...(clientId ? { clientId } : {}), ...(apiScope ? { apiScope } : {}) };
}

/** The part of `OfficeRuntime` (office-runtime typings are not installed) the legacy SSO path uses. */
interface OfficeRuntimeAuth {
  auth?: { getAccessToken: (options: { allowSignInPrompt: boolean; allowConsentPrompt: boolean; forMSGraphAccess: boolean }) => Promise<string> };
}

/** Office's SSO error codes (13xxx) in the author's words. */
function describeOfficeSsoError(error: unknown): string {
  const code = (error as { code?: number } | undefined)?.code;
  switch (code) {
    case 13001:
      return 'Sign in to Office with your work account, then open Entrance Hall again.';
    case 13002:
      return 'Sign-in was cancelled. Choose "Sign in" to try again.';
    case 13003:
      return 'Entrance Hall needs a work or school account; personal Microsoft accounts cannot sign in.';
    case 13012:
    case 13013:
      return 'This version of Office cannot sign you in to Entrance Hall. Use Word for the web or a current Microsoft 365 version of Word.';
    default:
      return 'Office could not sign you in to Entrance Hall. Try again; if it keeps failing, ask your IT service desk to check the add-in’s single sign-on set-up.';
  }
}

/**
 * Signs the author in with Office: nested app authentication (MSAL in the host) where Word
 * supports it — Microsoft's recommended way — else the older `OfficeRuntime.auth.getAccessToken`.
 * When neither is there, it says so plainly.
 */
export function createOfficeTokenProvider(host: OfficeHost, settings: SsoSettings): TokenProvider {
  const { clientId, apiScope } = settings;
  if (host.nestedAppAuth && clientId && apiScope) {
    const application = import('@azure/msal-browser').then(({ createNestablePublicClientApplication }) =>
      createNestablePublicClientApplication({ auth: { clientId, authority: 'https://login.microsoftonline.com/organizations' } }),
    );
    return async () => {
      const client = await application;
      const request = { scopes: [apiScope] };
      try {
        return (await client.acquireTokenSilent(request)).accessToken;
      } catch {
        try {
          return (await client.acquireTokenPopup(request)).accessToken;
        } catch (error) {
          throw new SignInError('Office could not sign you in to Entrance Hall. Try again, or ask your IT service desk to check the add-in’s sign-in set-up.', { cause: error });
        }
      }
    };
  }
  const officeAuth = (globalThis as { OfficeRuntime?: OfficeRuntimeAuth }).OfficeRuntime?.auth;
  if (typeof officeAuth?.getAccessToken === 'function') {
    return async () => {
      try {
        return await officeAuth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
      } catch (error) {
        throw new SignInError(describeOfficeSsoError(error), { cause: error });
      }
    };
  }
  return async () => {
    throw new SignInError('This version of Office cannot sign you in to Entrance Hall (single sign-on is not available). Use Word for the web or a current Microsoft 365 version of Word.');
  };
}
