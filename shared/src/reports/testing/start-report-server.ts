import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createAuthenticator } from '../../api/authenticate';
import { loadConfig } from '../../config/config';
import { buildDemoOrganisations } from '../../demo/demo-data';
import { seedDemoData } from '../../demo/seed-demo-data';
import { createIdentity } from '../../identity/create-identity';
import { createPrincipalResolver } from '../../identity/resolve-principal';
import { createApiServer } from '../../server/create-api-server';
import { createTestStorage, testStorageConnectionString } from '../../../testing/test-storage';
import type { DomainContext } from '../../context/domain-context';
import { registerReportDownloads } from '../register-report-downloads';
import { buildReportRoutes } from '../report-routes';

export interface ReportServer {
  url: string;
  context: DomainContext;
  /** Calls the server as a demo user (dev sign-in, as the task pane does locally), or with no token. */
  call: (user: string | null, path: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
}

/**
 * The API server with the report routes AND the raw downloads mounted exactly as
 * `registerReportDownloads` is meant to be mounted by the composition root, over the test Azurite
 * with the demo councils seeded and dev sign-in. (The bot and web apps are not needed here.)
 */
export async function startReportServer(): Promise<ReportServer> {
  const { repos, context } = await createTestStorage('Rpt');
  await seedDemoData(repos);
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', AUTH_MODE: 'dev', STORAGE_CONNECTION_STRING: testStorageConnectionString() });
  const identity = await createIdentity(config);
  const authenticate = createAuthenticator(identity.verify, createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId) }));
  const logger = pino({ level: 'silent' });
  const server = createApiServer({
    context,
    authenticate,
    logger,
    devIdentity: identity.devIdentity,
    organisationNames: Object.fromEntries(buildDemoOrganisations().map((demo) => [demo.organisation.id, demo.organisation.name])),
    extraRoutes: buildReportRoutes(context),
  });
  registerReportDownloads(server, { context, authenticate, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();
  const tokenFor = async (user: string) => {
    if (!tokens.has(user)) {
      const response = await fetch(`${url}/dev/token?user=${encodeURIComponent(user)}`);
      tokens.set(user, ((await response.json()) as { token: string }).token);
    }
    return tokens.get(user)!;
  };
  return {
    url,
    context,
    call: async (user, path, init = {}) => {
      const headers = new Headers(init.headers);
      if (user) headers.set('Authorization', `Bearer ${await tokenFor(user)}`);
      return fetch(`${url}${path}`, { ...init, headers });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
