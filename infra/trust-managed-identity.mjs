// Lets the web app's user-assigned managed identity sign in as the Entra app registration: a
// federated identity credential (issuer: the tenant, subject: the identity's principal id,
// audience: api://AzureADTokenExchange). The server then calls Microsoft Graph with a token App
// Service hands the identity, and the registration has no client secret at all.
// `teamsapp provision` runs this after arm/deploy; it needs the Azure CLI signed in (`az login`) as
// someone who may change the registration. Running it again changes nothing.
//   node infra/trust-managed-identity.mjs --app <app object id> --tenant <tenant id> --subject <principal id>
import { execFileSync } from 'node:child_process';

const CREDENTIAL_NAME = 'entrance-hall-app-service';
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? process.argv[index + 1] : undefined;
  if (!value || value.startsWith('${{')) {
    process.stderr.write(`Missing --${name}: provision the Entra app and the Azure resources first.\n`);
    process.exit(1);
  }
  return value;
};
const app = option('app');
const tenant = option('tenant');
const subject = option('subject');
const az = (args) => execFileSync('az', args, { encoding: 'utf8', shell: process.platform === 'win32' });

const existing = JSON.parse(az(['ad', 'app', 'federated-credential', 'list', '--id', app, '--output', 'json']));
const wanted = { name: CREDENTIAL_NAME, issuer: `https://login.microsoftonline.com/${tenant}/v2.0`, subject, audiences: ['api://AzureADTokenExchange'], description: 'Entrance Hall on App Service (user-assigned managed identity)' };
const current = existing.find((credential) => credential.name === CREDENTIAL_NAME);
if (current && current.subject === subject && current.issuer === wanted.issuer) {
  process.stdout.write(`The app registration already trusts the managed identity ${subject}.\n`);
} else {
  const verb = current ? 'update' : 'create';
  az(['ad', 'app', 'federated-credential', verb, '--id', app, ...(current ? ['--federated-credential-id', current.id] : []), '--parameters', JSON.stringify(wanted)]);
  process.stdout.write(`The app registration now trusts the managed identity ${subject} (federated credential "${CREDENTIAL_NAME}").\n`);
}
