import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage } from 'botbuilder';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { ApplicationDeps } from '../../../api/src/app/applications';
import type { FeedbackDeps } from '../../../api/src/app/feedback';
import type {
  ConversationReferenceStore,
  SavedConversationReference,
} from '../../../api/src/app/ports/conversation-references';
import type { SessionDeps } from '../../../api/src/app/session-booking';
import type { SurveyDeps } from '../../../api/src/app/surveys';
import type { BotConfig } from '../../../api/src/config/config';
import { type Clock, fixedClock } from '../../../api/src/domain/clock';
import { createBotStorage } from '../../../api/src/store/bot-storage';
import { createConversationReferenceStore } from '../../../api/src/store/conversation-references';
import { migrateApp, openDatabase } from '../../../api/src/store/db';
import { registerBot } from '../../../bot/src/register-bot';
import { type Backend, freshDatabase, type TestDatabase } from '../../support/databases';
import { OUR_TENANT } from './activities';

export interface BotApp {
  url: string;
  conversations: ConversationReferenceStore;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface BotAppOptions {
  /** Where state lives: a fresh database of this backend, or in memory when the test never reaches it. */
  backend: Backend | 'memory';
  config?: BotConfig;
}

/** The bot endpoint alone on a real port. */
export async function startBotApp({
  backend,
  config = { appType: 'MultiTenant' },
}: BotAppOptions): Promise<BotApp> {
  const clock = fixedClock('2025-03-10T09:00:00Z');
  const state = backend === 'memory' ? inMemoryState() : await databaseState(backend, clock);
  const app: FastifyInstance = Fastify({ logger: false });
  await registerBot(app, {
    config,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clock,
    tenantId: OUR_TENANT,
    conversations: state.conversations,
    storage: state.storage,
    applications: unused<ApplicationDeps>('sign-up'),
    sessions: unused<SessionDeps>('session'),
    feedback: unused<FeedbackDeps>('feedback'),
    surveys: unused<SurveyDeps>('survey'),
    publicUrl: 'http://localhost:3978',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    conversations: state.conversations,
    post: (body, headers = {}) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await app.close();
      await state.close();
    },
  };
}

interface BotState {
  conversations: ConversationReferenceStore;
  storage: Storage;
  close(): Promise<void>;
}

async function databaseState(backend: Backend, clock: Clock): Promise<BotState> {
  const database: TestDatabase = await freshDatabase(backend);
  const handle = await openDatabase(database.config);
  await migrateApp(handle);
  return {
    conversations: createConversationReferenceStore(handle.db, clock),
    storage: createBotStorage(handle.db, OUR_TENANT, clock),
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}

/** A hand-written fake of the port and botbuilder's own MemoryStorage. */
function inMemoryState(): BotState {
  const saved = new Map<string, SavedConversationReference>();
  return {
    conversations: {
      async save(tenantId, aadId, reference, locale) {
        saved.set(`${tenantId}/${aadId}`, {
          tenantId,
          aadId,
          conversationId: reference.conversation.id,
          reference,
          locale,
          updatedAt: new Date(),
        });
      },
      get: async (tenantId, aadId) => saved.get(`${tenantId}/${aadId}`),
    },
    storage: new MemoryStorage(),
    close: async () => {},
  };
}

/**
 * These tests never reach the sign-up, the sessions, feedback or surveys (their tests run the whole
 * service): any use is a test bug.
 */
function unused<Deps extends object>(what: string): Deps {
  const port = (name: PropertyKey) =>
    new Proxy(
      {},
      {
        get: (_, method) => () => {
          throw new Error(
            `${what} ${String(name)}.${String(method)} is not available in the bot endpoint tests`,
          );
        },
      },
    );
  return new Proxy({}, { get: (_, name) => port(name) }) as Deps;
}
