import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** What the add-in's renderer takes: the deployment's address and, for Office SSO, the Entra app. */
export interface WordManifestTarget {
  baseUrl: string;
  clientId?: string;
  resource?: string;
  /** Four numbers; Office caches the add-in by it. */
  version?: string;
}

export type WordManifestRenderer = (options: WordManifestTarget) => string;

/** Where the add-in keeps its manifest renderer (`renderWordManifest`). */
const WORD_MANIFEST_DIR = path.resolve(__dirname, '../../../addin/src/manifest');

/** The add-in's `renderWordManifest({ baseUrl })`, found in addin/src/manifest. */
export async function loadWordManifestRenderer(directory = WORD_MANIFEST_DIR): Promise<WordManifestRenderer> {
  const candidates = existsSync(directory) ? readdirSync(directory).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file)) : [];
  for (const file of candidates) {
    const module = (await import(path.join(directory, file))) as { renderWordManifest?: unknown };
    if (typeof module.renderWordManifest === 'function') return module.renderWordManifest as WordManifestRenderer;
  }
  throw new Error(`No module in ${path.relative(process.cwd(), directory)} exports renderWordManifest({ baseUrl }): the Word manifest cannot be built.`);
}

/**
 * Checks a Word add-in (XML) manifest offline, as far as a schema-less check can: well-formed,
 * a Word task pane, and every address it points Office at is https on the deployment's own host.
 * (`office-addin-manifest validate` sends the file to an online service, which cannot run here.)
 */
export function checkWordManifest(xml: string, { baseUrl, clientId, resource }: WordManifestTarget): string[] {
  // xmldom forgives mismatched end tags; fast-xml-parser's validator does not.
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`the XML is not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  // Neither parser minds a bare "&" in an attribute; XML (and Office) do.
  const bareAmpersand = /&(?!(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);)/.exec(xml);
  if (bareAmpersand) return [`the XML is not well-formed: a bare "&" at offset ${bareAmpersand.index} (write &amp;)`];
  const problems: string[] = [];
  const notWellFormed = (message: string) => problems.push(`the XML is not well-formed: ${message.replace(/^\[xmldom \w+\]\s*/, '').trim()}`);
  const document = new DOMParser({ errorHandler: { warning: notWellFormed, error: notWellFormed, fatalError: notWellFormed } }).parseFromString(xml, 'text/xml');
  if (problems.length > 0) return problems;
  const root = document.documentElement;
  if (!root || root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_APP_NAMESPACE) return [`the root element must be OfficeApp in ${OFFICE_APP_NAMESPACE}`];
  const type = root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');
  if (type !== 'TaskPaneApp') problems.push(`xsi:type must be TaskPaneApp, not "${type}"`);

  const child = (parent: Element, name: string) => Array.from(parent.childNodes as ArrayLike<Node>).find((node): node is Element => node.nodeType === 1 && (node as Element).localName === name);
  const id = child(root, 'Id')?.textContent?.trim() ?? '';
  if (!GUID.test(id)) problems.push(`Id "${id}" must be a GUID`);
  for (const required of ['Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings']) {
    if (!child(root, required)) problems.push(`${required} is missing`);
  }
  const hosts = Array.from(root.getElementsByTagName('Host')).map((host) => host.getAttribute('Name') ?? host.getAttribute('xsi:type'));
  if (!hosts.includes('Document')) problems.push('it does not declare the Word host (Host Name="Document")');
  const sets = Array.from(root.getElementsByTagName('Set')).map((set) => set.getAttribute('Name'));
  if (!sets.includes('WordApi')) problems.push('it does not require the WordApi requirement set');

  const base = new URL(baseUrl);
  const source = child(root, 'DefaultSettings') && child(child(root, 'DefaultSettings')!, 'SourceLocation')?.getAttribute('DefaultValue');
  if (!source || !source.startsWith(`${baseUrl}/addin/`)) problems.push(`the task pane (SourceLocation) must be under ${baseUrl}/addin/, not "${source}"`);
  const addresses = Array.from(root.getElementsByTagName('*')).flatMap((element) =>
    ['DefaultValue', 'Override'].map((name) => element.getAttribute(name) ?? '').filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value)),
  );
  for (const address of new Set(addresses)) {
    const url = new URL(address);
    if (url.protocol !== 'https:') problems.push(`"${address}" must be https`);
    else if (url.host !== base.host) problems.push(`"${address}" is not on ${base.host}`);
  }
  const sso = root.getElementsByTagName('WebApplicationInfo')[0];
  if (clientId !== undefined) {
    const expectedResource = resource ?? `api://${base.host}/${clientId}`;
    if (!sso) problems.push('WebApplicationInfo is missing: Office single sign-on needs it');
    else {
      const ssoId = child(sso, 'Id')?.textContent?.trim();
      const ssoResource = child(sso, 'Resource')?.textContent?.trim();
      if (ssoId !== clientId) problems.push(`WebApplicationInfo Id "${ssoId}" must be the Entra app ${clientId}`);
      if (ssoResource !== expectedResource) problems.push(`WebApplicationInfo Resource "${ssoResource}" must be ${expectedResource}`);
    }
  }
  return problems;
}
