import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { buildContentSecurityPolicy, registerSecurityHeaders } from './security-headers';

async function headersFrom(nodeEnv: 'production' | 'development', path = '/page'): Promise<Headers> {
  const server = restify.createServer();
  registerSecurityHeaders(server, { NODE_ENV: nodeEnv });
  server.get('/*', (_request, response, next) => {
    response.send(200, 'ok');
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    await response.text();
    return response.headers;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('security headers', () => {
  it('sends HSTS in production', async () => {
    expect((await headersFrom('production')).get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it('does not mark pages as uncacheable, only the API', async () => {
    expect((await headersFrom('production', '/tab/index.html')).get('cache-control')).toBeNull();
    expect((await headersFrom('production', '/api/v1/requests')).get('cache-control')).toBe('no-store');
  });

  it('has no unsafe script sources', () => {
    const policy = buildContentSecurityPolicy();
    const scriptSources = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    expect(scriptSources).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|http:/);
    expect(policy).not.toMatch(/frame-ancestors[^;]*(\s\*(\s|;|$)|http:)/);
  });
});
