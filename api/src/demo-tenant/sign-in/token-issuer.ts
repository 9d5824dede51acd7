import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Clock } from '../../domain/clock';

/** The Graph application permissions Binôme needs; the demo tenant's app tokens carry them as roles. */
export const GRAPH_APP_ROLES = ['User.Read.All', 'MailboxSettings.Read', 'Calendars.ReadWrite'];
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface UserTokenClaims {
  aadId: string;
  name: string;
  upn: string;
  roles: string[];
}

/**
 * Issues RS256 tokens shaped like Entra ID v2 access tokens, signed by a key made at start-up and
 * published as a JWKS, so the API validates demo tokens on the same code path as Entra's.
 * The key lives only in memory: after a restart the tab signs in again.
 */
export interface DemoTokenIssuer {
  readonly issuer: string;
  issueUserToken(claims: UserTokenClaims, audience: string): Promise<string>;
  issueAppToken(): Promise<string>;
  jwks(): { keys: JWK[] };
  /** For the demo tenant's own Graph endpoint, which accepts what this issuer signs. */
  verify(token: string, audiences: string[]): Promise<JWTPayload>;
  readonly lifetimeSeconds: number;
}

export async function createDemoTokenIssuer(options: {
  tenantId: string;
  clientId: string;
  issuer: string;
  clock: Clock;
  lifetimeSeconds?: number;
}): Promise<DemoTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  const keySet = createLocalJWKSet({ keys: [publicJwk] });
  const lifetime = options.lifetimeSeconds ?? 3600;

  const sign = (payload: JWTPayload, audience: string) => {
    const nowSeconds = Math.floor(options.clock.now().getTime() / 1000);
    return new SignJWT({ ...payload, tid: options.tenantId, ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setIssuer(options.issuer)
      .setAudience(audience)
      .setIssuedAt(nowSeconds)
      .setNotBefore(nowSeconds - 5)
      .setExpirationTime(nowSeconds + lifetime)
      .setJti(randomUUID())
      .sign(privateKey);
  };

  return {
    issuer: options.issuer,
    lifetimeSeconds: lifetime,
    issueUserToken(claims, audience) {
      return sign(
        {
          oid: claims.aadId,
          sub: claims.aadId,
          name: claims.name,
          preferred_username: claims.upn,
          roles: claims.roles,
          scp: 'access_as_user',
          azp: options.clientId,
          idtyp: 'user',
        },
        audience,
      );
    },
    issueAppToken() {
      return sign(
        {
          oid: options.clientId,
          sub: options.clientId,
          appid: options.clientId,
          azp: options.clientId,
          roles: GRAPH_APP_ROLES,
          idtyp: 'app',
        },
        GRAPH_AUDIENCE,
      );
    },
    jwks: () => ({ keys: [publicJwk] }),
    async verify(token, audiences) {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: options.issuer,
        audience: audiences,
        algorithms: ['RS256'],
        currentDate: options.clock.now(),
      });
      return payload;
    },
  };
}
