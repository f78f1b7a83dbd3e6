import type { AccessToken, TokenCredential } from '@azure/identity';
import { loadConfig } from '../config/config';
import { startLocalMicrosoftGraph, type LocalMicrosoftGraph } from '../../../testing/local-microsoft-graph';
import { createLoopbackCertificate, type LoopbackCertificate } from '../../../testing/loopback-certificate';
import { startAzurite, type RunningAzurite } from './azurite-process';
import { storageConnectionFrom } from './storage-connection';
import { TableStore } from './table-store';

/**
 * Table Storage reached the way App Service runs it: no account key, only a token that App
 * Service's identity endpoint hands the user-assigned managed identity. Azurite serves https and
 * checks the token's audience, issuer and lifetime as Table Storage does; the loopback stand-in
 * plays App Service's identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER).
 */
describe('Table Storage through the managed identity', () => {
  let certificate: LoopbackCertificate;
  let azurite: RunningAzurite;
  let graph: LocalMicrosoftGraph;
  let ca: string;
  let tableEndpoint: string;
  const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };

  beforeAll(async () => {
    certificate = createLoopbackCertificate();
    ca = certificate.cert;
    [azurite, graph] = await Promise.all([startAzurite({ oauth: { certPath: certificate.certPath, keyPath: certificate.keyPath } }), startLocalMicrosoftGraph()]);
    tableEndpoint = `https://127.0.0.1:${azurite.port}/devstoreaccount1`;
    process.env.IDENTITY_ENDPOINT = graph.identityEndpoint;
    process.env.IDENTITY_HEADER = graph.identityHeader;
  });

  afterAll(async () => {
    if (saved.endpoint === undefined) delete process.env.IDENTITY_ENDPOINT;
    else process.env.IDENTITY_ENDPOINT = saved.endpoint;
    if (saved.header === undefined) delete process.env.IDENTITY_HEADER;
    else process.env.IDENTITY_HEADER = saved.header;
    await Promise.all([azurite?.stop(), graph?.stop()]);
    certificate?.remove();
  });

  const configFor = (managedIdentityClientId: string) =>
    loadConfig({ NODE_ENV: 'test', AUTH_MODE: 'dev', STORAGE_TABLE_ENDPOINT: tableEndpoint, STORAGE_MANAGED_IDENTITY_CLIENT_ID: managedIdentityClientId });
  // The test's own certificate authority; in Azure the endpoint's certificate is public.
  const trustTestCertificate = () => ({ tlsOptions: { ca } });

  it('stores and reads records with the identity’s token for storage, and no key anywhere', async () => {
    const connection = storageConnectionFrom(configFor(graph.managedIdentityClientId));
    expect(connection).not.toHaveProperty('connectionString');
    const store = await TableStore.connect({ ...connection, clientOptions: trustTestCertificate(), tableName: 'ManagedIdentityRecords' });
    await store.write('council-a', [{ op: 'create', rowKey: 'request-1', record: { title: 'Replace the revenues system' } }]);
    expect((await store.get<{ title: string }>('council-a', 'request-1'))?.value.title).toBe('Replace the revenues system');

    const asked = graph.requests.filter((request) => request.path === '/msi/token');
    expect(asked.length).toBeGreaterThanOrEqual(1);
    expect(asked[0]?.query.get('resource')).toBe('https://storage.azure.com');
    expect(asked[0]?.query.get('client_id')).toBe(graph.managedIdentityClientId);
    expect(asked[0]?.headers['x-identity-header']).toBe(graph.identityHeader);
  });

  it('cannot reach storage as an identity App Service does not have', async () => {
    const connection = storageConnectionFrom(configFor('11111111-2222-4333-8444-555555555555'));
    const failure = await TableStore.connect({ ...connection, clientOptions: { ...trustTestCertificate(), retryOptions: { maxRetries: 0 } }, tableName: 'ManagedIdentityRecords' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'storage_unavailable' });
  });

  it('is refused by storage with a token meant for another service (the check is real)', async () => {
    const graphToken: TokenCredential = {
      getToken: async (): Promise<AccessToken> => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        const claims = { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${graph.tenantId}/`, iat: now, nbf: now - 60, exp: now + 600 };
        return { token: `${part({ alg: 'none' })}.${part(claims)}.`, expiresOnTimestamp: (now + 600) * 1000 };
      },
    };
    const failure = await TableStore.connect({ tableEndpoint, credential: graphToken, clientOptions: { ...trustTestCertificate(), retryOptions: { maxRetries: 0 } }, tableName: 'ManagedIdentityRecords' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'storage_unavailable' });
    expect(String((failure as { cause?: { statusCode?: number } }).cause?.statusCode)).toMatch(/^40[13]$/);
  });
});
