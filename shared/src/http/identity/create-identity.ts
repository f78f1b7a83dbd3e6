import { createRemoteJWKSet } from 'jose';
import type { Config } from '../config/config';
import { DEMO_ORGANISATIONS } from '../demo/demo-users';
import { DEV_AUDIENCE, DEV_ISSUER_TEMPLATE, DevIdentityProvider } from './dev-identity-provider';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

export interface Identity {
  verify: TokenVerifier;
  /** Only with AUTH_MODE=dev: signs tokens for the demo users. */
  devIdentity?: DevIdentityProvider;
}

/**
 * Entra ID in production (keys from the tenant's JWKS, issuer per tenant, audience and tenants
 * from configuration); the local dev issuer with AUTH_MODE=dev. Both verify on the same path.
 */
export async function createIdentity(config: Config): Promise<Identity> {
  if (config.AUTH_MODE === 'dev') {
    const devIdentity = await DevIdentityProvider.create();
    const verify = createTokenVerifier({
      audiences: [DEV_AUDIENCE],
      allowedTenants: Object.values(DEMO_ORGANISATIONS).map((organisation) => organisation.tenantId),
      issuerTemplate: DEV_ISSUER_TEMPLATE,
      keys: devIdentity.keys,
    });
    return { verify, devIdentity };
  }
  const verify = createTokenVerifier({
    audiences: (config.AUTH_AUDIENCE ?? '').split(',').map((audience) => audience.trim()).filter(Boolean),
    allowedTenants: config.AUTH_ALLOWED_TENANTS ?? [],
    issuerTemplate: config.AUTH_ISSUER,
    keys: createRemoteJWKSet(new URL(config.AUTH_JWKS_URI), { timeoutDuration: 5000, cooldownDuration: 30_000 }),
  });
  return { verify };
}
