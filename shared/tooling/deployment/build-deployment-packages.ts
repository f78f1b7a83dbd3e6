import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MissingEnvironmentValuesError, readEnvironmentFile } from './environment-file';
import { APP_PACKAGE_DIR, checkTeamsPackage, readTeamsIcons, renderTeamsManifest, writeTeamsAppPackage } from './teams-app-package';
import { validateTeamsManifestSchema } from './validate-teams-manifest';
import { checkWordManifest, loadWordManifestRenderer, type WordManifestRenderer } from './word-manifest-checks';

export interface DeploymentPackageOptions {
  /** A Toolkit environment: reads appPackage/env/.env.<name>. */
  environmentName?: string;
  /** Or any environment file (the sample deployment). */
  environmentFile?: string;
  outputDir?: string;
  /** The add-in's renderer; found in addin/src/manifest when not given. */
  renderWordManifest?: WordManifestRenderer;
}

export interface DeploymentPackages {
  environmentName: string;
  baseUrl: string;
  teamsZip: string;
  teamsManifest: string;
  wordManifest: string;
}

export class PackageProblemsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The packages were not built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageProblemsError';
  }
}

/** The environment file for a Toolkit environment name. */
export function environmentFileOf(name: string): string {
  return path.join(APP_PACKAGE_DIR, 'env', `.env.${name}`);
}

/**
 * `npm run package`: the Teams app zip and the Word add-in manifest for one deployment, built
 * from its environment file, validated (schema, icons, domains, SSO, URLs and ids) and written to
 * appPackage/build. Nothing is written when a check fails.
 */
export async function buildDeploymentPackages(options: DeploymentPackageOptions): Promise<DeploymentPackages> {
  const file = options.environmentFile ?? environmentFileOf(options.environmentName ?? 'dev');
  if (!existsSync(file)) throw new PackageProblemsError([`there is no environment file ${path.relative(process.cwd(), file)}`]);
  const values = { ...readEnvironmentFile(file), ...pickProcessOverrides(readEnvironmentFile(file)) };
  const environmentName = options.environmentName ?? values.TEAMSFX_ENV ?? path.basename(file).replace(/^\.env\./, '');

  let manifest;
  try {
    manifest = renderTeamsManifest(values);
  } catch (error) {
    if (error instanceof MissingEnvironmentValuesError) throw new PackageProblemsError([`${path.relative(process.cwd(), file)} is not provisioned yet: ${error.missing.join(', ')} have no value (run "teamsapp provision --env ${environmentName}")`]);
    throw error;
  }
  const icons = readTeamsIcons(manifest);
  const baseUrl = (values.TAB_ENDPOINT ?? '').replace(/\/+$/, '');
  const render = options.renderWordManifest ?? (await loadWordManifestRenderer());
  // The same app registration and application ID URI as Teams SSO (appPackage/aad.manifest.json).
  const wordTarget = { baseUrl, clientId: values.AAD_APP_CLIENT_ID, resource: manifest.webApplicationInfo?.resource };
  // One version for both apps, from package.json: Teams and Office update clients when it rises.
  const version = readAppVersion();
  manifest.version = version;
  const wordXml = render({ ...wordTarget, version: `${version}.0` });
  const teamsUrls = [...(manifest.staticTabs ?? []).flatMap((tab) => [tab.contentUrl, tab.websiteUrl]), ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl)];
  const wordUrls = [...wordXml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((match) => match[1]);
  const problems = [
    ...(await validateTeamsManifestSchema(manifest)).map((error) => `Teams manifest schema: ${error}`),
    ...findUnservedUrls([...teamsUrls, ...wordUrls].filter((url): url is string => url !== undefined), baseUrl),
    ...checkTeamsPackage(manifest, icons, values),
    ...checkWordManifest(wordXml, wordTarget).map((problem) => `Word manifest: ${problem}`),
  ];
  if (problems.length > 0) throw new PackageProblemsError(problems);

  const outputDir = options.outputDir ?? path.join(APP_PACKAGE_DIR, 'build');
  const { zipPath, manifestPath } = await writeTeamsAppPackage(manifest, icons, environmentName, outputDir);
  mkdirSync(outputDir, { recursive: true });
  const wordManifest = path.join(outputDir, `word-manifest.${environmentName}.xml`);
  writeFileSync(wordManifest, wordXml);
  return { environmentName, baseUrl, teamsZip: zipPath, teamsManifest: manifestPath, wordManifest };
}

/** Entrance Hall's version (package.json), which `npm version` raises for each release. */
export function readAppVersion(): string {
  const { version } = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, '..', 'package.json'), 'utf8')) as { version?: string };
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new PackageProblemsError([`package.json's version must be three numbers (0.1.0), not "${version ?? ''}"`]);
  return version;
}

/** The built web apps the server serves under /tab and /addin (see bot/src/server/register-web-apps.ts). */
const SERVED_APPS: Record<string, string> = { '/tab/': path.join(APP_PACKAGE_DIR, '..', 'tab', 'dist'), '/addin/': path.join(APP_PACKAGE_DIR, '..', 'addin', 'dist') };

/** Addresses in the manifests under our own /tab/ or /addin/ that no built file answers. */
export function findUnservedUrls(urls: string[], baseUrl: string): string[] {
  const problems: string[] = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(`${baseUrl}/`)) continue;
    const pathname = new URL(url).pathname;
    const prefix = Object.keys(SERVED_APPS).find((candidate) => pathname.startsWith(candidate));
    if (!prefix) continue;
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = path.join(SERVED_APPS[prefix]!, relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!existsSync(file)) problems.push(`${url} would not be found: ${path.relative(path.join(APP_PACKAGE_DIR, '..'), file)} does not exist (is the ${prefix.slice(1, -1)} built?)`);
  }
  return problems;
}

/** Values set in the shell win over the file, as with the Toolkit (CI sets them this way). */
function pickProcessOverrides(fileValues: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(fileValues).flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])));
}
