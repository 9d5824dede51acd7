import type { Request as BotRequest, Response as BotResponse } from 'botbuilder';
import type { FastifyRequest } from 'fastify';

/** What botbuilder answered, held until the turn is over so Fastify sends exactly one reply. */
export interface BufferedAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function toBotRequest(request: FastifyRequest): BotRequest {
  return {
    body: request.body as Record<string, unknown>,
    headers: request.headers as BotRequest['headers'],
    method: request.method,
  };
}

/**
 * The Express-like response `CloudAdapter.process` writes to. It only records: the route sends the
 * recorded answer through Fastify afterwards, so hooks, logging and error handling still apply.
 */
export function bufferedResponse(socket: unknown): BotResponse & { answer(): BufferedAnswer } {
  const answer: BufferedAnswer = { status: 200, headers: {}, body: undefined };
  return {
    socket,
    status(code: number) {
      answer.status = code;
      return this;
    },
    header(name: string, value: unknown) {
      answer.headers[name.toLowerCase()] = String(value);
      return this;
    },
    send(body?: unknown) {
      if (body !== undefined) answer.body = body;
      return this;
    },
    end(body?: unknown) {
      if (body !== undefined && answer.body === undefined) answer.body = body;
      return this;
    },
    answer: () => answer,
  };
}
