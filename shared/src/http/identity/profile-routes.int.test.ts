import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createRemoteJWKSet } from 'jose';
import type { Server } from 'restify';
import { createTestStorage } from '../../testing/test-storage';
import { startLocalOpenIdIssuer, type LocalOpenIdIssuer } from '../../testing/local-openid-issuer';
import { createAuthenticator } from '../api/authenticate';
import { seedDemoData } from '../demo/seed-demo-data';
import { DEMO_ORGANISATIONS, findDemoUser } from '../demo/demo-users';
import { createApiServer } from '../server/create-api-server';
import { registerSecurityHeaders } from '../server/security-headers';
import { createGraphCredentials } from './graph-credentials';
import { GraphUserDirectory } from './graph-user-directory';
import { buildProfileRoutes } from './profile-routes';
import { createPrincipalResolver } from './resolve-principal';
import { startLocalMicrosoftGraph, type LocalMicrosoftGraph } from './testing/local-microsoft-graph';
import { createTokenVerifier } from './token-verifier';
import { DemoUserDirectory, type UserDirectory } from './user-directory';

const AUDIENCE = 'api://entrancehall.ashcombe.example.gov.uk/5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
const ASHCOMBE = DEMO_ORGANISATIONS.ashcombe.tenantId;
const SEAN = { id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', displayName: "Seán O'Brien", userPrincipalName: 'sean.obrien@ashcombe.gov.uk' };
const PRIYA = { id: '3f6e1d2c-8b7a-4c5d-9e0f-1a2b3c4d5e6f', displayName: 'Priya Shah', mail: 'priya.shah@ashcombe.gov.uk', userPrincipalName: 'priya.shah@ashcombe.gov.uk', department: 'Revenues and Benefits', jobTitle: 'Revenues Team Leader' };

/**
 * Entra sign-in and Graph end to end, with both stood in on loopback: a token from the local
 * OpenID issuer reaches the API, is verified, and is exchanged on-behalf-of the person (real
 * msal-node) for a Graph token that reads their profile (real Graph client).
 */
describe('GET /api/v1/me/profile', () => {
  let issuer: LocalOpenIdIssuer;
  let graph: LocalMicrosoftGraph;
  const servers: Server[] = [];

  async function startApi(directory: UserDirectory): Promise<string> {
    const { repos, context } = await createTestStorage('Profile');
    await seedDemoData(repos);
    const verify = createTokenVerifier({ audiences: [AUDIENCE], allowedTenants: [ASHCOMBE], issuerTemplate: issuer.issuerTemplate, keys: createRemoteJWKSet(new URL(issuer.jwksUri)) });
    const authenticate = createAuthenticator(verify, createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId) }));
    const server = createApiServer({
      context,
      authenticate,
      logger: pino({ level: 'silent' }),
      extraRoutes: buildProfileRoutes({ directory }),
      beforeRoutes: (restify) => registerSecurityHeaders(restify, { NODE_ENV: 'test' }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const get = async (base: string, token?: string) => {
    const response = await fetch(`${base}/api/v1/me/profile`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    issuer = await startLocalOpenIdIssuer();
    graph = await startLocalMicrosoftGraph();
    graph.users.set(PRIYA.id, PRIYA);
  });
  afterAll(async () => {
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
    await graph?.stop();
    await issuer?.stop();
  });

  describe('with Microsoft Graph', () => {
    let base: string;
    beforeAll(async () => {
      const credentials = createGraphCredentials(graph.credentialOptions());
      base = await startApi(new GraphUserDirectory({ credentials, graphBaseUrl: graph.baseUrl }));
    });

    it('reads the signed-in person’s profile on their behalf with the very token they signed in with', async () => {
      const token = await issuer.sign({ tid: ASHCOMBE, aud: AUDIENCE, oid: PRIYA.id, name: 'Priya Shah' });
      const response = await get(base, token);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: PRIYA.id, displayName: 'Priya Shah', mail: PRIYA.mail, department: 'Revenues and Benefits', jobTitle: 'Revenues Team Leader' });
      expect(response.cache).toBe('no-store');
      const exchange = graph.requests.find((request) => request.form.get('requested_token_use') === 'on_behalf_of');
      expect(exchange?.form.get('assertion')).toBe(token);
    });

    it('says an administrator must consent when Entra refuses, as a 403 problem', async () => {
      // Someone whose profile is not cached yet (a profile read once is reused for ten minutes).
      graph.users.set(SEAN.id, SEAN);
      const token = await issuer.sign({ tid: ASHCOMBE, aud: AUDIENCE, oid: SEAN.id, name: SEAN.displayName });
      graph.refuseConsentFor(token);
      const response = await get(base, token);
      expect(response.status).toBe(403);
      expect(response.type).toMatch(/^application\/problem\+json/);
      expect(response.body.detail ?? response.body.title).toMatch(/administrator must grant it consent/);
    });

    it('asks for a token first', async () => {
      expect((await get(base)).status).toBe(401);
    });
  });

  it('answers from the demo directory locally, at the same address', async () => {
    const base = await startApi(new DemoUserDirectory());
    const tom = findDemoUser('tom.reed')!;
    const response = await get(base, await issuer.sign({ tid: ASHCOMBE, aud: AUDIENCE, oid: tom.id, name: tom.name }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: tom.id, displayName: 'Tom Reed', mail: tom.email, department: 'ICT and Digital', jobTitle: 'ICT Business Partner' });
  });
});
