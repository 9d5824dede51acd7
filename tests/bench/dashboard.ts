/**
 * `npm run bench -- dashboard`: the dashboard of a large programme under load. On each database
 * (PGlite always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, on a
 * fresh database there) it seeds the dashboard programme (dashboard-seed.ts), starts the service in
 * this process in demo mode, signs in as the programme's admin and, after a warm-up, keeps 50
 * autocannon connections busy for 30 s on GET /api/v1/programmes/:id/dashboard. One JSON line per
 * database; the exit code is 1 when PostgreSQL misses p95 ≤ 150 ms or a request fails.
 */
import { loadavg } from 'node:os';
import { loadConfig } from '../../api/src/config/config';
import { type RunningService, startService } from '../../api/src/service';
import {
  type DashboardBackend,
  freshBenchDatabase,
  seedDashboardDatabase,
  serverUrl,
} from './dashboard-database';
import { load } from './dashboard-load';

const CONNECTIONS = 50;
const SECONDS = 30;
const WARM_UP_SECONDS = 5;
const P95_TARGET_MS = 150;

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const load1 = () => Math.round(loadavg()[0]! * 10) / 10;

/** The first directory sync writes to `person` at start: the bench waits until it is over. */
async function directoryMirrored(service: RunningService, withinMs = 180_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const [row] = await service.db.query<{ finished: unknown }>(
      'select last_run_finished_at as finished from directory_sync where tenant_id = $1',
      [service.config.microsoft.tenantId],
    );
    if (row?.finished) return;
    if (Date.now() > deadline) throw new Error(`the directory was not mirrored within ${withinMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function signIn(baseUrl: string, upn: string): Promise<string> {
  const response = await fetch(`${baseUrl}/_demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upn }),
  });
  if (!response.ok)
    throw new Error(`dev sign-in for ${upn} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function benchOn(backend: DashboardBackend) {
  const database = await freshBenchDatabase(backend);
  try {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      DEMO_EMPTY: 'true',
    };
    const config = { ...loadConfig(env), database: database.config };
    const seedStarted = Date.now();
    const seeded = await seedDashboardDatabase(config, new Date());
    const seedSeconds = seconds(seedStarted);
    const service = await startService({ config });
    try {
      await directoryMirrored(service);
      const admin = seeded.personas.find((p) => p.persona === 'admin');
      if (!admin) throw new Error('the demo directory has no admin persona');
      const token = await signIn(service.internalUrl, admin.userPrincipalName);
      const url = `${service.internalUrl}/api/v1/programmes/${seeded.programmeId}/dashboard`;
      // The first request reads every figure from the database; the next ones find them kept.
      const firstStarted = performance.now();
      const first = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const firstMs = Math.round(performance.now() - firstStarted);
      const body = (await first.json()) as { view?: string; funnel?: { volunteers: number } };
      if (!first.ok || body.view !== 'admin' || !body.funnel?.volunteers) {
        throw new Error(`the dashboard answered ${first.status}: ${JSON.stringify(body).slice(0, 300)}`);
      }
      await load({ url, token, connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
      const loadBefore = load1();
      const figures = await load({ url, token, connections: CONNECTIONS, seconds: SECONDS });
      return {
        bench: 'dashboard',
        database: backend,
        participants: seeded.participants,
        sessions: seeded.sessions,
        feedback: seeded.feedback,
        connections: CONNECTIONS,
        seconds: SECONDS,
        ...figures,
        firstMs,
        seedSeconds,
        load1: [loadBefore, load1()],
      };
    } finally {
      await service.close();
    }
  } finally {
    await database.drop();
  }
}

export async function runDashboardBench(): Promise<void> {
  const backends: DashboardBackend[] = serverUrl() ? ['postgres', 'pglite'] : ['pglite'];
  for (const backend of backends) {
    const line = await benchOn(backend);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    if (backend === 'postgres' && (line.p95Ms > P95_TARGET_MS || line.errors > 0 || line.non2xx > 0)) {
      process.stderr.write(
        `dashboard bench: PostgreSQL p95 ${line.p95Ms} ms (target ≤ ${P95_TARGET_MS} ms), ` +
          `${line.errors} errors, ${line.non2xx} non-2xx answers\n`,
      );
      process.exitCode = 1;
    }
  }
}
