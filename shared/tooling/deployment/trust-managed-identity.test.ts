import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const TENANT = '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b';
const PRINCIPAL = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

/**
 * infra/trust-managed-identity.mjs against a stand-in Azure CLI that keeps the registration's
 * federated credentials in a file: provision can run it every time, and it changes only what is wrong.
 */
describe('trusting the managed identity as a federated credential of the app registration', () => {
  let folder: string;
  const credentialsFile = () => path.join(folder, 'credentials.json');
  const callsFile = () => path.join(folder, 'calls.log');

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'eh-az-'));
    writeFileSync(credentialsFile(), '[]');
    writeFileSync(callsFile(), '');
    const az = `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(callsFile())}, args.slice(0, 4).join(' ') + '\\n');
const list = JSON.parse(fs.readFileSync(${JSON.stringify(credentialsFile())}, 'utf8'));
const verb = args[3];
if (verb === 'list') { process.stdout.write(JSON.stringify(list)); process.exit(0); }
const wanted = JSON.parse(args[args.indexOf('--parameters') + 1]);
const kept = list.filter((credential) => credential.name !== wanted.name);
fs.writeFileSync(${JSON.stringify(credentialsFile())}, JSON.stringify([...kept, { id: 'fic-1', ...wanted }]));
`;
    writeFileSync(path.join(folder, 'az'), az);
    chmodSync(path.join(folder, 'az'), 0o755);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['infra/trust-managed-identity.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${folder}${path.delimiter}${process.env.PATH ?? ''}` } });
  const calls = () => readFileSync(callsFile(), 'utf8').trim().split('\n').filter(Boolean);

  it('adds the credential once, for the identity, the tenant’s issuer and the token exchange audience', () => {
    expect(run('--app', 'app-object-id', '--tenant', TENANT, '--subject', PRINCIPAL).status).toBe(0);
    expect(JSON.parse(readFileSync(credentialsFile(), 'utf8'))).toEqual([
      expect.objectContaining({ name: 'entrance-hall-app-service', subject: PRINCIPAL, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, audiences: ['api://AzureADTokenExchange'] }),
    ]);
    expect(run('--app', 'app-object-id', '--tenant', TENANT, '--subject', PRINCIPAL).stdout).toMatch(/already trusts/);
    expect(calls()).toEqual(['ad app federated-credential list', 'ad app federated-credential create', 'ad app federated-credential list']);
  });

  it('corrects a credential that names another identity (a re-created one)', () => {
    run('--app', 'app-object-id', '--tenant', TENANT, '--subject', 'old-principal');
    expect(run('--app', 'app-object-id', '--tenant', TENANT, '--subject', PRINCIPAL).status).toBe(0);
    expect(calls().at(-1)).toBe('ad app federated-credential update');
    expect(JSON.parse(readFileSync(credentialsFile(), 'utf8'))).toEqual([expect.objectContaining({ subject: PRINCIPAL })]);
  });

  it('stops with a plain message when provision has not written the values yet', () => {
    const result = run('--app', '${{AAD_APP_OBJECT_ID}}', '--tenant', TENANT, '--subject', PRINCIPAL);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Missing --app: provision the Entra app and the Azure resources first/);
    expect(calls()).toEqual([]);
  });
});
