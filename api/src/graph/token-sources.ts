import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { TenantModeConfig } from '../config/config';
import type { AccessTokenSource } from './client';

/** App-only Graph tokens from Entra ID (client credentials) through MSAL, which caches and renews them. */
export function msalTokenSource(config: TenantModeConfig): AccessTokenSource {
  const auth =
    config.credential.kind === 'secret'
      ? { clientSecret: config.credential.clientSecret }
      : {
          clientCertificate: {
            thumbprintSha256: config.credential.thumbprint,
            privateKey: readFileSync(config.credential.certificatePath, 'utf8'),
          },
        };
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: config.clientId,
      authority: `${config.authorityHost}/${config.tenantId}`,
      knownAuthorities: [new URL(config.authorityHost).host],
      ...auth,
    },
  });
  const scope = `${new URL(config.graphEndpoint).origin}/.default`;
  return async () => {
    const result = await msal.acquireTokenByClientCredential({ scopes: [scope] });
    if (!result?.accessToken) throw new Error('Entra ID returned no access token for Microsoft Graph');
    return result.accessToken;
  };
}

/** Reuses a token until a minute before it expires. */
export function cachedTokenSource(issue: AccessTokenSource, lifetimeSeconds: number): AccessTokenSource {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.until) return cached.token;
    const token = await issue();
    cached = { token, until: Date.now() + (lifetimeSeconds - 60) * 1000 };
    return token;
  };
}
