import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { CalendarError } from '../app/ports/calendar';
import type { ProblemDto } from '../contract/problem';
import { DomainError } from '../domain/errors';

const STATUS_BY_KIND: Record<DomainError['kind'], number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  unauthenticated: 401,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  extra: Partial<ProblemDto> = {},
): FastifyReply {
  const body: ProblemDto = {
    type: `urn:binome:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: reply.request.url,
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

/** The one place where API errors become problem+json; a user's mistake is never a 500. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, STATUS_BY_KIND[error.kind], error.code, error.message, {
        ...('errors' in error && Array.isArray(error.errors) && error.errors.length > 0
          ? { errors: error.errors as ProblemDto['errors'] }
          : {}),
        ...('reasons' in error && Array.isArray(error.reasons) ? { reasons: error.reasons as string[] } : {}),
      });
    }
    if (error instanceof CalendarError) {
      // Outlook refused or could not be reached: nothing was lost, the caller may try again.
      request.log.warn({ err: error }, 'calendar call failed');
      return sendProblem(
        reply,
        error.retryable ? 503 : 502,
        'calendar_unavailable',
        `Outlook did not take the change (${error.code}); nothing was changed in Binôme. Please try again.`,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'is not valid',
      }));
      return sendProblem(
        reply,
        400,
        'validation_failed',
        `The ${error.validationContext ?? 'request'} is not valid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        { errors },
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, 500, 'internal_error', 'The server could not produce a valid response.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(
        reply,
        status,
        'internal_error',
        'Something went wrong on our side. Please try again.',
      );
    }
    // Fastify's own client errors: malformed JSON, wrong content type, body too large, rate limit…
    const code = (error.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
    return sendProblem(reply, status, code, error.message);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`),
  );
}
