import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal, TokenVerifier } from '../auth/token-verifier';
import { DomainError } from '../domain/errors';
import { sendProblem } from './problem';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** preHandler for every /api/v1 route: a valid bearer token or a 401 problem. */
export function authenticate(verifier: TokenVerifier) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match?.[1]) {
      reply.header('WWW-Authenticate', 'Bearer');
      return sendProblem(reply, 401, 'missing_token', 'Sign in: an Authorization: Bearer token is required.');
    }
    try {
      request.principal = await verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'unauthenticated') {
        reply.header('WWW-Authenticate', `Bearer error="invalid_token"`);
        return sendProblem(reply, 401, error.code, error.message);
      }
      throw error;
    }
  };
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('route registered without the authenticate preHandler');
  return request.principal;
}
