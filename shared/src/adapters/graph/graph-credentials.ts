import { ConfidentialClientApplication, ManagedIdentityApplication, type Configuration } from '@azure/msal-node';
import { AppError } from '../../domain/errors/app-error';
import { MICROSOFT_IDENTITY_HOSTS } from '../config/config';

export interface GraphCredentialOptions {
  /** The API's Entra app registration: the audience of the tab's and add-in's tokens. */
  clientId: string;
  tenantId: string;
  /** A client secret of that registration… */
  clientSecret?: string;
  /**
   * …or, with no secret anywhere, the client id of a user-assigned managed identity that the
   * registration trusts through a federated identity credential (App Service hands out its tokens).
   */
  managedIdentityClientId?: string;
  /**
   * `https://login.microsoftonline.com` (or a national cloud's, such as `https://login.microsoftonline.us`).
   * Any other https host is trusted as given: see `buildMsalConfiguration`.
   */
  authorityHost?: string;
  /** `https://graph.microsoft.com` (or a national cloud's); scopes are built from it. */
  graphBaseUrl?: string;
  /**
   * OpenID metadata of the authority, as a JSON string, so msal-node does not fetch it: for a
   * network that cannot reach the discovery endpoint, and for tests against a local stand-in.
   */
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
}

/** Access tokens for Microsoft Graph, as the app itself or on behalf of the signed-in user. */
export interface GraphCredentials {
  /** An app-only token (client credentials): the bot's look-ups of officers. */
  getAppToken(): Promise<string>;
  /** A delegated token for the user whose API token this is (on-behalf-of flow). */
  getTokenOnBehalfOf(userToken: string): Promise<string>;
}

/** The audience Entra expects of a managed identity's token used as a federated client assertion. */
const TOKEN_EXCHANGE_RESOURCE = 'api://AzureADTokenExchange';

/**
 * Builds the credentials with msal-node. msal-node caches tokens in memory and refreshes them
 * before they expire, so every call here is cheap after the first.
 */
export function createGraphCredentials(options: GraphCredentialOptions): GraphCredentials {
  const graphBaseUrl = (options.graphBaseUrl ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  const application = new ConfidentialClientApplication(buildMsalConfiguration(options));
  return {
    getAppToken: async () => {
      const result = await withGraphSignInErrors(() => application.acquireTokenByClientCredential({ scopes: [`${graphBaseUrl}/.default`] }));
      return requireToken(result?.accessToken);
    },
    getTokenOnBehalfOf: async (userToken) => {
      const result = await withGraphSignInErrors(() => application.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes: [`${graphBaseUrl}/User.Read`] }));
      return requireToken(result?.accessToken);
    },
  };
}

function buildMsalConfiguration(options: GraphCredentialOptions): Configuration {
  const authorityHost = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const authority = `${authorityHost}/${options.tenantId}`;
  const metadata = {
    ...(options.authorityMetadata ? { authorityMetadata: options.authorityMetadata } : {}),
    ...(options.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: options.cloudDiscoveryMetadata } : {}),
    ...knownAuthorityFor(authorityHost),
  };
  // The managed identity wins over a secret: production refuses both together, and a federated
  // credential is the one that cannot leak or expire.
  if (options.managedIdentityClientId) {
    const managedIdentity = new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: options.managedIdentityClientId } });
    const clientAssertion = async () => requireToken((await managedIdentity.acquireToken({ resource: TOKEN_EXCHANGE_RESOURCE })).accessToken);
    return { auth: { clientId: options.clientId, authority, clientAssertion, ...metadata } };
  }
  if (options.clientSecret) return { auth: { clientId: options.clientId, authority, clientSecret: options.clientSecret, ...metadata } };
  throw new AppError('internal', 'Microsoft Graph needs a client secret or a managed identity; neither is configured.');
}

/**
 * msal-node knows Microsoft's clouds (public, US Government, China) and asks Microsoft's instance
 * discovery about any other authority, refusing it unless Entra vouches for it ("untrusted_authority"),
 * so a private cloud, a sign-in host behind a proxy, or a test stand-in could not be used at all.
 * The deployment chose the host, so another host is trusted as configured (msal's
 * `knownAuthorities`): its own OpenID metadata (`<host>/<tenant>/v2.0/.well-known/openid-configuration`)
 * names the token endpoint. Production allows Microsoft's hosts only (config.ts), so there this never applies.
 */
function knownAuthorityFor(authorityHost: string): Pick<Configuration['auth'], 'knownAuthorities'> {
  const host = new URL(authorityHost).host;
  return (MICROSOFT_IDENTITY_HOSTS as readonly string[]).includes(host) ? {} : { knownAuthorities: [host] };
}

function requireToken(token: string | undefined): string {
  if (!token) throw new AppError('unavailable', 'Microsoft Entra ID did not return a token for Microsoft Graph; try again shortly.');
  return token;
}

const CONSENT_ERRORS = new Set(['invalid_grant', 'interaction_required', 'consent_required']);

/**
 * msal errors name the Entra error code (AADSTS…) and never the secret; the person using the app
 * gets a sentence, the logs keep the code through `cause`.
 */
async function withGraphSignInErrors<T>(acquire: () => Promise<T>): Promise<T> {
  try {
    return await acquire();
  } catch (error) {
    const code = (error as { errorCode?: string }).errorCode ?? '';
    const needsConsent = CONSENT_ERRORS.has(code);
    const appError = needsConsent
      ? new AppError('forbidden', 'Entrance Hall may not read your profile yet: an administrator must grant it consent in Microsoft Entra ID.')
      : new AppError('unavailable', 'Entrance Hall could not sign in to Microsoft Graph just now; try again shortly.');
    throw Object.assign(appError, { cause: error });
  }
}
