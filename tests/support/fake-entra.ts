import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/**
 * A stand-in for Entra ID's key discovery: publishes a JWKS at /{tenant}/discovery/v2.0/keys and
 * signs tokens with it, so the API's tenant-mode validation runs against real HTTP and real keys.
 */
export interface FakeEntra {
  authorityHost: string;
  sign(
    claims: JWTPayload,
    options?: { key?: 'trusted' | 'untrusted'; expiresInSeconds?: number },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeEntra(tenantId: string): Promise<FakeEntra> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const untrusted = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid, use: 'sig', alg: 'RS256' };
  const server: Server = createServer((request, response) => {
    if (request.url === `/${tenantId}/discovery/v2.0/keys`) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const authorityHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    authorityHost,
    sign(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuedAt(now)
        .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
        .sign(options.key === 'untrusted' ? untrusted.privateKey : trusted.privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
