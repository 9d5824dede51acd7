import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { JWTPayload } from 'jose';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import { GraphError, newRequestId, requestIds, sendGraphError, toGraphError } from './graph-error';

/** Who called the demo Graph: an application (client credentials) or a signed-in user. */
export interface GraphCaller {
  kind: 'app' | 'user';
  token: JWTPayload;
  /** The signed-in user's object id (delegated tokens only). */
  userId?: string;
  roles: string[];
}

interface RequestState {
  caller?: GraphCaller;
  baseUrl: string;
}

const states = new WeakMap<FastifyRequest, RequestState>();

/** The caller authenticated by `installGraphCore`; routes under the demo Graph can rely on it. */
export function graphCaller(request: FastifyRequest): GraphCaller {
  const caller = states.get(request)?.caller;
  if (!caller) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  return caller;
}

/**
 * The absolute base of the demo Graph as the caller reached it (scheme, host and prefix), so
 * `@odata.nextLink` and `@odata.context` work through whatever host name the client used.
 */
export function graphBaseUrl(request: FastifyRequest): string {
  return states.get(request)?.baseUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * Application tokens must carry one of the listed roles, as Graph checks application
 * permissions; delegated demo tokens are not checked for Graph scopes.
 */
export function requireRole(request: FastifyRequest, anyOf: string[], denied?: GraphError): void {
  const caller = graphCaller(request);
  if (caller.kind === 'user') return;
  if (anyOf.some((role) => caller.roles.includes(role))) return;
  throw (
    denied ??
    new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
  );
}

export interface GraphCoreOptions {
  verifyToken(token: string): Promise<JWTPayload>;
  clock: Clock;
  logger: Logger;
}

/**
 * What every demo Graph route shares: Graph's request-id headers, bearer authentication,
 * Graph's error body for anything thrown, and Graph's answer to an unknown segment.
 */
export function installGraphCore(app: FastifyInstance, options: GraphCoreOptions): void {
  const prefix = app.prefix;

  app.addHook('onRequest', async (request, reply) => {
    const requestId = newRequestId();
    reply.header('request-id', requestId);
    reply.header('client-request-id', requestIds(request, reply).clientRequestId);
    const state: RequestState = { baseUrl: `${request.protocol}://${request.host}${prefix}` };
    states.set(request, state);
    state.caller = await authenticate(request, options.verifyToken);
  });

  app.setErrorHandler((error, request, reply) => {
    const graphError = toGraphError(error);
    if (graphError.status >= 500 && !(error instanceof GraphError)) {
      options.logger.error({ err: error, url: request.url }, 'demo Graph request failed');
    }
    if (graphError.status === 401) {
      reply.header('WWW-Authenticate', 'Bearer realm="", error="invalid_token"');
    }
    return sendGraphError(request, reply, graphError, options.clock.now());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const segment = unknownSegment(request.url.split('?')[0]!.slice(prefix.length));
    return sendGraphError(
      request,
      reply,
      new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
      options.clock.now(),
    );
  });
}

async function authenticate(
  request: FastifyRequest,
  verifyToken: GraphCoreOptions['verifyToken'],
): Promise<GraphCaller> {
  const header = request.headers.authorization;
  const token = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  let payload: JWTPayload;
  try {
    payload = await verifyToken(token);
  } catch (error) {
    throw new GraphError(401, 'InvalidAuthenticationToken', tokenProblem(error));
  }
  const roles = Array.isArray(payload.roles) ? (payload.roles as string[]) : [];
  const delegated = typeof payload.scp === 'string' && payload.scp.length > 0;
  return delegated
    ? {
        kind: 'user',
        token: payload,
        userId: typeof payload.oid === 'string' ? payload.oid : undefined,
        roles,
      }
    : { kind: 'app', token: payload, roles };
}

/** Graph's wording for the usual token failures. */
function tokenProblem(error: unknown): string {
  const code = (error as { code?: string; claim?: string }).code;
  const claim = (error as { claim?: string }).claim;
  if (code === 'ERR_JWT_EXPIRED') return 'Lifetime validation failed, the token is expired.';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'aud') {
    return 'Access token validation failure. Invalid audience.';
  }
  if (code === 'ERR_JWS_INVALID' || code === 'ERR_JWT_INVALID') {
    return 'IDX14100: JWT is not well formed, there are no dots (.).';
  }
  return 'Access token validation failure.';
}

/** The segment Graph names in "Resource not found for the segment …": the first one it cannot resolve. */
function unknownSegment(path: string): string {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0) return '';
  const [first, , third] = segments;
  if ((first === 'users' || first === 'me') && segments.length > (first === 'me' ? 1 : 2)) {
    return first === 'me' ? segments[1]! : third!;
  }
  return first!;
}
