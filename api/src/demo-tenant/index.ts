import type { FastifyPluginAsync } from 'fastify';
import { batchRoutes } from './batch';
import { type CalendarService, calendarRoutes, createCalendarService, migrateCalendar } from './calendar';
import { registerSubscriptionRoutes, subscriptionControlRoutes } from './calendar/subscription-routes';
import { SubscriptionStore } from './calendar/subscription-store';
import { SubscriptionService } from './calendar/subscriptions';
import { calendarViewerRoutes } from './calendar-viewer/routes';
import type { DemoTenant, DemoTenantOptions } from './contract';
import { DirectoryRepository } from './directory/repository';
import { directoryRoutes } from './directory/routes';
import { COMPANY_NAME } from './directory/seed/generate';
import { migrateDirectory, seedDirectory } from './directory/seed-store';
import { installGraphCore } from './graph-core';
import { createThrottle } from './throttle';

export { CalendarService } from './calendar';
export { DirectoryRepository } from './directory/repository';

/**
 * The Graph-compatible demo tenant: migrates and seeds its own tables on first start (never
 * again after), and serves a subset of Graph v1.0 that the service's real Graph client calls
 * over HTTP exactly as it would call Microsoft Graph.
 */
export async function createDemoTenant(
  options: DemoTenantOptions,
): Promise<DemoTenant & { directory: DirectoryRepository; calendar: CalendarService }> {
  const { db, tenantId, seed, clock, logger } = options;
  await migrateDirectory(db);
  await migrateCalendar(db);
  await seedDirectory(db, { tenantId, seed, people: options.people, clock, logger });

  const directory = new DirectoryRepository(db, tenantId);
  // One calendar service for the Graph routes and the viewer, so both see the same seeded epoch.
  const calendar = createCalendarService({ db, tenantId, seed, clock, directory });
  const subscriptions = new SubscriptionService({
    store: new SubscriptionStore(db, tenantId),
    calendar,
    clock,
    logger,
  });
  // Change notifications leave after the change is written, without holding up the request.
  calendar.store.onChange((change) => {
    subscriptions.notifyChange(change).catch((error) => {
      logger.warn({ err: error, change }, 'demo Graph could not send change notifications');
    });
  });
  const throttle = createThrottle({
    clock,
    // An id and a UPN of the same person share one mailbox budget.
    resolveMailbox: async (idOrUpn) => (await directory.find(idOrUpn))?.id,
  });

  const graphRoutes: FastifyPluginAsync = async (app) => {
    // The throttle's hooks go first so a fault is rolled in arrival order (replayable for a seed,
    // even inside $batch); it still enforces limits after authentication (preParsing).
    throttle.install(app);
    installGraphCore(app, { verifyToken: options.verifyToken, clock, logger });
    await app.register(directoryRoutes, { directory, clock });
    await app.register(calendarRoutes, { db, tenantId, seed, clock, directory, service: calendar });
    registerSubscriptionRoutes(app, subscriptions);
    await app.register(batchRoutes, {});
  };

  const controlRoutes: FastifyPluginAsync = async (app) => {
    await app.register(throttle.controlRoutes);
    await app.register(subscriptionControlRoutes, { service: subscriptions });
    await app.register(calendarViewerRoutes, {
      calendar,
      clock,
      companyName: COMPANY_NAME,
      personas: () => directory.personas(),
    });
  };

  return {
    tenantId,
    displayName: COMPANY_NAME,
    graphRoutes,
    controlRoutes,
    findUser: (idOrUpn) => directory.findInfo(idOrUpn),
    personas: () => directory.personas(),
    faults: throttle.faults,
    directory,
    calendar,
  };
}
