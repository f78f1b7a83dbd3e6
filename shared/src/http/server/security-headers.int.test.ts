import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';
import { FRAME_ANCESTORS } from './security-headers';

/** Parses a CSP header into directive → sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('security headers on the real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets only Teams and Office hosts frame the app, and never sends X-Frame-Options', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = parseCsp(response.headers.get('content-security-policy'));
    const ancestors = csp.get('frame-ancestors') ?? [];
    expect(ancestors).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.office.com', 'https://outlook.office.com', 'https://outlook.office365.com']));
    expect(ancestors).toEqual([...FRAME_ANCESTORS]);
    // Every entry is an https host of Microsoft 365 (or the app itself); no wildcard scheme or bare *.
    for (const source of ancestors.filter((entry) => entry !== "'self'")) {
      expect(source).toMatch(/^https:\/\/(\*\.)?([a-z0-9-]+\.)*(microsoft\.com|cloud\.microsoft|microsoft365\.com|office\.com|office365\.com|live\.com|sharepoint\.com)$/);
    }
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('allows scripts only from the app itself and the Office.js CDN', async () => {
    const response = await fetch(`${server.url}/readyz`);
    const csp = parseCsp(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('sends the headers on API errors too, and never lets an API answer be cached', async () => {
    const response = await server.api(null, 'GET', '/api/v1/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const token = await fetch(`${server.url}/dev/token?user=priya.shah`);
    expect(token.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS only in production (a developer on http://localhost would be locked out)', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
