import type { Logger } from 'pino';
import { loadConfig } from '../../src/adapters/config/config';
import { testStorageConnectionString } from '../test-storage';
import { uniqueTablePrefix } from '../test-ids';
import { startServer, type RunningServer } from '../../../bot/src/server/start-server';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestServer extends RunningServer {
  tablePrefix: string;
  /** A dev token for a demo user (see demo-users.ts), fetched from /dev/token like the tab does. */
  tokenFor: (userKey: string) => Promise<string>;
  /** Calls the API as a demo user (or with no token when userKey is null). */
  api: <T = any>(userKey: string | null, method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }) => Promise<ApiResponse<T>>;
}

/**
 * The real server (restify, API, bot, web apps) on a free port over the test run's Azurite, with
 * its own tables and the demo councils seeded. Pass environment overrides to change the config,
 * and a clock to set what day the domain thinks it is (reviews falling due, stage dates).
 */
export async function startTestServer(overrides: Record<string, string> = {}, logger?: Logger, clock?: { now: () => string }): Promise<TestServer> {
  const tablePrefix = overrides.TABLE_PREFIX ?? uniqueTablePrefix('Api');
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_MODE: 'dev',
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: process.env.EH_TEST_LOG_LEVEL ?? 'silent',
    STORAGE_CONNECTION_STRING: testStorageConnectionString(),
    TABLE_PREFIX: tablePrefix,
    ...overrides,
  });
  const server = await startServer(config, logger, clock);
  const tokens = new Map<string, string>();
  const tokenFor = async (userKey: string) => {
    const cached = tokens.get(userKey);
    if (cached) return cached;
    const response = await fetch(`${server.url}/dev/token?user=${encodeURIComponent(userKey)}`);
    if (!response.ok) throw new Error(`No dev token for ${userKey}: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    tokens.set(userKey, token);
    return token;
  };
  const api: TestServer['api'] = async (userKey, method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (userKey) headers.Authorization = `Bearer ${await tokenFor(userKey)}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (static files): keep the text.
    }
    return { status: response.status, headers: response.headers, body: parsed as never };
  };
  return { ...server, tablePrefix, tokenFor, api };
}
