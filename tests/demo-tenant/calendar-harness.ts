import type { Client } from '@microsoft/microsoft-graph-client';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { batchRoutes } from '../../api/src/demo-tenant/batch';
import {
  type CalendarDirectory,
  type CalendarPerson,
  calendarRoutes,
  migrateCalendar,
} from '../../api/src/demo-tenant/calendar';
import { installGraphCore } from '../../api/src/demo-tenant/graph-core';
import { createDemoTokenIssuer } from '../../api/src/demo-tenant/sign-in/token-issuer';
import { createThrottle, type Throttle } from '../../api/src/demo-tenant/throttle';
import { fixedClock } from '../../api/src/domain/clock';
import { createGraphClient } from '../../api/src/graph/client';
import { type DatabaseHandle, openDatabase } from '../../api/src/store/db';
import { type Backend, freshDatabase } from '../support/databases';

export const TENANT_ID = '6f3c2a1e-7b5d-4c8e-9a0f-b1d2e3c4f5a6';
const CLIENT_ID = '0d7e5b2c-3a4f-4e6d-8c9b-a1b2c3d4e5f6';
/** A Monday: the seeded calendars start that week. */
export const START = '2026-03-02T07:00:00Z';

/** A person builder for the fake directory: Paris office hours unless told otherwise. */
export function aPerson(name: string, overrides: Partial<CalendarPerson> = {}): CalendarPerson {
  const id = `00000000-0000-4000-8000-${String(Math.abs(hashOf(name)))
    .padStart(12, '0')
    .slice(0, 12)}`;
  const upn = `${name.toLowerCase()}@contoso-banque.example`;
  return {
    id,
    userPrincipalName: upn,
    displayName: name,
    mail: upn,
    department: 'Direction du digital',
    country: 'FR',
    timeZone: 'Romance Standard Time',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '18:00:00.0000000',
      timeZone: { name: 'Romance Standard Time' },
    },
    ...overrides,
  };
}

function hashOf(text: string): number {
  let h = 7;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return h;
}

/** A directory fake; `delayMs` keeps requests in flight long enough to meet the concurrency limit. */
export function fakeDirectory(people: CalendarPerson[], delayMs = () => 0): CalendarDirectory {
  return {
    async findPerson(key) {
      const wait = delayMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const lower = key.toLowerCase();
      return people.find((p) => p.id === lower || p.userPrincipalName === lower || p.mail === lower);
    },
  };
}

export interface CalendarHarness {
  baseUrl: string;
  graph: Client;
  /** A client that does not retry, to see 429s as they are. */
  rawGraph: Client;
  throttle: Throttle;
  /** The demo Graph's base, e.g. to make an `@odata.nextLink` relative for the SDK. */
  endpoint: string;
  clock: ReturnType<typeof fixedClock>;
  token(): Promise<string>;
  close(): Promise<void>;
}

/** The calendar plugin, $batch and throttling mounted as the demo tenant mounts them, over real HTTP. */
export async function startCalendarHarness(
  backend: Backend,
  people: CalendarPerson[],
  options: { delayMs?: () => number } = {},
): Promise<CalendarHarness> {
  const database = await freshDatabase(backend);
  const db: DatabaseHandle = await openDatabase(database.config);
  await migrateCalendar(db);
  const clock = fixedClock(START);
  const app: FastifyInstance = Fastify({ logger: false });
  const issuer = await createDemoTokenIssuer({
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    issuer: 'http://demo/issuer',
    clock,
  });
  const throttle = createThrottle({ clock });
  const directory = fakeDirectory(people, options.delayMs);
  await app.register(
    async (graph) => {
      throttle.install(graph);
      installGraphCore(graph, {
        verifyToken: (token) => issuer.verify(token, ['https://graph.microsoft.com']),
        clock,
        logger: pino({ level: 'silent' }),
      });
      await graph.register(calendarRoutes, { db, tenantId: TENANT_ID, seed: 20260302, clock, directory });
      await graph.register(batchRoutes, {});
    },
    { prefix: '/_demo/graph/v1.0' },
  );
  await app.register(throttle.controlRoutes, { prefix: '/_demo' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const token = () => issuer.issueAppToken();
  const endpoint = `${address}/_demo/graph/v1.0`;
  return {
    baseUrl: address,
    graph: createGraphClient({ endpoint, token }),
    rawGraph: createGraphClient({ endpoint, token, maxRetries: 0 }),
    throttle,
    endpoint,
    clock,
    token,
    async close() {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}
