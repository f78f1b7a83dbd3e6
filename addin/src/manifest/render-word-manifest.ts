// A relative import: this module is also loaded by the packaging script outside the bundler.
import { escapeXml } from '@entrance-hall/shared/domain/reports/xml-escape';
import { WORD_MANIFEST_TEMPLATE } from './word-manifest-template';

/** The add-in's id in every tenant; changing it makes Office treat it as a different add-in. */
export const WORD_ADDIN_ID = '55cfb571-5408-4752-b588-3de797be8215';

export interface WordManifestOptions {
  /** The server's public HTTPS address (PUBLIC_URL), e.g. https://entrancehall.example.gov.uk. */
  baseUrl: string;
  /** Manifest version, four parts (Office caches by it). */
  version?: string;
  /** The Entra app (client) id, for Office single sign-on; without it the add-in has no SSO. */
  clientId?: string;
  /** The Entra app's application ID URI, e.g. api://entrancehall.example.gov.uk/<client id>. */
  resource?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the base URL: Office loads add-ins only over HTTPS, and the manifest needs a bare origin. */
function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`The add-in's base URL "${baseUrl}" is not a URL.`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office loads add-ins only over HTTPS; "${baseUrl}" is not https.`);
  if (url.search || url.hash || url.username || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`The add-in's base URL must be just the server's address (https://host[:port]), not "${baseUrl}".`);
  }
  return url.origin;
}

/**
 * The XML manifest of the Word add-in for a deployment: every URL under `baseUrl`, icons from
 * /addin/assets, WordApi 1.3 required (newer sets are detected at run time), and — when a client
 * id is given — WebApplicationInfo for Office SSO, with the id and scope passed to the task pane
 * for nested app authentication.
 */
export function renderWordManifest(options: WordManifestOptions): string {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const version = options.version ?? '1.0.0.0';
  if (!/^\d+(\.\d+){3}$/.test(version)) throw new Error(`The manifest version must have four numbers (1.0.0.0), not "${version}".`);
  if (options.clientId !== undefined && !GUID.test(options.clientId)) throw new Error('The client id must be the Entra app’s id (a GUID).');
  const sso = options.clientId !== undefined;
  const resource = options.resource ?? (sso ? `api://${new URL(baseUrl).host}/${options.clientId}` : '');
  if (sso && !/^api:\/\/.+/.test(resource)) throw new Error('The SSO resource must be the Entra app’s application ID URI (api://…).');
  const taskpane = new URL('/addin/index.html', baseUrl);
  if (sso) {
    taskpane.searchParams.set('clientId', options.clientId!);
    taskpane.searchParams.set('scope', `${resource}/access_as_user`);
  }
  const values: Record<string, string> = {
    id: WORD_ADDIN_ID,
    version,
    baseUrl,
    assets: `${baseUrl}/addin/assets`,
    taskpaneUrl: taskpane.toString(),
    clientId: options.clientId ?? '',
    resource,
  };
  return WORD_MANIFEST_TEMPLATE.replace(/\{\{#sso\}\}([\s\S]*?)\{\{\/sso\}\}/g, (_, block: string) => (sso ? block : '')).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The manifest template names an unknown value {{${name}}}.`);
    return escapeXml(value);
  });
}
