import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  /** The id the connector gave the activity (a sent one), or the id of the activity replaced (an update). */
  id: string;
  conversationId: string;
  /** The activity replied to, when the bot answered in a thread (`.../activities/:activityId`). */
  replyToId: string | undefined;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface RecordingConnector {
  /** What the bot's replies use as `serviceUrl`. */
  url: string;
  sent: RecordedActivity[];
  /** Activities the bot replaced in place (`PUT …/activities/:activityId`, e.g. an answered card). */
  updated: RecordedActivity[];
  /** Refuses the next `count` sends with `status` (4xx: botbuilder does not retry them). */
  failNext(count: number, status?: number): void;
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * Plays the Bot Connector service: records every activity the bot sends (answering with an id)
 * and every activity it updates.
 */
export async function startRecordingConnector(): Promise<RecordingConnector> {
  const sent: RecordedActivity[] = [];
  const updated: RecordedActivity[] = [];
  let failures = 0;
  let failureStatus = 403;
  let nextId = 1;
  const server: Server = createServer(async (request, response) => {
    const match =
      request.method === 'POST' || request.method === 'PUT' ? ACTIVITIES.exec(request.url ?? '') : null;
    if (!match || (request.method === 'PUT' && !match[2])) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>;
    if (failures > 0) {
      failures -= 1;
      response
        .writeHead(failureStatus, { 'content-type': 'application/json' })
        .end('{"error":{"code":"BotDisabledByAdmin","message":"refused by the test"}}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const authorization = request.headers.authorization;
    if (request.method === 'PUT') {
      updated.push({ id: activityId!, conversationId, replyToId: activityId, authorization, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: activityId }));
      return;
    }
    const id = `sent-${nextId++}`;
    sent.push({ id, conversationId, replyToId: activityId, authorization, body });
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    updated,
    failNext(count, status = 403) {
      failures = count;
      failureStatus = status;
    },
    clear() {
      sent.length = 0;
      updated.length = 0;
    },
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
