import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { randomUUID } from 'node:crypto';
import type { Role } from './roles';

/** Dev tokens say they come from this issuer; the verifier checks it exactly as it checks Entra's. */
export const DEV_ISSUER_TEMPLATE = 'urn:entrance-hall:dev:{tenantid}';
export const DEV_AUDIENCE = 'api://localhost/entrance-hall';

export interface DevUser {
  id: string;
  name: string;
  email: string;
  tenantId: string;
  organisationId: string;
  roles: Role[];
  department: string;
  jobTitle: string;
}

/**
 * Signs tokens for demo users when running locally (AUTH_MODE=dev). The key pair is made at
 * start-up and never leaves the process; tokens carry the same claims Entra puts in v2 tokens.
 */
export class DevIdentityProvider {
  private constructor(
    private readonly privateKey: KeyLike,
    private readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<DevIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
    return new DevIdentityProvider(privateKey, publicJwk);
  }

  get keys(): JWTVerifyGetKey {
    return createLocalJWKSet({ keys: [this.publicJwk] });
  }

  async issueToken(user: DevUser, lifetimeSeconds = 8 * 3600): Promise<string> {
    return new SignJWT({ tid: user.tenantId, oid: user.id, name: user.name, preferred_username: user.email, roles: user.roles, ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid, typ: 'JWT' })
      .setIssuer(DEV_ISSUER_TEMPLATE.replace('{tenantid}', user.tenantId))
      .setAudience(DEV_AUDIENCE)
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(`${lifetimeSeconds}s`)
      .sign(this.privateKey);
  }
}
