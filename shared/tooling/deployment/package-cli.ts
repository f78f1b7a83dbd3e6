import path from 'node:path';
import { buildDeploymentPackages, environmentFileOf, PackageProblemsError } from './build-deployment-packages';
import { readEnvironmentFile } from './environment-file';
import { APP_PACKAGE_DIR } from './teams-app-package';

/**
 * `npm run package [-- --env <name> | --env-file <file>]` (through appPackage/build-package.mjs).
 * With no option: the "dev" environment once provisioned, else the fictional sample deployment
 * with a warning; that package installs nowhere but shows what a real one contains.
 */
async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  let environmentName = option('env');
  let environmentFile = option('env-file');
  if (!environmentName && !environmentFile) {
    const dev = readEnvironmentFile(environmentFileOf('dev'));
    if (dev.TEAMS_APP_ID && dev.BOT_DOMAIN) environmentName = 'dev';
    else {
      environmentFile = path.join(APP_PACKAGE_DIR, 'sample-deployment.env');
      process.stdout.write(
        'appPackage/env/.env.dev is not provisioned yet: building the SAMPLE deployment (fictional ids; it installs nowhere).\n' +
          'Provision first ("teamsapp provision --env dev"), or choose one: npm run package -- --env <name>\n\n',
      );
    }
  }
  try {
    const built = await buildDeploymentPackages({ environmentName, environmentFile: environmentFile && path.resolve(environmentFile) });
    const relative = (file: string) => path.relative(process.cwd(), file);
    process.stdout.write(
      [
        `Entrance Hall packages for "${built.environmentName}" (${built.baseUrl}):`,
        `  Teams app package:    ${relative(built.teamsZip)}  (Teams admin centre > Manage apps > Upload, or "teamsapp publish")`,
        `  Teams manifest:       ${relative(built.teamsManifest)}`,
        `  Word add-in manifest: ${relative(built.wordManifest)}  (Microsoft 365 admin centre > Integrated apps)`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    if (error instanceof PackageProblemsError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

void main(process.argv.slice(2));
