import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { createProactiveNotifier } from '../../bot/src/proactive-notifier';
import { createBotAdapter, registerBot } from '../../bot/src/register-bot';
import type { ApplicationDeps } from './app/applications';
import type { DashboardDeps } from './app/dashboard';
import { startDirectorySync } from './app/directory-sync-requests';
import type { FeedbackDeps } from './app/feedback';
import { startFeedbackJobs } from './app/feedback-jobs';
import type { GetMeDeps } from './app/get-me';
import type { MatchingDeps } from './app/matching';
import type { ProgrammeDeps } from './app/programmes';
import type { SessionDeps } from './app/session-booking';
import { startSessionJobs } from './app/session-jobs';
import {
  DEFAULT_POLL_SECONDS,
  responsesPollSeconds,
  type SessionNotificationDeps,
  type SubscriptionSyncResult,
  syncSubscriptions,
} from './app/session-notifications';
import { cancelSessionsOfPairing } from './app/sessions';
import type { SurveyDeps } from './app/surveys';
import { createTokenVerifier, type TokenVerifier } from './auth/token-verifier';
import type { Config } from './config/config';
import { finishSessionRoutes } from './demo-seed/finish-session';
import { startDemoRunningProgramme } from './demo-seed/jobs';
import { createDemoTenant } from './demo-tenant';
import type { DemoTenant } from './demo-tenant/contract';
import { demoSignInRoutes } from './demo-tenant/sign-in/routes';
import {
  createDemoTokenIssuer,
  type DemoTokenIssuer,
  GRAPH_AUDIENCE,
} from './demo-tenant/sign-in/token-issuer';
import { type Clock, systemClock } from './domain/clock';
import { createGraphCalendar } from './graph/calendar';
import { createGraphClient } from './graph/client';
import { createGraphDirectory } from './graph/directory';
import { createGraphSubscriptions } from './graph/subscriptions';
import { createGraphSyncSource } from './graph/sync-source';
import { cachedTokenSource, msalTokenSource } from './graph/token-sources';
import { authenticate } from './http/authenticate';
import { buildHttpShell } from './http/build-http';
import { legalRoutes } from './http/legal/routes';
import { applicationRoutes } from './http/routes/applications';
import { directoryRoutes } from './http/routes/directory';
import { directorySyncRoutes } from './http/routes/directory-sync';
import { feedbackRoutes } from './http/routes/feedback';
import { healthRoutes } from './http/routes/health';
import { matchingRoutes } from './http/routes/matching';
import { meRoutes } from './http/routes/me';
import { notificationRoutes } from './http/routes/notifications';
import { programmeRoutes } from './http/routes/programmes';
import { sessionRoutes } from './http/routes/sessions';
import { createPgBossJobs } from './jobs/pg-boss-jobs';
import { MatchingThread } from './pairing-threads/matching-thread';
import { createAuditLog } from './store/audit';
import { createBotStorage } from './store/bot-storage';
import { createCalendarSubscriptionStore } from './store/calendar-subscriptions';
import { createConversationReferenceStore } from './store/conversation-references';
import { type DatabaseHandle, migrateApp, openDatabase } from './store/db';
import { seedDemoProgrammes } from './store/demo-programmes';
import { startDemoVolunteers } from './store/demo-volunteers-job';
import { createDirectorySyncStore } from './store/directory-sync';
import { createFeedbackRepository } from './store/feedback';
import { createKpiRepository } from './store/kpis';
import { createPairingRepository } from './store/pairings';
import { createParticipantRepository } from './store/participants';
import { createPersonRepository } from './store/people';
import { createProgrammeRepository } from './store/programmes';
import { createSessionRepository } from './store/sessions';
import { createTenantRepository } from './store/tenants';

export interface ServiceOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningService {
  app: FastifyInstance;
  config: Config;
  db: DatabaseHandle;
  /** Where this process listens, e.g. http://127.0.0.1:3978 */
  internalUrl: string;
  publicUrl: string;
  demo?: { tenant: DemoTenant; issuer: DemoTokenIssuer };
  /** Set when Graph can reach the service (demo mode, or an https PUBLIC_URL): runs the subscriptions job now. */
  calendarNotifications?: { sync(): Promise<SubscriptionSyncResult> };
  /** Where large matchings run. */
  matchingThread: MatchingThread;
  close(): Promise<void>;
}

const TAB_DIST = fileURLToPath(new URL('../../tab/dist', import.meta.url));

/** Opens the database, applies migrations, seeds demo data on first run, and serves everything. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? pino({ level: config.logLevel, name: 'binome' });
  // A fixed port is known before listening, so issuer and Graph URLs can be computed up front.
  const port = config.port === 0 ? await freePort() : config.port;
  const internalUrl = `http://127.0.0.1:${port}`;
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  const microsoft = config.microsoft;

  const db = await openDatabase(config.database);
  try {
    await migrateApp(db);
    const tenants = createTenantRepository(db.db);
    const people = createPersonRepository(db.db);
    const programmes = createProgrammeRepository(db.db);

    let demo: RunningService['demo'];
    let verifier: TokenVerifier;
    let graphToken: () => Promise<string>;
    let graphEndpoint: string;
    if (microsoft.mode === 'demo') {
      const issuer = await createDemoTokenIssuer({
        tenantId: microsoft.tenantId,
        clientId: microsoft.clientId,
        issuer: `${publicUrl}/_demo/${microsoft.tenantId}/v2.0`,
        clock,
      });
      const tenant = await createDemoTenant({
        db,
        tenantId: microsoft.tenantId,
        seed: microsoft.seed,
        people: microsoft.people,
        clock,
        logger: logger.child({ component: 'demo-tenant' }),
        verifyToken: (token) => issuer.verify(token, [GRAPH_AUDIENCE, ...microsoft.audiences]),
      });
      demo = { tenant, issuer };
      await tenants.ensure({ id: tenant.tenantId, displayName: tenant.displayName, mode: 'demo' });
      if (!microsoft.empty)
        await seedDemoProgrammes(db.db, {
          tenantId: tenant.tenantId,
          personas: await tenant.personas(),
          now: clock.now(),
        });
      verifier = createTokenVerifier({
        tenantId: microsoft.tenantId,
        issuer: issuer.issuer,
        audiences: microsoft.audiences,
        jwksUrl: () => `${internalUrl}/_demo/keys`,
        clock,
      });
      graphToken = cachedTokenSource(() => issuer.issueAppToken(), issuer.lifetimeSeconds);
      graphEndpoint = `${internalUrl}/_demo/graph/v1.0`;
    } else {
      await tenants.ensure({ id: microsoft.tenantId, displayName: microsoft.tenantId, mode: 'tenant' });
      verifier = createTokenVerifier({
        tenantId: microsoft.tenantId,
        issuer: `${microsoft.authorityHost}/${microsoft.tenantId}/v2.0`,
        audiences: microsoft.audiences,
        jwksUrl: () => `${microsoft.authorityHost}/${microsoft.tenantId}/discovery/v2.0/keys`,
        clock,
      });
      graphToken = msalTokenSource(microsoft);
      graphEndpoint = microsoft.graphEndpoint;
    }

    let graphRequests = 0;
    const graph = createGraphClient({
      endpoint: graphEndpoint,
      token: graphToken,
      onRequest: () => {
        graphRequests++;
      },
    });
    const directory = createGraphDirectory(graph);
    const jobs = createPgBossJobs({ db, logger: logger.child({ component: 'jobs' }), clock });
    const directorySync = {
      source: createGraphSyncSource(graph, { endpoint: graphEndpoint }),
      store: createDirectorySyncStore(db.db),
      clock,
    };
    const audit = createAuditLog(db.db);
    const participants = createParticipantRepository(db.db);
    const conversations = createConversationReferenceStore(db.db, clock);
    const botLogger = logger.child({ component: 'bot' });
    const botAdapter = createBotAdapter(config.bot, botLogger);
    const notifier = createProactiveNotifier({
      adapter: botAdapter,
      appId: config.bot.appId ?? '',
      conversations,
      logger: botLogger,
      publicUrl,
    });
    const pairings = createPairingRepository(db.db);
    const sessionDeps: SessionDeps = {
      programmes,
      sessions: createSessionRepository(db.db),
      calendar: createGraphCalendar(graph),
      jobs,
      audit,
      clock,
      publicUrl,
      workerId: `${hostname()}:${process.pid}:${randomUUID()}`,
      graphRequests: () => graphRequests,
    };
    // Graph posts notifications only to https; the demo tenant posts to this process directly.
    const notificationsBase =
      microsoft.mode === 'demo' ? internalUrl : publicUrl.startsWith('https://') ? publicUrl : undefined;
    const notificationDeps: SessionNotificationDeps | undefined = notificationsBase
      ? {
          tenantId: microsoft.tenantId,
          sessions: sessionDeps.sessions,
          store: createCalendarSubscriptionStore(db.db),
          graph: createGraphSubscriptions(graph),
          jobs,
          clock,
          notificationUrl: `${notificationsBase}/api/notifications/calendar`,
          lifecycleNotificationUrl: `${notificationsBase}/api/notifications/calendar/lifecycle`,
        }
      : undefined;
    const matchingThread = new MatchingThread({ minPairs: config.matching.threadMinPairs });
    const matchingDeps: MatchingDeps = {
      programmes,
      pairings,
      people,
      notifier,
      audit,
      clock,
      compute: matchingThread.compute,
      onPairEnded: (tenantId, pairingId, by, reason) =>
        cancelSessionsOfPairing(sessionDeps, tenantId, pairingId, by, reason),
    };
    const feedbackRepository = createFeedbackRepository(db.db);
    const feedbackDeps: FeedbackDeps = {
      feedback: feedbackRepository,
      sessions: sessionDeps.sessions,
      programmes,
      notifier,
      audit,
      clock,
    };
    const surveyDeps: SurveyDeps = {
      feedback: feedbackRepository,
      programmes,
      participants,
      notifier,
      jobs,
      audit,
      clock,
    };
    const dashboardDeps: DashboardDeps = {
      kpis: createKpiRepository(db.db),
      feedback: feedbackRepository,
      programmes,
      participants,
      clock,
    };
    const meDeps: GetMeDeps = { people, tenants, directory, clock };
    const programmeDeps: ProgrammeDeps = { programmes, participants, people, directory, audit, clock };
    const applicationDeps: ApplicationDeps = {
      programmes,
      participants,
      people,
      directory,
      notifier,
      audit,
      clock,
    };

    const app = await buildHttpShell({
      logger,
      tabDist: TAB_DIST,
      tabConfig: {
        mode: microsoft.mode,
        clientId: microsoft.clientId,
        demoSignIn: microsoft.mode === 'demo',
      },
    });
    await app.register(healthRoutes, { db });
    await app.register(legalRoutes);
    if (demo) {
      const { tenant, issuer } = demo;
      await app.register(tenant.graphRoutes, { prefix: '/_demo/graph/v1.0' });
      await app.register(tenant.controlRoutes, { prefix: '/_demo' });
      await app.register(finishSessionRoutes, {
        prefix: '/_demo',
        tenantId: tenant.tenantId,
        feedback: feedbackDeps,
        calendar: sessionDeps.calendar,
      });
      await app.register(demoSignInRoutes, {
        prefix: '/_demo',
        tenant,
        issuer,
        audience: microsoft.clientId,
      });
    }
    if (notificationDeps) await app.register(notificationRoutes, { deps: notificationDeps });
    await registerBot(app, {
      config: config.bot,
      logger: botLogger,
      clock,
      tenantId: microsoft.tenantId,
      conversations,
      storage: createBotStorage(db.db, microsoft.tenantId, clock),
      adapter: botAdapter,
      applications: applicationDeps,
      sessions: sessionDeps,
      feedback: feedbackDeps,
      surveys: surveyDeps,
      publicUrl,
    });
    await app.register(
      async (api) => {
        api.addHook('preHandler', authenticate(verifier));
        await api.register(meRoutes, { deps: meDeps });
        await api.register(programmeRoutes, { deps: programmeDeps });
        await api.register(applicationRoutes, { deps: applicationDeps });
        await api.register(directoryRoutes, { directory });
        await api.register(matchingRoutes, { deps: matchingDeps });
        await api.register(sessionRoutes, { deps: sessionDeps });
        await api.register(feedbackRoutes, {
          deps: { feedback: feedbackDeps, surveys: surveyDeps, dashboard: dashboardDeps },
        });
        await api.register(directorySyncRoutes, { deps: { jobs, store: directorySync.store } });
      },
      { prefix: '/api/v1' },
    );

    await app.listen({ port, host: config.host });
    // Workers start once the service answers: in demo mode they call its own Graph endpoints.
    await jobs.start();
    await startDirectorySync(jobs, directorySync, { tenantId: microsoft.tenantId, initial: !!demo });
    await startSessionJobs(sessionDeps, {
      tenantId: microsoft.tenantId,
      // The default poll slows down while notifications tell of the answers; a value set stays.
      responsesEverySeconds: responsesPollSeconds({
        configured: config.sessions.responsesPollSeconds ?? DEFAULT_POLL_SECONDS,
        explicit: config.sessions.responsesPollSeconds !== undefined,
        notifications: !!notificationDeps,
      }),
      notifications: notificationDeps,
    });
    await startFeedbackJobs(
      { feedback: feedbackDeps, surveys: surveyDeps },
      { tenantId: microsoft.tenantId, everySeconds: config.sessions.feedbackCheckSeconds },
    );
    if (demo && microsoft.mode === 'demo' && !microsoft.empty) {
      await startDemoVolunteers(jobs, db.db, microsoft.tenantId, clock);
      await startDemoRunningProgramme(jobs, {
        db: db.db,
        matching: matchingDeps,
        tenantId: microsoft.tenantId,
        personas: await demo.tenant.personas(),
        clock,
      });
    }
    return {
      app,
      config,
      db,
      internalUrl,
      publicUrl,
      demo,
      matchingThread,
      ...(notificationDeps
        ? { calendarNotifications: { sync: () => syncSubscriptions(notificationDeps) } }
        : {}),
      async close() {
        await jobs.stop();
        await app.close();
        await matchingThread.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
