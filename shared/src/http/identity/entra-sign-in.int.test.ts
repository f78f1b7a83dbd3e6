import { createRemoteJWKSet } from 'jose';
import { startTestServer, type TestServer } from '../../../bot/src/testing/start-test-server';
import { startLocalOpenIdIssuer, type LocalOpenIdIssuer } from '../../testing/local-openid-issuer';
import { DEMO_ORGANISATIONS } from '../demo/demo-users';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

const AUDIENCE = 'api://entrancehall.ashcombe.example.gov.uk/5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
const ASHCOMBE = DEMO_ORGANISATIONS.ashcombe.tenantId;
/** A real Microsoft 365 tenant, but not one allowed to use this Entrance Hall. */
const OTHER_TENANT = '0d9c8b7a-6f5e-4d4c-8b3a-2f1e0d9c8b7a';
const STEERING_GROUP = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';
const USER = { oid: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182', name: 'Helen Morris', preferred_username: 'helen.morris@ashcombe.gov.uk' };

/** A token with no signature at all (`alg: none`), as an attacker would send. */
function unsignedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

describe('Entra sign-in against a local OpenID issuer (own keys, JWKS on loopback)', () => {
  let issuer: LocalOpenIdIssuer;
  beforeAll(async () => {
    issuer = await startLocalOpenIdIssuer();
  });
  afterAll(async () => {
    await issuer?.stop();
  });

  const claims = (extra: Record<string, unknown> = {}) => ({ ...USER, tid: ASHCOMBE, aud: AUDIENCE, ...extra });

  describe('the one token verifier', () => {
    let verify: TokenVerifier;
    beforeAll(() => {
      verify = createTokenVerifier({ audiences: [AUDIENCE], allowedTenants: [ASHCOMBE], issuerTemplate: issuer.issuerTemplate, keys: createRemoteJWKSet(new URL(issuer.jwksUri)) });
    });
    const refusal = (token: string) => verify(token).then(() => undefined, (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }));

    it('accepts a valid token and reads who it is, with app roles and groups', async () => {
      const identity = await verify(await issuer.sign(claims({ roles: ['SteeringChair', 'NotARole'], groups: [STEERING_GROUP] })));
      expect(identity).toEqual({ userId: USER.oid, name: 'Helen Morris', email: USER.preferred_username, tenantId: ASHCOMBE, roles: ['SteeringChair'], groups: [STEERING_GROUP] });
    });

    it('refuses an expired token', async () => {
      expect(await refusal(await issuer.sign(claims(), { expiresIn: Math.floor(Date.now() / 1000) - 600 }))).toEqual({ code: 'unauthenticated', message: 'Your sign-in has expired. Sign in again.' });
    });

    it('refuses a token for another application', async () => {
      expect(await refusal(await issuer.sign(claims({ aud: 'api://some-other-app' })))).toEqual({ code: 'unauthenticated', message: 'The sign-in token is for a different application.' });
    });

    it('refuses a tenant that is not allowed, even when its issuer signed it properly', async () => {
      expect(await refusal(await issuer.sign(claims({ tid: OTHER_TENANT })))).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/tenant is not allowed/) });
    });

    it('refuses a token whose issuer is not the tenant’s own', async () => {
      const foreignIssuer = issuer.issuerTemplate.replace('{tenantid}', OTHER_TENANT);
      expect(await refusal(await issuer.sign(claims(), { issuer: foreignIssuer }))).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/not issued by your organisation/) });
    });

    it('refuses an unsigned token (alg none)', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = unsignedToken({ ...claims(), iss: issuer.issuerTemplate.replace('{tenantid}', ASHCOMBE), iat: now, exp: now + 3600, ver: '2.0' });
      expect(await refusal(token)).toEqual({ code: 'unauthenticated', message: 'The sign-in token is not signed in a way Entrance Hall accepts.' });
    });

    it('refuses a token signed with a key the issuer never published', async () => {
      expect(await refusal(await issuer.sign(claims(), { withKey: issuer.foreignKey }))).toEqual({ code: 'unauthenticated', message: 'The sign-in token’s signature could not be verified.' });
    });
  });

  describe('the real server with AUTH_MODE=entra', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        AUTH_MODE: 'entra',
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ALLOWED_TENANTS: ASHCOMBE,
        AUTH_ISSUER: issuer.issuerTemplate,
        AUTH_JWKS_URI: issuer.jwksUri,
        AUTH_GROUP_ROLES: `${STEERING_GROUP}:SteeringMember`,
      });
    });
    afterAll(async () => {
      await server?.close();
    });

    const call = async (path: string, token: string) => {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
    };

    it('signs a council officer in with their Entra token and app roles', async () => {
      const me = await call('/api/v1/me', await issuer.sign(claims({ roles: ['SteeringChair'] })));
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: USER.oid, name: 'Helen Morris', organisation: { id: 'ashcombe' }, roles: [{ id: 'SteeringChair', label: 'Steering group chair' }] });
    });

    it('answers 403 on a role-gated route for someone with no role, and the steering group’s members get in through the group', async () => {
      const officer = await call('/api/v1/risks', await issuer.sign(claims()));
      expect(officer.status).toBe(403);
      expect(officer.type).toMatch(/^application\/problem\+json/);
      const member = await call('/api/v1/risks', await issuer.sign(claims({ groups: [STEERING_GROUP] })));
      expect(member.status).toBe(200);
      const me = await call('/api/v1/me', await issuer.sign(claims({ groups: [STEERING_GROUP] })));
      expect(me.body.roles).toEqual([{ id: 'SteeringMember', label: 'Steering group member' }]);
    });

    it.each([
      ['expired', () => issuer.sign(claims(), { expiresIn: Math.floor(Date.now() / 1000) - 600 }), /expired/],
      ['for another application', () => issuer.sign(claims({ aud: 'api://some-other-app' })), /different application/],
      ['from a tenant that is not allowed', () => issuer.sign(claims({ tid: OTHER_TENANT })), /tenant is not allowed/],
      ['unsigned', async () => unsignedToken({ ...claims(), iss: issuer.issuerTemplate.replace('{tenantid}', ASHCOMBE), exp: Math.floor(Date.now() / 1000) + 3600 }), /not signed in a way/],
      ['signed with the wrong key', () => issuer.sign(claims(), { withKey: issuer.foreignKey }), /signature could not be verified/],
    ])('refuses a token that is %s with 401 and says why', async (_case, makeToken, reason) => {
      const response = await call('/api/v1/me', await makeToken());
      expect(response.status).toBe(401);
      expect(response.type).toMatch(/^application\/problem\+json/);
      expect(String(response.body.detail ?? response.body.title)).toMatch(reason);
    });

    it('offers no dev sign-in', async () => {
      const response = await fetch(`${server.url}/dev/token?user=helen.morris`);
      expect(response.status).toBe(404);
    });
  });
});
