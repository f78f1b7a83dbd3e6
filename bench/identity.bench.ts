import { createRemoteJWKSet, jwtVerify } from 'jose';
import { createGraphCredentials } from '@entrance-hall/shared/adapters/graph/graph-credentials';
import { GraphUserDirectory } from '@entrance-hall/shared/adapters/graph/graph-user-directory';
import { startLocalMicrosoftGraph } from '../shared/testing/local-microsoft-graph';
import { createTokenVerifier } from '@entrance-hall/shared/http/identity/token-verifier';
import { startLocalOpenIdIssuer } from '../shared/testing/local-openid-issuer';
import { compare, type BenchComparison } from './bench-harness';

const TENANT = '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b';
const AUDIENCE = 'api://entrancehall.example.gov.uk/8d3e6c1a-2b4f-4c5d-9e7a-1f2b3c4d5e6f';
const USERS = 400;

/**
 * Identity on the request path, against loopback stand-ins for Entra and Graph:
 * 1. verifying an Entra token (the one verifier: signature, audience, tenant, issuer, roles) beside
 *    jose's bare `jwtVerify` with the same remote key set;
 * 2. looking up a person not yet cached through GraphUserDirectory (token from msal-node, the Graph
 *    client's middleware, mapping, cache bookkeeping) beside one bare fetch of the same Graph URL.
 */
export async function run(): Promise<BenchComparison[]> {
  const issuer = await startLocalOpenIdIssuer();
  const graph = await startLocalMicrosoftGraph();
  try {
    const keys = createRemoteJWKSet(new URL(issuer.jwksUri));
    const verify = createTokenVerifier({ audiences: [AUDIENCE], allowedTenants: [TENANT], issuerTemplate: issuer.issuerTemplate, keys });
    const token = await issuer.sign({ tid: TENANT, aud: AUDIENCE, oid: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182', name: 'Helen Morris', roles: ['SteeringChair'] });
    const verifying = await compare(
      'Verify an Entra access token (1 token)',
      'jose jwtVerify, same keys',
      () => verify(token),
      () => jwtVerify(token, keys, { algorithms: ['RS256'], audience: AUDIENCE }),
      { runs: 200, warmup: 20 },
    );

    const ids = Array.from({ length: USERS }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    for (const id of ids) graph.users.set(id, { id, displayName: `Officer ${id.slice(-4)}`, userPrincipalName: `officer${id.slice(-4)}@ashcombe.gov.uk`, department: 'Housing' });
    const credentials = createGraphCredentials(graph.credentialOptions());
    const directory = new GraphUserDirectory({ credentials, graphBaseUrl: graph.baseUrl });
    const appToken = await credentials.getAppToken();
    let productNext = 0;
    let bareNext = USERS / 2;
    const lookingUp = await compare(
      'Look up an officer in the directory (not cached)',
      'one fetch of the same Graph URL',
      () => directory.getProfile(ids[productNext++ % (USERS / 2)]!),
      () => fetch(`${graph.baseUrl}/v1.0/users/${ids[bareNext++]}?$select=id,displayName,mail,userPrincipalName,department,jobTitle`, { headers: { Authorization: `Bearer ${appToken}` } }).then((response) => response.json()),
      { runs: 150, warmup: 10 },
    );
    return [verifying, lookingUp];
  } finally {
    await graph.stop();
    await issuer.stop();
  }
}
