import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { fillPlaceholders } from './environment-file';

/** The repository's `appPackage/` folder: manifest template, icons, environment files. */
export const APP_PACKAGE_DIR = path.resolve(__dirname, '../../../appPackage');

/** Variables allowed to be empty when the manifest is filled in (the name suffix of prod). */
const MAY_BE_EMPTY = ['APP_NAME_SUFFIX'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parts of a Teams manifest the checks read; the schema validates the rest. */
export interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  name: { short: string; full: string };
  bots?: { botId: string; scopes: string[]; commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  staticTabs?: { entityId: string; contentUrl?: string; websiteUrl?: string; scopes: string[] }[];
  configurableTabs?: { configurationUrl: string; scopes: string[]; context?: string[] }[];
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
  authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  [property: string]: unknown;
}

/** The manifest template filled in with one environment's values. */
export function renderTeamsManifest(values: Record<string, string | undefined>, template = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')): TeamsManifest {
  return JSON.parse(fillPlaceholders(template, values, 'appPackage/manifest.json', MAY_BE_EMPTY)) as TeamsManifest;
}

export interface TeamsIcons {
  color: Buffer;
  outline: Buffer;
}

export function readTeamsIcons(manifest: Pick<TeamsManifest, 'icons'>): TeamsIcons {
  return { color: readFileSync(path.join(APP_PACKAGE_DIR, manifest.icons.color)), outline: readFileSync(path.join(APP_PACKAGE_DIR, manifest.icons.outline)) };
}

/** The app package Teams installs: manifest.json and the two icons at the root of a zip. */
export async function zipTeamsAppPackage(manifest: TeamsManifest, icons: TeamsIcons): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file(manifest.icons.color, icons.color);
  zip.file(manifest.icons.outline, icons.outline);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes `appPackage/build/appPackage.<env>.zip` and `manifest.<env>.json`, the Toolkit's names. */
export async function writeTeamsAppPackage(manifest: TeamsManifest, icons: TeamsIcons, environmentName: string, outputDir = path.join(APP_PACKAGE_DIR, 'build')): Promise<{ zipPath: string; manifestPath: string }> {
  mkdirSync(outputDir, { recursive: true });
  const zipPath = path.join(outputDir, `appPackage.${environmentName}.zip`);
  const manifestPath = path.join(outputDir, `manifest.${environmentName}.json`);
  writeFileSync(zipPath, await zipTeamsAppPackage(manifest, icons));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { zipPath, manifestPath };
}

/**
 * What no offline tool checks: icon sizes and transparency, `validDomains` form, the SSO resource
 * against the domain, and the tab URLs and ids against the environment they were built for.
 * Returns one sentence per problem; empty when the package is sound.
 */
export function checkTeamsPackage(manifest: TeamsManifest, icons: TeamsIcons, values: Record<string, string | undefined>): string[] {
  const problems = [...checkColourIcon(icons.color), ...checkOutlineIcon(icons.outline)];
  const domains = manifest.validDomains ?? [];
  for (const domain of domains) {
    if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(domain)) problems.push(`validDomains entry "${domain}" must be a host name only (no scheme, port, path or wildcard except a leading "*.")`);
    if (/^\*\.[^.]+\.[^.]+$/.test(domain) && /(azurewebsites\.net|cloudapp\.net|trafficmanager\.net)$/.test(domain)) problems.push(`validDomains entry "${domain}" is a whole Azure domain; list the app's own host`);
  }
  const covers = (host: string) => domains.some((domain) => domain === host || (domain.startsWith('*.') && host.endsWith(domain.slice(1))));

  const endpoint = values.TAB_ENDPOINT ?? '';
  const tabUrls = [
    ...(manifest.staticTabs ?? []).flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
    ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl),
  ].filter((url): url is string => url !== undefined);
  for (const url of tabUrls) {
    const parsed = safeUrl(url);
    if (!parsed || parsed.protocol !== 'https:') problems.push(`tab URL "${url}" must be https`);
    else if (!covers(parsed.host)) problems.push(`tab URL "${url}" is not on a valid domain`);
    if (!url.startsWith(`${endpoint}/`)) problems.push(`tab URL "${url}" is not under TAB_ENDPOINT (${endpoint})`);
  }
  if (!(manifest.staticTabs ?? []).some((tab) => tab.contentUrl?.startsWith(`${endpoint}/tab/`) && safeUrl(tab.contentUrl)?.pathname === '/tab/')) problems.push('the portfolio board (/tab/) is not a static tab');

  if (manifest.id !== values.TEAMS_APP_ID || !GUID.test(manifest.id)) problems.push(`app id "${manifest.id}" must be TEAMS_APP_ID (${values.TEAMS_APP_ID}), a GUID`);
  for (const bot of manifest.bots ?? []) {
    if (bot.botId !== values.BOT_ID || !GUID.test(bot.botId)) problems.push(`bot id "${bot.botId}" must be BOT_ID (${values.BOT_ID}), a GUID`);
  }

  const sso = manifest.webApplicationInfo;
  if (!sso) problems.push('webApplicationInfo is missing: Teams SSO needs it');
  else {
    if (sso.id !== values.AAD_APP_CLIENT_ID || !GUID.test(sso.id)) problems.push(`webApplicationInfo.id "${sso.id}" must be AAD_APP_CLIENT_ID (${values.AAD_APP_CLIENT_ID})`);
    const resource = safeUrl(sso.resource ?? '');
    const expected = `api://${values.BOT_DOMAIN}/${values.AAD_APP_CLIENT_ID}`;
    if (sso.resource !== expected) problems.push(`webApplicationInfo.resource "${sso.resource}" must be ${expected}`);
    else if (!resource || !covers(resource.host)) problems.push(`webApplicationInfo.resource "${sso.resource}" is not on a valid domain`);
  }
  return problems;
}

/** Colour icon: 192×192. */
export function checkColourIcon(png: Buffer): string[] {
  const image = decodePng(png, 'color icon');
  if (typeof image === 'string') return [image];
  return image.width === 192 && image.height === 192 ? [] : [`color icon must be 192×192 pixels, not ${image.width}×${image.height}`];
}

/** Outline icon: 32×32, white on a transparent background, with some of each. */
export function checkOutlineIcon(png: Buffer): string[] {
  const image = decodePng(png, 'outline icon');
  if (typeof image === 'string') return [image];
  const problems: string[] = [];
  if (image.width !== 32 || image.height !== 32) problems.push(`outline icon must be 32×32 pixels, not ${image.width}×${image.height}`);
  let transparent = 0;
  let white = 0;
  let coloured = 0;
  for (let index = 0; index < image.data.length; index += 4) {
    const [red, green, blue, alpha] = [image.data[index], image.data[index + 1], image.data[index + 2], image.data[index + 3]];
    if (alpha === 0) transparent += 1;
    else if (red === 255 && green === 255 && blue === 255) white += 1;
    else coloured += 1;
  }
  if (coloured > 0) problems.push(`outline icon must be white on transparent; ${coloured} pixels are another colour`);
  if (transparent === 0) problems.push('outline icon must have a transparent background');
  if (white === 0) problems.push('outline icon has no white drawing');
  return problems;
}

function decodePng(png: Buffer, what: string): PNG | string {
  try {
    return PNG.sync.read(png);
  } catch (error) {
    return `${what} is not a valid PNG (${error instanceof Error ? error.message : String(error)})`;
  }
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
