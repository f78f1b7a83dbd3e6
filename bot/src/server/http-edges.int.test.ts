import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { codeForStatus } from '@entrance-hall/shared/http/api/problem-details';
import { findProjectRoot } from '@entrance-hall/shared/http/server/project-root';
import { registerSecurityHeaders } from '@entrance-hall/shared/http/server/security-headers';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

/** The raw HTTP edges: sizes, types, encodings, slow clients, and the headers every answer carries. */

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends a raw request with Node's http client, so Host and streaming can be controlled. */
function rawRequest(url: string, options: http.RequestOptions, write?: (request: http.ClientRequest) => void): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, options, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    if (write) write(request);
    else request.end();
  });
}

/** Opens a connection, sends the text as it is, and resolves with what came back once the server ends the connection. */
function sendAndWaitForClose(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

describe('HTTP edges', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    token = await server.tokenFor('priya.shah');
  });
  afterAll(async () => server?.close());

  const count = async () => (await server.api('tom.reed', 'GET', '/api/v1/requests')).body.count as number;

  it('stops reading a streamed body at the limit and answers 413 before the client has sent it all', async () => {
    const before = await count();
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const total = 100 * 1024 * 1024;
    let sent = 0;
    let answered = false;
    const answer = await rawRequest(`${server.url}/api/v1/requests`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }, (request) => {
      request.on('response', () => (answered = true));
      request.on('error', () => undefined);
      const pump = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(sent).toBeLessThan(total);
    expect(await count()).toBe(before);
  });

  it('answers 413 at once to a body declared too large, without waiting for it', async () => {
    const answer = await rawRequest(`${server.url}/api/v1/requests`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) } }, (request) => {
      request.on('error', () => undefined);
      request.write('{"title":');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).code).toBe('payload_too_large');
  });

  it.each([
    ['application/json-seq', '{"title":"x"}'],
    ['application/json; charset=utf-16', '{"title":"x"}'],
    ['application/vnd.example+json', '{"title":"x"}'],
    ['text/plain', '{"title":"x"}'],
    ['application/x-www-form-urlencoded', 'title=x'],
  ])('refuses a %s body with 415 problem+json, storing nothing', async (contentType, body) => {
    const before = await count();
    const response = await server.api('priya.shah', 'POST', '/api/v1/requests', { body, headers: { 'Content-Type': contentType } });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('unsupported_media_type');
    expect(await count()).toBe(before);
  });

  it('takes a PATCH sent as application/merge-patch+json (RFC 7396), and refuses that type where the body is not a patch', async () => {
    const created = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Merge patch media type' }) });
    expect(created.status).toBe(201);
    const patched = await server.api('priya.shah', 'PATCH', `/api/v1/requests/${created.body.id}`, {
      body: JSON.stringify({ sponsor: 'Head of Revenues' }),
      headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8', 'If-Match': created.body.etag },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ sponsor: 'Head of Revenues', title: 'Merge patch media type' });

    const before = await count();
    const posted = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: JSON.stringify(validRequestBody()), headers: { 'Content-Type': 'application/merge-patch+json' } });
    expect(posted.status).toBe(415);
    expect(posted.body.detail).toBe('Send the body as JSON in UTF-8 (Content-Type: application/json).');
    expect(await count()).toBe(before);
  });

  it('accepts JSON with charset=UTF-8, and refuses bytes that are not UTF-8', async () => {
    const utf8 = await server.api('priya.shah', 'POST', '/api/v1/requests', { body: validRequestBody(), headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
    expect(utf8.status).toBe(201);
    const before = await count();
    const latin1 = Buffer.from(JSON.stringify(validRequestBody({ title: 'Caf\u00e9 bookings' })), 'latin1');
    const response = await fetch(`${server.url}/api/v1/requests`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: latin1 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'validation', errors: [{ field: '(body)', message: 'The body is not valid UTF-8.' }] });
    expect(await count()).toBe(before);
  });

  it.each(['/api/v1/reports/tables/%E0%A4%A?format=docx', '/api/v1/reports/tables/action%ZZplan', '/api/v1/requests?text=%E0%A4', '/api/v1/requests/EH-2026-%C0'])(
    'answers bad %%-encoding in %s with 400 problem+json',
    async (path) => {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${await server.tokenFor('sarah.lewis')}` } });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: 'validation', errors: [{ field: '(address)' }] });
      for (const header of SECURITY_HEADERS) expect(response.headers.get(header)).toBeTruthy();
    },
  );

  it('answers a malformed activity on /api/messages with 400 problem+json', async () => {
    const response = await server.api(null, 'POST', '/api/messages', { body: {} });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('validation');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['type', 'channelId', 'serviceUrl', 'conversation.id']);
  });

  it('gives restify’s own errors the code of their status (413 from the bot body parser)', async () => {
    const response = await server.api(null, 'POST', '/api/messages', { body: { type: 'message', text: 'x'.repeat(300 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
    expect(codeForStatus(403)).toBe('forbidden');
    expect(codeForStatus(415)).toBe('unsupported_media_type');
    expect(codeForStatus(418)).toBe('internal');
  });

  it('sends the security headers on report downloads, unknown addresses and wrong methods', async () => {
    const authorization = { Authorization: `Bearer ${await server.tokenFor('sarah.lewis')}` };
    const download = await fetch(`${server.url}/api/v1/reports/tables/action-plan?format=docx`, { headers: authorization });
    expect(download.status).toBe(200);
    const unknown = await fetch(`${server.url}/nowhere`);
    expect(unknown.status).toBe(404);
    const wrongMethod = await fetch(`${server.url}/api/v1/me`, { method: 'DELETE', headers: authorization });
    expect(wrongMethod.status).toBe(405);
    expect((await wrongMethod.json()).code).toBe('rule_violation');
    for (const response of [download, unknown, wrongMethod]) {
      for (const header of SECURITY_HEADERS) expect([response.url, header, response.headers.get(header)]).toEqual([response.url, header, expect.any(String)]);
    }
  });

  // restify 12 resolves a literal "/tab/../x" to "/x" before routing (404 there); escaped forms reach
  // the static file handler, which refuses them (403). Either way nothing outside the tab is served.
  it('never serves a file out of the built tab: 403 or 404 problem+json with the matching code (needs "npm run build", as npm test does)', async () => {
    if (!existsSync(path.join(findProjectRoot(__dirname), 'tab', 'dist', 'index.html'))) throw new Error('The tab is not built: run "npm run build" (npm test does it first).');
    for (const traversal of ['/tab/../package.json', '/tab/%2e%2e/package.json', '/tab/..%2fpackage.json', '/tab/..%5cpackage.json']) {
      const answer = await sendAndWaitForClose(server.port, `GET ${traversal} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect([traversal, head.split('\r\n')[0]]).toEqual([traversal, expect.stringMatching(/^HTTP\/1\.1 40[34] /)]);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(head).toMatch(/content-security-policy: /i);
      const problem = JSON.parse(body) as { status: number; code: string };
      expect(problem).toEqual(expect.objectContaining(problem.status === 403 ? { code: 'forbidden' } : { status: 404, code: 'not_found' }));
      expect(body).not.toContain('"workspaces"');
    }
  });

  it('adds HSTS in production to every answer, unknown addresses included', async () => {
    const bare = restify.createServer();
    registerSecurityHeaders(bare, { NODE_ENV: 'production' });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(bare.address() as net.AddressInfo).port}/nowhere`);
      expect(response.status).toBe(404);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    } finally {
      await new Promise<void>((resolve) => bare.close(() => resolve()));
    }
  });

  it('answers dev sign-in only to a loopback Host header (no DNS rebinding)', async () => {
    const forged = await rawRequest(`${server.url}/dev/token?user=tom.reed`, { headers: { Host: 'attacker.example:80' } });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'forbidden' });
    expect(forged.body).not.toContain('token"');
    const users = await rawRequest(`${server.url}/dev/users`, { headers: { Host: '127.0.0.1.attacker.example' } });
    expect(users.status).toBe(403);
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, '[::1]']) {
      expect((await rawRequest(`${server.url}/dev/token?user=tom.reed`, { headers: { Host: host } })).status).toBe(200);
    }
  });
});

describe('slow clients', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600', HTTP_IDLE_TIMEOUT_MS: '300' });
  });
  afterAll(async () => server?.close());

  it('closes a connection whose body never arrives', async () => {
    const token = await server.tokenFor('priya.shah');
    await sendAndWaitForClose(server.port, `POST /api/v1/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"title":`);
  });

  it('closes a connection whose headers never finish', async () => {
    await sendAndWaitForClose(server.port, 'GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  });
});
