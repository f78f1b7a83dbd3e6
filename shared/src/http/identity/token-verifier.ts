import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { appErrors } from '../errors/app-error';
import { isRole, type Role } from './roles';

/** What a verified token says about its bearer, before their organisation is looked up. */
export interface VerifiedIdentity {
  userId: string;
  name: string;
  email?: string;
  tenantId: string;
  roles: Role[];
  /** Entra group ids, when the token carries them (used to map a group to a role). */
  groups: string[];
}

export interface TokenVerifierOptions {
  /** Accepted `aud` values: the API's application id URI and/or client id. */
  audiences: string[];
  /** Tenants whose users may sign in; never a wildcard. */
  allowedTenants: string[];
  /** The issuer, with `{tenantid}` where the token's tenant goes (Entra v2 style). */
  issuerTemplate: string;
  /** The signing keys: the tenant's JWKS in production, the local dev key set locally. */
  keys: JWTVerifyGetKey;
  /** Extra seconds of clock skew tolerated on exp/nbf. */
  clockToleranceSeconds?: number;
}

export type TokenVerifier = (token: string) => Promise<VerifiedIdentity>;

/**
 * The one code path that verifies a bearer token, for Entra and dev tokens alike: signature
 * (RS256 only), audience, expiry, tenant, and the issuer of that tenant.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const allowedTenants = new Set(options.allowedTenants.map((tenant) => tenant.toLowerCase()));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ['RS256'],
        audience: options.audiences,
        requiredClaims: ['exp', 'tid', 'oid', 'iss'],
        clockTolerance: options.clockToleranceSeconds ?? 60,
      }));
    } catch (error) {
      throw appErrors.unauthenticated(describeVerificationFailure(error));
    }
    const tenantId = String(payload.tid).toLowerCase();
    if (!allowedTenants.has(tenantId)) throw appErrors.unauthenticated('Your organisation’s Microsoft 365 tenant is not allowed to use this Entrance Hall.');
    if (payload.iss !== options.issuerTemplate.replace('{tenantid}', tenantId)) {
      throw appErrors.unauthenticated('The sign-in token was not issued by your organisation’s tenant.');
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    const name = typeof payload.name === 'string' && payload.name.trim() !== '' ? payload.name : String(payload.preferred_username ?? 'Unknown user');
    const email = typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
    return {
      userId: String(payload.oid),
      name,
      ...(email ? { email } : {}),
      tenantId,
      roles,
      groups: Array.isArray(payload.groups) ? payload.groups.map(String) : [],
    };
  };
}

function describeVerificationFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Your sign-in has expired. Sign in again.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'The sign-in token is for a different application.';
    if (error.claim === 'nbf') return 'The sign-in token is not valid yet.';
    return `The sign-in token is missing or has an invalid "${error.claim}" claim.`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) {
    return 'The sign-in token’s signature could not be verified.';
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed || error instanceof joseErrors.JOSENotSupported) return 'The sign-in token is not signed in a way Entrance Hall accepts.';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return 'Sign-in keys could not be fetched from Microsoft Entra ID; try again shortly.';
  return 'The sign-in token is not valid.';
}
