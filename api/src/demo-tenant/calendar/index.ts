import type { FastifyPluginAsync } from 'fastify';
import type { Clock } from '../../domain/clock';
import type { DatabaseHandle } from '../../store/db';
import { CalendarService } from './calendar-service';
import type { CalendarDirectory } from './directory-port';
import { registerEventRoutes } from './event-routes';
import { EventStore } from './event-store';
import { registerScheduleRoutes } from './schedule-routes';

export { CalendarService } from './calendar-service';
export type { CalendarDirectory, CalendarPerson } from './directory-port';
export { migrateCalendar } from './event-store';

export interface CalendarRoutesOptions {
  db: DatabaseHandle;
  tenantId: string;
  /** The demo tenant's seed: the seeded calendars are a pure function of it, the person and the day. */
  seed: number;
  clock: Clock;
  directory: CalendarDirectory;
  /** The calendars to serve, when shared with other demo routes; made from the options above otherwise. */
  service?: CalendarService;
}

/** The demo calendars of one tenant over its database: stored events merged with the seeded ones. */
export function createCalendarService(options: Omit<CalendarRoutesOptions, 'service'>): CalendarService {
  const store = new EventStore(options.db, options.tenantId);
  return new CalendarService({ ...options, store });
}

/**
 * Graph v1.0 calendar routes of the demo tenant (getSchedule, events, calendarView, meeting
 * responses). Register inside the authenticated Graph scope; GraphErrors thrown here are expected
 * to be turned into Graph's error body by that scope's error handler.
 */
export const calendarRoutes: FastifyPluginAsync<CalendarRoutesOptions> = async (app, options) => {
  const service = options.service ?? createCalendarService(options);
  registerScheduleRoutes(app, service);
  registerEventRoutes(app, service, options.clock);
};
