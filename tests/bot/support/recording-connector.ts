import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
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
  /** Refuses the next `count` sends with `status` (4xx: botbuilder does not retry them). */
  failNext(count: number, status?: number): void;
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** Plays the Bot Connector service: records every activity the bot sends and answers with an id. */
export async function startRecordingConnector(): Promise<RecordingConnector> {
  const sent: RecordedActivity[] = [];
  let failures = 0;
  let failureStatus = 403;
  let nextId = 1;
  const server: Server = createServer(async (request, response) => {
    const match = request.method === 'POST' ? ACTIVITIES.exec(request.url ?? '') : null;
    if (!match) {
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
    sent.push({
      conversationId: decodeURIComponent(match[1]!),
      replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
      authorization: request.headers.authorization,
      body,
    });
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id: `sent-${nextId++}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    failNext(count, status = 403) {
      failures = count;
      failureStatus = status;
    },
    clear() {
      sent.length = 0;
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
