import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { findConfigProblems } from '../config/config';
import { listPlaceholders, parseEnvironmentFile } from './environment-file';
import { readBicepTemplate } from './bicep-template';

const ROOT = path.resolve(__dirname, '../../..');
const readProject = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8')) as TeamsAppYml;
const teamsapp = readProject('teamsapp.yml');
const teamsappLocal = readProject('teamsapp.local.yml');

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface TeamsAppYml {
  version: string;
  environmentFolderPath: string;
  provision: Step[];
  deploy: Step[];
  publish?: Step[];
}

/** Actions Teams Toolkit v5 / Microsoft 365 Agents Toolkit runs (its documented action list). */
const KNOWN_ACTIONS = new Set([
  'aadApp/create',
  'aadApp/update',
  'teamsApp/create',
  'teamsApp/validateManifest',
  'teamsApp/validateAppPackage',
  'teamsApp/zipAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
  'teamsApp/extendToM365',
  'teamsApp/extendToM365',
  'arm/deploy',
  'azureAppService/zipDeploy',
  'botAadApp/create',
  'botFramework/create',
  'cli/runNpmCommand',
  'cli/runNpxCommand',
  'file/createOrUpdateEnvironmentFile',
  'file/createOrUpdateJsonFile',
  'script',
]);

/** Set by the Toolkit itself or asked for on the first provision. */
const BUILT_IN = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];

/** Variables a council sets: declared in the environment file above "# Written by provision". */
function documentedVariables(file = '.env.dev'): string[] {
  const text = readFileSync(path.join(ROOT, teamsapp.environmentFolderPath, file), 'utf8');
  const ownPart = text.split(/^# Written by provision$/m)[0] ?? '';
  return [...ownPart.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? '');
}

/** Files an action reads (relative to the project root), which must exist in the repository. */
function filesRead(step: Step): string[] {
  const inputs = step.with ?? {};
  const files: string[] = [];
  if (typeof inputs.manifestPath === 'string') files.push(inputs.manifestPath);
  for (const template of (inputs.templates as { path: string; parameters?: string }[] | undefined) ?? []) {
    files.push(template.path, ...(template.parameters ? [template.parameters] : []));
  }
  if (step.uses === 'cli/runNpmCommand' && typeof inputs.args === 'string') {
    files.push(...[...inputs.args.matchAll(/node\s+(\S+\.m?js)/g)].map((match) => match[1] ?? ''));
  }
  return files;
}

/** What an action writes to the environment file. */
function variablesWritten(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') {
    for (const template of (step.with?.templates as { path: string }[] | undefined) ?? []) {
      written.push(...readBicepTemplate(path.join(ROOT, template.path)).outputs.map((output) => output.toUpperCase().replace(/[^A-Z0-9]/g, '_')));
    }
  }
  if (step.uses === 'teamsApp/create' || step.uses === 'teamsApp/update') written.push('TEAMS_APP_TENANT_ID');
  // aadApp/update generates the scope id the first time when the manifest refers to it.
  if (step.uses === 'aadApp/update') written.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  return written;
}

/** Variables an action reads: in its own inputs and in the files it fills in. */
function variablesRead(step: Step): string[] {
  const text = [JSON.stringify(step.with ?? {}), ...filesRead(step).filter((file) => /\.(json|bicep)$/.test(file)).map((file) => readFileSync(path.join(ROOT, file), 'utf8'))].join('\n');
  return listPlaceholders(text);
}

/** Every `${{VARIABLE}}` read before a step wrote it and not documented in the environment file. */
function unmetReads(project: TeamsAppYml, environmentFile: string): string[] {
  const available = new Set([...BUILT_IN, ...documentedVariables(environmentFile)]);
  const unmet: string[] = [];
  for (const [name, lifecycle] of [['provision', project.provision], ['deploy', project.deploy], ['publish', project.publish ?? []]] as const) {
    for (const step of lifecycle) {
      // A step may read what it writes itself (the Toolkit skips creation when it is set).
      const written = variablesWritten(step);
      for (const variable of variablesRead(step)) if (!available.has(variable) && !written.includes(variable)) unmet.push(`${name}: ${step.uses} reads ${variable}`);
      written.forEach((variable) => available.add(variable));
    }
  }
  return unmet;
}

describe('teamsapp.yml', () => {
  it('is a Toolkit project file with its environments in appPackage/env', () => {
    expect(teamsapp.version).toMatch(/^v1\.\d+$/);
    expect(statSync(path.join(ROOT, teamsapp.environmentFolderPath)).isDirectory()).toBe(true);
    expect(existsSync(path.join(ROOT, teamsapp.environmentFolderPath, '.env.dev'))).toBe(true);
    expect(Object.keys(teamsapp)).toEqual(expect.arrayContaining(['provision', 'deploy', 'publish']));
  });

  it('uses only actions the Toolkit knows', () => {
    const unknown = [...teamsapp.provision, ...teamsapp.deploy, ...(teamsapp.publish ?? [])].map((step) => step.uses).filter((uses) => !KNOWN_ACTIONS.has(uses));
    expect(unknown).toEqual([]);
  });

  it('provisions the Entra app, the Teams app, Azure from infra/, and the validated, zipped, updated Teams package', () => {
    expect(teamsapp.provision.map((step) => step.uses)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'cli/runNpmCommand',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(teamsapp.provision[0]?.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: false });
  });

  it('makes no client secret; the app registration trusts the managed identity instead', () => {
    const steps = [...teamsapp.provision, ...teamsapp.deploy, ...(teamsapp.publish ?? [])];
    expect(JSON.stringify(steps)).not.toMatch(/SECRET_|clientSecret/);
    const trust = teamsapp.provision.find((step) => String(step.with?.args ?? '').includes('trust-managed-identity.mjs'));
    expect(trust?.with?.args).toBe('exec -- node infra/trust-managed-identity.mjs --app ${{AAD_APP_OBJECT_ID}} --tenant ${{AAD_APP_TENANT_ID}} --subject ${{MANAGED_IDENTITY_PRINCIPAL_ID}}');
  });

  it('deploys the built server to App Service, and publishes the package', () => {
    expect(teamsapp.deploy.at(-1)).toMatchObject({ uses: 'azureAppService/zipDeploy', with: { resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}' } });
    expect(teamsapp.deploy.map((step) => step.with?.args)).toEqual(expect.arrayContaining(['run build']));
    expect(teamsapp.publish?.at(-1)?.uses).toBe('teamsApp/publishAppPackage');
  });

  it('refers only to files that exist', () => {
    const files = [...teamsapp.provision, ...teamsapp.deploy, ...(teamsapp.publish ?? [])].flatMap(filesRead);
    expect(files.length).toBeGreaterThan(4);
    expect(files.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('zips the package before any step that reads it', () => {
    for (const lifecycle of [teamsapp.provision, teamsapp.publish ?? []]) {
      const zipAt = lifecycle.findIndex((step) => step.uses === 'teamsApp/zipAppPackage');
      const zipped = lifecycle[zipAt]?.with?.outputZipPath;
      lifecycle.forEach((step, index) => {
        if (step.with?.appPackagePath !== undefined) {
          expect(step.with.appPackagePath).toBe(zipped);
          expect(index).toBeGreaterThan(zipAt);
        }
      });
    }
  });

  it('reads every environment variable only after a step wrote it, or when it is built in or documented', () => {
    expect(unmetReads(teamsapp, '.env.dev')).toEqual([]);
  });

  it('the check above notices a variable nobody writes', () => {
    const step: Step = { uses: 'teamsApp/validateManifest', with: { manifestPath: './appPackage/manifest.json', extra: '${{NOBODY_WRITES_THIS}}' } };
    expect(variablesRead(step)).toContain('NOBODY_WRITES_THIS');
    expect(documentedVariables()).not.toContain('NOBODY_WRITES_THIS');
  });

  it('every environment file declares every variable the lifecycle writes, so values land in a known place', () => {
    const written = [...teamsapp.provision, ...(teamsapp.publish ?? [])].flatMap(variablesWritten).filter((name) => !name.startsWith('SECRET_'));
    for (const file of ['.env.dev', '.env.prod']) {
      const text = readFileSync(path.join(ROOT, teamsapp.environmentFolderPath, file), 'utf8');
      expect(written.filter((name) => !new RegExp(`^${name}=`, 'm').test(text))).toEqual([]);
    }
  });
});

describe('teamsapp.local.yml (F5 into a developer tenant through a dev tunnel)', () => {
  const steps = [...teamsappLocal.provision, ...teamsappLocal.deploy];

  it('is the same schema version as teamsapp.yml, the current one, with its environments beside the others', () => {
    expect(teamsappLocal.version).toBe('v1.8');
    expect(teamsapp.version).toBe('v1.8');
    for (const file of ['teamsapp.yml', 'teamsapp.local.yml']) expect(readFileSync(path.join(ROOT, file), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/aka\.ms\/teams-toolkit\/v1\.8\/yaml\.schema\.json$/m);
    expect(teamsappLocal.environmentFolderPath).toBe(teamsapp.environmentFolderPath);
  });

  it('provisions the Entra app, the Teams app, a bot registration on the tunnel, and sideloads the package', () => {
    expect(steps.map((step) => step.uses).filter((uses) => !KNOWN_ACTIONS.has(uses))).toEqual([]);
    expect(teamsappLocal.provision.map((step) => step.uses)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'botAadApp/create',
      'botFramework/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/extendToM365',
    ]);
    expect(teamsappLocal.provision.find((step) => step.uses === 'botFramework/create')?.with).toMatchObject({ messagingEndpoint: '${{BOT_ENDPOINT}}/api/messages' });
    expect(teamsappLocal.provision[0]?.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: false });
  });

  it('refers only to files that exist, and reads each variable after it is written or set by the developer', () => {
    expect(steps.flatMap(filesRead).filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
    expect(unmetReads(teamsappLocal, '.env.local')).toEqual([]);
    const written = teamsappLocal.provision.flatMap(variablesWritten).filter((name) => !name.startsWith('SECRET_'));
    const text = readFileSync(path.join(ROOT, teamsappLocal.environmentFolderPath, '.env.local'), 'utf8');
    expect(written.filter((name) => !new RegExp(`^${name}=`, 'm').test(text))).toEqual([]);
  });

  it('builds the Word manifest for the tunnel and writes the settings `npm run dev:teams` starts the server with', () => {
    expect(teamsappLocal.deploy.map((step) => step.with?.args)).toEqual(expect.arrayContaining(['run build', 'run package -- --env local']));
    const settings = teamsappLocal.deploy.find((step) => step.uses === 'file/createOrUpdateEnvironmentFile');
    expect(settings?.with?.target).toBe('./.localConfigs');
    const envs = settings?.with?.envs as Record<string, string | number | boolean>;
    const known = Object.keys(parseEnvironmentFile(readFileSync(path.join(ROOT, '.env.example'), 'utf8')));
    expect(Object.keys(envs).filter((name) => !known.includes(name))).toEqual([]);
    // With the tunnel's and the tenant's values filled in, the server starts (Azurite added by start-local).
    const sample: Record<string, string> = { BOT_ENDPOINT: 'https://abc123-3978.uks1.devtunnels.ms', BOT_DOMAIN: 'abc123-3978.uks1.devtunnels.ms', AAD_APP_CLIENT_ID: '8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f', AAD_APP_TENANT_ID: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b', BOT_ID: '3e4d5c6b-7a89-4b0c-8d1e-2f3a4b5c6d7e', SECRET_BOT_PASSWORD: 'local-only' };
    const environment = Object.fromEntries(Object.entries(envs).map(([name, value]) => [name, String(value).replace(/\$\{\{(\w+)\}\}/g, (_match, variable: string) => sample[variable] ?? '')]));
    expect(findConfigProblems({ ...environment, STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).toEqual([]);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.localConfigs$/m);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['dev:teams']).toContain('--env-file=.localConfigs');
  });
});
