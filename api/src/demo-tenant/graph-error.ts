import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * An error the demo Graph answers the way Microsoft Graph does: an HTTP status, a stable `code`
 * (`Request_ResourceNotFound`, `BadRequest`, `ErrorInvalidIdMalformed`, …) and a message.
 * Throw it from any demo Graph route; the error handler of `graphRoutes` turns it into Graph's body.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. `Retry-After` on 429/503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

/** Graph writes `innerError.date` without milliseconds or zone designator, e.g. `2024-05-06T07:08:09`. */
export function graphDate(at: Date): string {
  return at.toISOString().slice(0, 19);
}

/**
 * The ids Graph returns on every response: its own `request-id`, and the caller's
 * `client-request-id` echoed back (a fresh one when the caller sent none).
 */
export function requestIds(
  request: FastifyRequest,
  reply?: FastifyReply,
): { requestId: string; clientRequestId: string } {
  const assigned = reply?.getHeader('request-id');
  const requestId = typeof assigned === 'string' ? assigned : request.id;
  const sent = request.headers['client-request-id'];
  const clientRequestId = typeof sent === 'string' && sent.length > 0 ? sent : requestId;
  return { requestId, clientRequestId };
}

/** A request id shaped like Graph's (a GUID), for `genReqId` or `$batch` items. */
export function newRequestId(): string {
  return randomUUID();
}

export function graphErrorBody(
  error: Pick<GraphError, 'code' | 'message'>,
  ids: { requestId: string; clientRequestId: string },
  now: Date,
): GraphErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: graphDate(now),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

/** Sends a Graph error body with the status, the error's headers and Graph's request-id headers. */
export function sendGraphError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: GraphError,
  now: Date = new Date(),
): FastifyReply {
  const ids = requestIds(request, reply);
  return reply
    .code(error.status)
    .headers({ ...error.headers, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId })
    .type('application/json')
    .send(graphErrorBody(error, ids, now));
}

/** Maps anything thrown inside the demo Graph to a Graph error, so no route leaks Fastify's own shape. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode ?? 500;
  if (status === 415) {
    return new GraphError(415, 'UnsupportedMediaType', 'The content type of the request is not supported.');
  }
  if (status === 413) return new GraphError(413, 'RequestEntityTooLarge', 'The request body is too large.');
  if (status >= 400 && status < 500) {
    // Fastify's JSON parser and schema validation both land here; Graph calls either a BadRequest.
    const invalidJson = fastifyError.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError;
    return new GraphError(
      400,
      'BadRequest',
      invalidJson
        ? 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
        : (fastifyError.message ?? 'Invalid request.'),
    );
  }
  return new GraphError(500, 'generalException', 'An internal server error occurred.');
}
