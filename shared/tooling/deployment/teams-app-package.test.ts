import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { listPlaceholders, MissingEnvironmentValuesError, parseEnvironmentFile, readEnvironmentFile } from './environment-file';
import { validateTeamsManifestSchema } from './validate-teams-manifest';
import { APP_PACKAGE_DIR, checkColourIcon, checkOutlineIcon, checkTeamsPackage, readTeamsIcons, renderTeamsManifest, zipTeamsAppPackage, type TeamsManifest } from './teams-app-package';

const sample = readEnvironmentFile(path.join(APP_PACKAGE_DIR, 'sample-deployment.env'));
const template = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');

function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) image.data.set(paint(x, y), (y * width + x) * 4);
  return PNG.sync.write(image);
}

describe('the Teams app package', () => {
  const manifest = renderTeamsManifest(sample);
  const icons = readTeamsIcons(manifest);

  it('is valid against its Teams manifest JSON schema, offline', async () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(await validateTeamsManifestSchema(manifest)).toEqual([]);
  });

  it('is refused by the same schema validation when broken (so the check above means something)', async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots![0]!, scopes: ['everywhere'] }], accentColor: 'blue' };
    const errors = await validateTeamsManifestSchema(broken);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/scopes\/0/);
    expect(errors.join('\n')).toMatch(/\/accentColor/);
  });

  it('passes the checks no tool makes: icons, validDomains, SSO resource, URLs and ids against the environment', () => {
    expect(checkTeamsPackage(manifest, icons, sample)).toEqual([]);
  });

  it('has the bot in personal, group chat and team scopes with its three commands', () => {
    const [bot] = manifest.bots ?? [];
    expect(bot?.scopes).toEqual(['personal', 'groupChat', 'team']);
    expect(bot?.commandLists?.[0]?.commands.map((command) => command.title)).toEqual(['new request', 'my requests', 'help']);
  });

  it('has the portfolio board as a static tab and a configurable tab for channels and meetings (Teams’ own share to stage)', () => {
    expect(manifest.staticTabs?.[0]).toMatchObject({ contentUrl: `${sample.TAB_ENDPOINT}/tab/?view=board`, scopes: ['personal'] });
    const [configurable] = manifest.configurableTabs ?? [];
    expect(configurable?.configurationUrl).toBe(`${sample.TAB_ENDPOINT}/tab/config.html`);
    expect(configurable?.context).toEqual(expect.arrayContaining(['channelTab', 'meetingSidePanel', 'meetingStage']));
    // No code calls meeting or stage APIs (the tab reads only its frame context), so no RSC permission is asked for.
    expect(manifest.authorization).toBeUndefined();
    expect(manifest).not.toHaveProperty('permissions');
    expect(manifest.validDomains).toEqual([sample.BOT_DOMAIN]);
    expect(manifest.webApplicationInfo).toEqual({ id: sample.AAD_APP_CLIENT_ID, resource: `api://${sample.BOT_DOMAIN}/${sample.AAD_APP_CLIENT_ID}` });
  });

  it('zips the filled-in manifest and the two icons, nothing else', async () => {
    const zip = await JSZip.loadAsync(await zipTeamsAppPackage(manifest, icons));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    expect(packed).toEqual(manifest);
    expect(JSON.stringify(packed)).not.toContain('${{');
    expect(Buffer.compare(await zip.file('outline.png')!.async('nodebuffer'), icons.outline)).toBe(0);
  });

  it('names every value an unprovisioned environment lacks', () => {
    const unprovisioned = readEnvironmentFile(path.join(APP_PACKAGE_DIR, 'env', '.env.dev'));
    let failure: unknown;
    try {
      renderTeamsManifest(unprovisioned);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(MissingEnvironmentValuesError);
    expect((failure as MissingEnvironmentValuesError).missing).toEqual(expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID', 'TAB_ENDPOINT', 'BOT_DOMAIN', 'AAD_APP_CLIENT_ID']));
    expect((failure as MissingEnvironmentValuesError).missing).not.toContain('APP_NAME_SUFFIX');
  });

  it('every environment file declares every variable the manifest template uses, and the same ones', () => {
    const sampleNames = Object.keys(sample).sort();
    for (const file of ['.env.dev', '.env.prod']) {
      const names = Object.keys(readEnvironmentFile(path.join(APP_PACKAGE_DIR, 'env', file)));
      expect(names).toEqual(expect.arrayContaining(listPlaceholders(template)));
      expect(names.sort()).toEqual(sampleNames);
    }
  });

  it('keeps secrets out of git: no SECRET_ value in a committed environment file, the .user files ignored', () => {
    for (const file of ['.env.dev', '.env.prod']) {
      const values = readEnvironmentFile(path.join(APP_PACKAGE_DIR, 'env', file));
      expect(Object.keys(values).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    }
    const ignored = spawnSync('git', ['check-ignore', '--no-index', 'appPackage/env/.env.dev.user', 'appPackage/env/.env.prod.user'], { cwd: path.resolve(APP_PACKAGE_DIR, '..'), encoding: 'utf8' });
    expect(ignored.stdout.trim().split('\n')).toEqual(['appPackage/env/.env.dev.user', 'appPackage/env/.env.prod.user']);
  });

  it('reads quoted values and comments in environment files as the Toolkit does', () => {
    expect(parseEnvironmentFile('# comment\nAPP_NAME_SUFFIX=" (dev)"\nEMPTY=\nPLAIN=value # note\n')).toEqual({ APP_NAME_SUFFIX: ' (dev)', EMPTY: '', PLAIN: 'value' });
  });
});

describe('the checks catch what they are for', () => {
  const manifest = renderTeamsManifest(sample);
  const icons = readTeamsIcons(manifest);

  it('icons: wrong sizes, colour in the outline, no transparency', () => {
    expect(checkColourIcon(png(96, 96, () => [31, 92, 153, 255]))).toEqual(['color icon must be 192×192 pixels, not 96×96']);
    expect(checkOutlineIcon(png(32, 32, (x) => (x < 16 ? [255, 255, 255, 255] : [31, 92, 153, 255])))).toEqual([
      'outline icon must be white on transparent; 512 pixels are another colour',
      'outline icon must have a transparent background',
    ]);
    expect(checkOutlineIcon(png(48, 48, (x) => (x < 10 ? [255, 255, 255, 255] : [0, 0, 0, 0])))).toEqual(['outline icon must be 32×32 pixels, not 48×48']);
    expect(checkOutlineIcon(Buffer.from('not a png'))).toEqual([expect.stringMatching(/^outline icon is not a valid PNG/)]);
  });

  it('validDomains with a scheme or a whole Azure domain; tabs off the domain; SSO for another domain; ids from elsewhere', () => {
    const problems = checkTeamsPackage(
      {
        ...manifest,
        validDomains: ['https://entrancehall.example.gov.uk/', '*.azurewebsites.net'],
        staticTabs: [{ entityId: 'portfolio', contentUrl: 'http://elsewhere.example.com/tab/', scopes: ['personal'] }],
        bots: [{ ...manifest.bots![0]!, botId: sample.AAD_APP_CLIENT_ID! }],
        webApplicationInfo: { id: sample.AAD_APP_CLIENT_ID!, resource: `api://elsewhere.example.com/${sample.AAD_APP_CLIENT_ID}` },
      },
      icons,
      sample,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^validDomains entry "https:\/\/entrancehall.example.gov.uk\/" must be a host name only/),
        expect.stringMatching(/^validDomains entry "\*\.azurewebsites\.net" is a whole Azure domain/),
        'tab URL "http://elsewhere.example.com/tab/" must be https',
        expect.stringMatching(/^tab URL "http:\/\/elsewhere.example.com\/tab\/" is not under TAB_ENDPOINT/),
        'the portfolio board (/tab/) is not a static tab',
        expect.stringMatching(/^bot id ".*" must be BOT_ID/),
        expect.stringMatching(/^webApplicationInfo.resource "api:\/\/elsewhere.example.com\/.*" must be api:\/\/entrancehall-sample/),
      ]),
    );
  });
});
