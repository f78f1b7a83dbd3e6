import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildDeploymentPackages, environmentFileOf, findUnservedUrls, PackageProblemsError } from './build-deployment-packages';
import { readEnvironmentFile } from './environment-file';
import { APP_PACKAGE_DIR, type TeamsManifest } from './teams-app-package';
import { checkWordManifest, loadWordManifestRenderer } from './word-manifest-checks';

const ROOT = path.resolve(APP_PACKAGE_DIR, '..');
const SAMPLE_FILE = path.join(APP_PACKAGE_DIR, 'sample-deployment.env');
const sample = readEnvironmentFile(SAMPLE_FILE);
const BASE = sample.TAB_ENDPOINT!;
const target = { baseUrl: BASE, clientId: sample.AAD_APP_CLIENT_ID!, resource: `api://${sample.BOT_DOMAIN}/${sample.AAD_APP_CLIENT_ID}` };

describe('npm run package', () => {
  let outputDir: string;
  beforeAll(() => {
    outputDir = mkdtempSync(path.join(tmpdir(), 'eh-package-'));
  });
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  it('builds the Teams zip and the Word manifest of one deployment, with the same Entra app behind both', async () => {
    const built = await buildDeploymentPackages({ environmentFile: SAMPLE_FILE, outputDir });
    expect(path.basename(built.teamsZip)).toBe('appPackage.sample.zip');
    const zip = await JSZip.loadAsync(readFileSync(built.teamsZip));
    const teams = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    const word = readFileSync(built.wordManifest, 'utf8');
    expect(checkWordManifest(word, target)).toEqual([]);
    expect(word).toContain(`<SourceLocation DefaultValue="${BASE}/addin/index.html?`);
    expect(word).toContain(`<Id>${teams.webApplicationInfo?.id}</Id>`);
    expect(word).toContain(`<Resource>${teams.webApplicationInfo?.resource}</Resource>`);
    expect(word).not.toMatch(/DefaultValue="http:|localhost/);
  });

  it('gives both apps the version in package.json, which the Toolkit’s manifest template carries too', async () => {
    const built = await buildDeploymentPackages({ environmentFile: SAMPLE_FILE, outputDir });
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    const zip = await JSZip.loadAsync(readFileSync(built.teamsZip));
    expect((JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest).version).toBe(version);
    expect(readFileSync(built.wordManifest, 'utf8')).toContain(`<Version>${version}.0</Version>`);
    // teamsapp.yml zips appPackage/manifest.json itself: its version must not lag behind.
    expect((JSON.parse(readFileSync(path.join(__dirname, '../../../appPackage/manifest.json'), 'utf8')) as { version: string }).version).toBe(version);
  });

  it('gives Word a FunctionFile and a support page of their own, both built and served', async () => {
    const built = await buildDeploymentPackages({ environmentFile: SAMPLE_FILE, outputDir });
    const word = readFileSync(built.wordManifest, 'utf8');
    expect(word).toContain('<FunctionFile resid="Commands.Url"/>');
    expect(word).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}/addin/commands.html"/>`);
    expect(word).toContain(`<SupportUrl DefaultValue="${BASE}/addin/support.html"/>`);
    expect(findUnservedUrls([`${BASE}/addin/commands.html`, `${BASE}/addin/support.html`], BASE)).toEqual([]);
  });

  it('points only at pages and icons the built tab and task pane contain', () => {
    expect(findUnservedUrls([`${BASE}/tab/`, `${BASE}/tab/config.html`, `${BASE}/addin/assets/icon-32.png`, `${BASE}/addin/index.html?clientId=x`], BASE)).toEqual([]);
    expect(findUnservedUrls([`${BASE}/tab/meeting.html`, `${BASE}/addin/assets/icon-99.png`], BASE)).toEqual([
      expect.stringMatching(/meeting\.html would not be found: tab\/dist\/meeting\.html does not exist/),
      expect.stringMatching(/icon-99\.png would not be found: addin\/dist\/assets\/icon-99\.png does not exist/),
    ]);
  });

  it('refuses an environment that is not provisioned, naming what is missing, and writes nothing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'eh-package-empty-'));
    try {
      const failure = await buildDeploymentPackages({ environmentFile: environmentFileOf('dev'), outputDir: empty }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PackageProblemsError);
      expect((failure as PackageProblemsError).problems).toEqual([expect.stringMatching(/\.env\.dev is not provisioned yet: .*TEAMS_APP_ID.* have no value \(run "teamsapp provision --env dev"\)/)]);
      expect(existsSync(path.join(empty, 'appPackage.dev.zip'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('runs from the command line and says where the packages are', () => {
    const run = spawnSync(process.execPath, [path.join(APP_PACKAGE_DIR, 'build-package.mjs'), '--env-file', SAMPLE_FILE], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Entrance Hall packages for "sample" (${BASE})`);
    expect(run.stdout).toContain('appPackage/build/word-manifest.sample.xml');
    expect(existsSync(path.join(APP_PACKAGE_DIR, 'build', 'appPackage.sample.zip'))).toBe(true);
  });
});

describe('the Word manifest checks catch what they are for', () => {
  let valid: string;
  beforeAll(async () => {
    valid = (await loadWordManifestRenderer())(target);
  });

  it('accept the add-in’s own manifest', () => {
    expect(checkWordManifest(valid, target)).toEqual([]);
  });

  it('an http or foreign address, no Word host, SSO for another app, broken XML', () => {
    expect(checkWordManifest(valid.replace(`${BASE}/addin/assets/icon-32.png`, 'http://cdn.example.com/icon.png'), target)).toEqual(['"http://cdn.example.com/icon.png" must be https']);
    expect(checkWordManifest(valid.replaceAll(`${BASE}/addin/assets/icon-80.png`, 'https://cdn.example.com/icon.png'), target)).toEqual(['"https://cdn.example.com/icon.png" is not on entrancehall-sample-k3x7q2.azurewebsites.net']);
    expect(checkWordManifest(valid.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'), target)).toEqual(['it does not declare the Word host (Host Name="Document")']);
    expect(checkWordManifest(valid, { ...target, clientId: '00000000-0000-4000-8000-000000000000', resource: undefined })).toEqual([
      expect.stringMatching(/^WebApplicationInfo Id ".*" must be the Entra app 00000000/),
      expect.stringMatching(/^WebApplicationInfo Resource ".*" must be api:\/\/entrancehall-sample-k3x7q2.azurewebsites.net\/00000000/),
    ]);
    expect(checkWordManifest(valid.replace('</Hosts>', ''), target)).toEqual([expect.stringMatching(/^the XML is not well-formed: /)]);
    expect(checkWordManifest(valid.replace('Entrance Hall report tables', 'Tables & more'), target)).toEqual([expect.stringMatching(/^the XML is not well-formed: a bare "&"/)]);
    expect(checkWordManifest(valid.replace('<ProviderName>Entrance Hall</ProviderName>', '<ProviderName>Entrance & Hall</ProviderName>'), target)).toEqual([expect.stringMatching(/^the XML is not well-formed: /)]);
  });
});
