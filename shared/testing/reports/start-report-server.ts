import { startTestServer } from '../../../../bot/src/testing/start-test-server';
import type { DomainContext } from '../../context/domain-context';

export interface ReportServer {
  url: string;
  context: DomainContext;
  /** Calls the server as a demo user (dev sign-in, as the task pane does locally), or with no token. */
  call: (user: string | null, path: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
}

/**
 * The real server (as `npm start` composes it, report routes and Word downloads included) over the
 * test Azurite with the demo councils seeded, with a fetch that signs in as a demo user.
 */
export async function startReportServer(): Promise<ReportServer> {
  const server = await startTestServer();
  return {
    url: server.url,
    context: server.context,
    call: async (user, path, init = {}) => {
      const headers = new Headers(init.headers);
      if (user) headers.set('Authorization', `Bearer ${await server.tokenFor(user)}`);
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
    close: server.close,
  };
}
