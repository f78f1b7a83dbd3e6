import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalOpenIdIssuer {
  /** Where the signing keys are published, like Entra's discovery keys endpoint. */
  jwksUri: string;
  /** Issuer with `{tenantid}`, as Entra v2 issues per tenant. */
  issuerTemplate: string;
  /** Signs a token with the published key (or `withKey`, to forge one). */
  sign: (claims: Record<string, unknown>, options?: { withKey?: KeyLike; expiresIn?: string | number; issuer?: string; audience?: string }) => Promise<string>;
  /** A key that is not published: tokens signed with it must be refused. */
  foreignKey: KeyLike;
  stop: () => Promise<void>;
}

/**
 * A stand-in for Microsoft Entra ID on loopback: its own RSA keys and a JWKS endpoint, so token
 * verification runs exactly as in production (jose fetching remote keys).
 */
export async function startLocalOpenIdIssuer(): Promise<LocalOpenIdIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: 'local-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((request, response) => {
    if (request.url === '/discovery/v2.0/keys') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuerTemplate = `${base}/{tenantid}/v2.0`;
  return {
    jwksUri: `${base}/discovery/v2.0/keys`,
    issuerTemplate,
    foreignKey: foreign.privateKey,
    sign: (claims, options = {}) =>
      new SignJWT({ ver: '2.0', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'local-key-1', typ: 'JWT' })
        .setIssuer(options.issuer ?? issuerTemplate.replace('{tenantid}', String(claims.tid)))
        .setAudience(options.audience ?? String(claims.aud ?? 'api://entrance-hall-test'))
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.withKey ?? privateKey),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
