import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { Clock } from '../domain/clock';
import { UnauthenticatedError } from '../domain/errors';

/** Who is calling, as the validated token says. */
export interface Principal {
  tenantId: string;
  aadId: string;
  name: string;
  userPrincipalName: string;
  /** App roles assigned in Entra (e.g. `Programme.Admin`). */
  appRoles: string[];
}

export interface TokenVerifierOptions {
  tenantId: string;
  issuer: string;
  audiences: string[];
  /** Resolved lazily: in demo mode the JWKS is served by this very process once it listens. */
  jwksUrl: () => string;
  clock: Clock;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/**
 * Validates Entra ID v2 access tokens (and the demo tenant's, which have the same shape) with
 * jose against a JWKS: RS256 signature, issuer, audience, expiry, and the expected tenant.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  let keySet: ReturnType<typeof createRemoteJWKSet> | undefined;
  const keys = () => {
    keySet ??= createRemoteJWKSet(new URL(options.jwksUrl()), { cooldownDuration: 30_000 });
    return keySet;
  };

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys(), {
          algorithms: ['RS256'],
          issuer: options.issuer,
          audience: options.audiences,
          currentDate: options.clock.now(),
          clockTolerance: 60,
        }));
      } catch (error) {
        throw new UnauthenticatedError('invalid_token', describe(error));
      }
      if (payload.tid !== options.tenantId) {
        throw new UnauthenticatedError('wrong_tenant', 'The token was issued for another tenant.');
      }
      const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
      if (!oid) throw new UnauthenticatedError('invalid_token', 'The token has no user object id (oid).');
      if (payload.idtyp === 'app' || typeof payload.scp !== 'string') {
        throw new UnauthenticatedError('user_token_required', 'A user token (delegated) is required.');
      }
      return {
        tenantId: options.tenantId,
        aadId: oid,
        name: typeof payload.name === 'string' ? payload.name : '',
        userPrincipalName: typeof payload.preferred_username === 'string' ? payload.preferred_username : '',
        appRoles: Array.isArray(payload.roles) ? payload.roles.filter((r) => typeof r === 'string') : [],
      };
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'The token was not issued for Binôme (audience).';
    if (error.claim === 'iss') return 'The token was not issued by the expected authority (issuer).';
    if (error.claim === 'nbf') return 'The token is not valid yet.';
    return `The token's ${error.claim} claim is not valid.`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is not signed with RS256.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token was signed by an unknown key.';
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid)
    return 'The token is malformed.';
  if (error instanceof joseErrors.JWKSTimeout) return 'The signing keys could not be fetched in time.';
  return 'The token could not be validated.';
}
