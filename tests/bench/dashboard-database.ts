/**
 * Where the dashboard bench's data lives: a fresh database (a PGlite folder, or a new database on
 * the server named by BENCH_DATABASE_URL or TEST_DATABASE_URL), filled the way
 * `npm run seed:dashboard` fills the service's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { Config, DatabaseConfig } from '../../api/src/config/config';
import { createDemoTenant } from '../../api/src/demo-tenant';
import type { DemoPersona } from '../../api/src/demo-tenant/contract';
import { systemClock } from '../../api/src/domain/clock';
import { migrateApp, openDatabase } from '../../api/src/store/db';
import { seedDemoProgrammes } from '../../api/src/store/demo-programmes';
import { createTenantRepository } from '../../api/src/store/tenants';
import { type DashboardSeedResult, seedDashboardProgramme } from './dashboard-seed';

export type DashboardBackend = 'pglite' | 'postgres';

export interface BenchDatabase {
  readonly backend: DashboardBackend;
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface SeededDatabase extends DashboardSeedResult {
  personas: DemoPersona[];
}

export function serverUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export async function freshBenchDatabase(backend: DashboardBackend): Promise<BenchDatabase> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'binome-dashboard-'));
    return {
      backend,
      config: { kind: 'pglite', dataDir: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = serverUrl();
  if (!server) throw new Error('BENCH_DATABASE_URL (or TEST_DATABASE_URL) is not set: no PostgreSQL server');
  const name = `binome_dashboard_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    backend,
    config: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Seeds the dashboard programme into the demo tenant of `config`'s database, as the service would
 * find it: migrations applied, the demo directory seeded (its personas are the programme's admin
 * and sponsor), the sample programmes first unless DEMO_EMPTY. Then refreshes the planner's
 * statistics, as autovacuum would after such a load.
 */
export async function seedDashboardDatabase(config: Config, now: Date): Promise<SeededDatabase> {
  const microsoft = config.microsoft;
  if (microsoft.mode !== 'demo') {
    throw new Error(
      'the dashboard seed fills the demo tenant: unset TENANT_ID, CLIENT_ID and the other tenant settings',
    );
  }
  const handle = await openDatabase(config.database);
  try {
    await migrateApp(handle);
    const tenant = await createDemoTenant({
      db: handle,
      tenantId: microsoft.tenantId,
      seed: microsoft.seed,
      people: microsoft.people,
      clock: systemClock,
      logger: pino({ level: 'silent' }),
      verifyToken: async () => {
        throw new Error('the seed serves no Graph request');
      },
    });
    const personas = await tenant.personas();
    await createTenantRepository(handle.db).ensure({
      id: tenant.tenantId,
      displayName: tenant.displayName,
      mode: 'demo',
    });
    if (!microsoft.empty) await seedDemoProgrammes(handle.db, { tenantId: tenant.tenantId, personas, now });
    const seeded = await seedDashboardProgramme({
      db: handle.db,
      tenantId: tenant.tenantId,
      adminAadIds: personas.filter((p) => p.persona === 'admin').map((p) => p.id),
      sponsorAadIds: personas.filter((p) => p.persona === 'sponsor').map((p) => p.id),
      now,
    });
    if (seeded.created) {
      await handle.query(
        'vacuum analyze person, participant, pairing, session, feedback, feedback_prompt, survey_response',
      );
    }
    return { ...seeded, personas };
  } finally {
    await handle.close();
  }
}
