import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createAuthenticator } from '@entrance-hall/shared/http/api/authenticate';
import type { Config } from '@entrance-hall/shared/adapters/config/config';
import { createDomainContext, type DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { seedDemoData, type SeedResult } from '../../../shared/demo/seed-demo-data';
import { buildDemoOrganisations } from '../../../shared/demo/demo-data';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../../../shared/demo/demo-users';
import { DemoUserDirectory } from '../../../shared/demo/demo-user-directory';
import { createIdentity } from '@entrance-hall/shared/http/identity/create-identity';
import { createPrincipalResolver } from '@entrance-hall/shared/http/identity/resolve-principal';
import { createApiServer } from '@entrance-hall/shared/http/server/create-api-server';
import { addMissingIndexes } from '@entrance-hall/shared/adapters/storage/add-missing-indexes';
import { TableRepositories } from '@entrance-hall/shared/adapters/storage/repositories';
import { TableStore } from '@entrance-hall/shared/adapters/storage/table-store';
import { PortInUseError } from '@entrance-hall/shared/adapters/storage/azurite-process';
import { storageConnectionFrom } from '@entrance-hall/shared/adapters/storage/storage-connection';
import { createUserDirectory } from '@entrance-hall/shared/adapters/graph/create-user-directory';
import { registerSecurityHeaders } from '@entrance-hall/shared/http/server/security-headers';
import { createLogger } from '@entrance-hall/shared/adapters/telemetry/telemetry';
import { registerBot } from '../teams/register-bot';
import { registerWebApps } from './register-web-apps';
import { trackInFlight } from './track-in-flight';

/** How long a shutdown waits for requests already received to be answered. */
const DRAIN_TIMEOUT_MS = 15_000;

export interface RunningServer {
  url: string;
  port: number;
  context: DomainContext;
  seeded: SeedResult[];
  logger: Logger;
  /** Stops accepting, answers every request already received, then stops the bot's background work. */
  close: () => Promise<void>;
}

/**
 * The composition root: storage, identity, the API, the bot and the web apps in one restify
 * process. Stateless: everything it knows is in Table Storage.
 */
export async function startServer(config: Config, logger: Logger = createLogger(config), clock?: Pick<DomainContext, 'now'>): Promise<RunningServer> {
  const store = await TableStore.connect({ ...storageConnectionFrom(config), tableName: `${config.TABLE_PREFIX}Records` });
  const repos = new TableRepositories(store);
  // The domain's clock (what day it is for stage dates, reviews falling due); tests may set it.
  const context = createDomainContext(repos, clock ? { now: clock.now } : {});
  const seeded = config.SEED_DEMO_DATA ? await seedDemoData(repos) : [];
  await addMissingIndexes(repos);

  // Locally (AUTH_MODE=dev, no Entra app) people sign in as the demo councils' users: this
  // composition root is the one product file that hands the demo data to the server.
  const identity = await createIdentity(config, Object.values(DEMO_ORGANISATIONS).map((organisation) => organisation.tenantId));
  const resolvePrincipal = createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId), groupRoles: config.AUTH_GROUP_ROLES });
  const authenticate = createAuthenticator(identity.verify, resolvePrincipal);
  const organisationNames = Object.fromEntries(buildDemoOrganisations().map((demo) => [demo.organisation.id, demo.organisation.name]));

  const demoDirectory = new DemoUserDirectory();
  const directory = createUserDirectory(config, demoDirectory);
  // The bot is registered after the API server exists, but the API tells it about decisions.
  let notifyRequesters: (organisationId: string) => void = () => undefined;
  const server = createApiServer({
    context,
    authenticate,
    logger,
    devIdentity: identity.devIdentity,
    devRoster: { users: DEMO_USERS, organisationNames },
    directory,
    onRequestNotification: (organisationId) => notifyRequesters(organisationId),
    beforeRoutes: (restifyServer) => registerSecurityHeaders(restifyServer, config),
    timeouts: { headersMs: config.HTTP_HEADERS_TIMEOUT_MS, requestMs: config.HTTP_REQUEST_TIMEOUT_MS, idleMs: config.HTTP_IDLE_TIMEOUT_MS },
  });
  const inFlight = trackInFlight(server.server);
  // Who has the ICT role: the demo councils' people locally; in a tenant the Entra app-role
  // assignments and AUTH_GROUP_ROLES groups, read through Microsoft Graph.
  const bot = registerBot(server, { config, context, directory, logger, roleHolders: directory });
  notifyRequesters = bot.notifyRequesters;
  registerWebApps(server, { sourceMaps: config.NODE_ENV !== 'production' });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (error) {
    await bot.close();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new PortInUseError(config.PORT, 'Entrance Hall', 'PORT') : error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  return {
    url,
    port,
    context,
    seeded,
    logger,
    close: async () => {
      await inFlight.drain(DRAIN_TIMEOUT_MS);
      await bot.close();
    },
  };
}
