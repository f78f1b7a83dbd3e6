import type { DemoUser } from '@entrance-hall/shared/demo/demo-users';
import { startTestServer, type TestServer } from '../testing/start-test-server';
import { PlaygroundClient, startAgentsPlayground, type RunningPlayground } from './agents-playground';
import { playgroundUserId } from './playground-config';

/** The server, Microsoft 365 Agents Playground in front of it, and a client signed in as one user. */
export interface PlaygroundSession {
  /** May be replaced by a test (a restart); whichever is here at the end is closed. */
  server: TestServer;
  playground: RunningPlayground;
  client: PlaygroundClient;
}

/** For a jest file: starts the session before its tests and stops it after them. */
export function usePlaygroundSession(user: DemoUser): PlaygroundSession {
  const session = {} as PlaygroundSession;
  beforeAll(async () => {
    session.server = await startTestServer();
    session.playground = await startAgentsPlayground({ botEndpoint: `${session.server.url}/api/messages` });
    session.client = await PlaygroundClient.connect(session.playground, playgroundUserId(user));
  }, 120_000);
  afterAll(async () => {
    session.client?.close();
    await session.playground?.stop();
    await session.server?.close();
  });
  return session;
}
