import type { IncomingMessage } from 'node:http';
import { appErrors } from '../errors/app-error';
import type { Principal } from '../identity/roles';
import type { TokenVerifier, VerifiedIdentity } from '../identity/token-verifier';

export type Authenticator = (request: IncomingMessage) => Promise<Principal>;

/** Reads the bearer token, verifies it on the one code path, and resolves the principal. */
export function createAuthenticator(verify: TokenVerifier, resolve: (identity: VerifiedIdentity) => Promise<Principal>): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) throw appErrors.unauthenticated('Sign in to use Entrance Hall: the request has no bearer token.');
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
    if (!match) throw appErrors.unauthenticated('The Authorization header must be "Bearer <token>".');
    return resolve(await verify(match[1]!));
  };
}
