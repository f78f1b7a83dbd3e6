import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findConfigProblems } from '../config/config';
import { listPlaceholders, parseEnvironmentFile } from './environment-file';
import { findUnbalancedBrackets, findUnusedDeclarations, parseBicep, readBicepTemplate } from './bicep-template';

const ROOT = path.resolve(__dirname, '../../..');
const bicep = readBicepTemplate(path.join(ROOT, 'infra', 'azure.bicep'));
const parametersFile = JSON.parse(readFileSync(path.join(ROOT, 'infra', 'azure.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };

/** What the Bicep expressions come to in a real deployment (Ashcombe's sample values). */
const SAMPLE_EXPRESSIONS: Record<string, string> = {
  "'https://${webAppHost}'": 'https://entrancehall-sample-k3x7q2.azurewebsites.net',
  logLevel: 'info',
  tablePrefix: 'EntranceHall',
  allowedTenants: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b',
  groupRoles: '',
  'identity.properties.clientId': '3e4d5c6b-7a89-4b0c-8d1e-2f3a4b5c6d7e',
  'identity.properties.tenantId': '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b',
  aadAppClientId: '8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f',
  aadAppTenantId: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b',
  tableEndpoint: 'https://stentrancehallsample.table.core.windows.net/',
  'insights.properties.ConnectionString': 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/',
  "'Authorization=AAD;ClientId=${identity.properties.clientId}'": 'Authorization=AAD;ClientId=3e4d5c6b-7a89-4b0c-8d1e-2f3a4b5c6d7e',
  "'${aadAppClientId},api://${webAppHost}/${aadAppClientId}'": '8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f,api://entrancehall-sample-k3x7q2.azurewebsites.net/8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f',
};

/** A Bicep value: a literal string, or an expression evaluated from the sample table. */
function sampleValue(expression: string): string {
  const literal = /^'([^'$]*)'$/.exec(expression);
  if (literal) return literal[1] ?? '';
  const value = SAMPLE_EXPRESSIONS[expression];
  if (value === undefined) throw new Error(`No sample value for the Bicep expression ${expression}`);
  return value;
}

describe('infra/azure.bicep (checked structurally: no Bicep compiler runs here)', () => {
  it('pairs every bracket and uses every parameter and variable it declares', () => {
    expect(findUnbalancedBrackets(bicep)).toEqual([]);
    expect(findUnusedDeclarations(bicep)).toEqual([]);
  });

  it('the checks notice an unused parameter and a missing brace', () => {
    const broken = parseBicep(`param used string\nparam forgotten string\nvar name = '\${used}-x'\nresource a 'Microsoft.Web/sites@2023-12-01' = {\n  name: name\n`);
    expect(findUnusedDeclarations(broken)).toEqual(['forgotten']);
    expect(findUnbalancedBrackets(broken)).toEqual(['unclosed {']);
  });

  it('declares the resources the issue asks for', () => {
    expect(Object.values(bicep.resources).map((type) => type.split('@')[0])).toEqual(
      expect.arrayContaining([
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/tableServices/tables',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.Authorization/roleAssignments',
      ]),
    );
    for (const type of Object.values(bicep.resources)) expect(type).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('runs Node 22 LTS on Linux, HTTPS only, with the /readyz health check', () => {
    expect(bicep.text).toMatch(/kind: 'linux'[\s\S]*reserved: true/);
    expect(bicep.text).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(bicep.text).toContain('httpsOnly: true');
    expect(bicep.text).toContain("healthCheckPath: '/readyz'");
    expect(bicep.text).toContain("appCommandLine: 'node bot/dist/main.js'");
  });

  it('names one supported Node (22 LTS) in package.json engines, App Service and CI', () => {
    const engines = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=22.12.0');
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^NODE_MAJOR=22$/m);
    // CI installs that Node before npm ci, so both run on it.
    expect(ci.indexOf('node-linux-')).toBeLessThan(ci.indexOf('npm ci'));
    expect(ci).toMatch(/npm ci[^\n]*\nnpm test\s*$/);
  });

  it('gives the bot a user-assigned managed identity (never the multi-tenant default) and the Teams channel', () => {
    expect(bicep.text).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bicep.text).toContain('msaAppMSIResourceId: identity.id');
    expect(bicep.text).not.toMatch(/MultiTenant/);
    expect(bicep.text).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep.text).toMatch(/userAssignedIdentities: \{\s*'\$\{identity\.id\}': \{\}/);
    expect(bicep.appSettings.MICROSOFT_APP_TYPE).toBe("'UserAssignedMSI'");
  });

  it('offers Cosmos DB for Table as the scale-out path: the same app setting, another endpoint', () => {
    expect(bicep.parameters.find((parameter) => parameter.name === 'tableBackend')).toMatchObject({ hasDefault: true });
    expect(bicep.text).toMatch(/resource cosmos 'Microsoft\.DocumentDB\/databaseAccounts@[\d-]+' = if \(useCosmos\)/);
    expect(bicep.text).toContain("{ name: 'EnableTable' }");
    expect(bicep.text).toContain("useCosmos ? 'https://${cosmosAccountName}.table.cosmos.azure.com:443/'");
    expect(bicep.appSettings.STORAGE_TABLE_ENDPOINT).toBe('tableEndpoint');
  });

  it('holds no key or secret: storage, Cosmos DB, Graph and telemetry all sign in as the managed identity', () => {
    expect(bicep.text).not.toMatch(/listKeys|@secure\(\)|AccountKey|clientSecret|ClientSecret/);
    expect(bicep.parameters.map((parameter) => parameter.name)).not.toContain('aadAppClientSecret');
    expect(Object.keys(bicep.appSettings).filter((name) => /SECRET|PASSWORD|CONNECTION_STRING$/.test(name))).toEqual(['APPLICATIONINSIGHTS_CONNECTION_STRING']);
    expect(bicep.text).toContain('allowSharedKeyAccess: false');
    expect(bicep.text).toContain('disableLocalAuth: true');
    expect(bicep.text).toContain('DisableLocalAuth: true');
    for (const setting of ['STORAGE_MANAGED_IDENTITY_CLIENT_ID', 'GRAPH_MANAGED_IDENTITY_CLIENT_ID', 'MICROSOFT_APP_ID']) expect(bicep.appSettings[setting]).toBe('identity.properties.clientId');
    expect(bicep.outputs.some((output) => /SECRET|KEY|CONNECTION/i.test(output))).toBe(false);
  });

  it('grants the identity exactly the roles it uses: table data (Storage or Cosmos DB) and publishing telemetry', () => {
    const roleIds = [...bicep.text.matchAll(/^var (\w+RoleId) = '([0-9a-f-]{36})'/gm)].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(roleIds)).toEqual({
      tableDataContributorRoleId: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
      cosmosDataContributorRoleId: '00000000-0000-0000-0000-000000000002',
      metricsPublisherRoleId: '3913510d-42f4-4e42-8a64-420c390055eb',
    });
    const assignments = Object.entries(bicep.resources).filter(([, type]) => /roleAssignments|tableRoleAssignments/.test(type)).map(([name]) => name);
    expect(assignments.sort()).toEqual(['cosmosTableAccess', 'identityTableAccess', 'identityTelemetryAccess']);
    expect(bicep.text.match(/principalId: identity\.properties\.principalId/g)).toHaveLength(3);
    expect(bicep.text).toMatch(/resource identityTableAccess '[^']+' = if \(!useCosmos\)/);
    expect(bicep.text).toMatch(/resource cosmosTableAccess '[^']+' = if \(useCosmos\)/);
  });

  it('sends telemetry to a workspace-based Application Insights', () => {
    expect(bicep.resources.logs).toMatch(/^Microsoft\.OperationalInsights\/workspaces@/);
    expect(bicep.resources.insights).toMatch(/^Microsoft\.Insights\/components@/);
    expect(bicep.text).toContain('WorkspaceResourceId: logs.id');
    expect(bicep.appSettings.APPLICATIONINSIGHTS_CONNECTION_STRING).toBe('insights.properties.ConnectionString');
    // The server's JSON logs land in the same workspace, joinable on correlationId / traceId.
    expect(bicep.text).toMatch(/resource webAppLogs 'Microsoft\.Insights\/diagnosticSettings@[^']+' = \{\s*scope: webApp/);
    expect(bicep.text).toContain("{ category: 'AppServiceConsoleLogs', enabled: true }");
  });

  it('caps instanceCount at 3, what a Basic plan allows', () => {
    expect(bicep.text).toMatch(/@maxValue\(3\)\s*param instanceCount int = 1/);
  });

  it('app settings are the server’s own variables, and a production server would start with them', () => {
    const known = Object.keys(parseEnvironmentFile(readFileSync(path.join(ROOT, '.env.example'), 'utf8')));
    const platform = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'WEBSITE_RUN_FROM_PACKAGE'];
    expect(Object.keys(bicep.appSettings).filter((name) => !known.includes(name) && !platform.includes(name))).toEqual([]);
    const environment = Object.fromEntries(Object.entries(bicep.appSettings).map(([name, expression]) => [name, sampleValue(expression)]));
    expect(findConfigProblems(environment)).toEqual([]);
    expect(environment).toMatchObject({ NODE_ENV: 'production', AUTH_MODE: 'entra', SEED_DEMO_DATA: 'false' });
  });

  it('the parameters file sets only declared parameters, every required one, from environment variables', () => {
    const declared = bicep.parameters.map((parameter) => parameter.name);
    const given = Object.keys(parametersFile.parameters);
    expect(given.filter((name) => !declared.includes(name))).toEqual([]);
    expect(bicep.parameters.filter((parameter) => !parameter.hasDefault && !given.includes(parameter.name)).map((parameter) => parameter.name)).toEqual([]);
    expect(listPlaceholders(JSON.stringify(parametersFile))).toEqual(expect.arrayContaining(['AAD_APP_CLIENT_ID']));
    expect(listPlaceholders(JSON.stringify(parametersFile)).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('outputs what the Teams manifest and teamsapp.yml read, under the names the Toolkit writes', () => {
    expect(bicep.outputs).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_DOMAIN', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'TAB_ENDPOINT']));
    for (const output of bicep.outputs) expect(output).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});
