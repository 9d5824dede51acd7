/**
 * A fresh database for one booking bench case, as the service's environment and as plain SQL for
 * the bench itself: a PGlite folder of its own, or, when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
 * names a PostgreSQL server, a new database on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../api/src/store/db';

export type BenchBackend = 'pglite' | 'postgres';

export interface BenchDatabase {
  readonly backend: BenchBackend;
  /** What the child service gets: `DATA_DIR` or `DATABASE_URL`. */
  readonly env: Record<string, string>;
  /**
   * Runs `work` with SQL access. PGlite is single-process: call this only while the service is
   * stopped. A PostgreSQL server could be shared, but the bench uses it the same way.
   */
  withSql<T>(work: (sql: DatabaseHandle['query']) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

export function serverUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

/** One database per bench run (a run of both would take over ten minutes): the server when named. */
export function benchBackend(): BenchBackend {
  return serverUrl() ? 'postgres' : 'pglite';
}

async function withHandle<T>(
  open: () => Promise<DatabaseHandle>,
  work: (sql: DatabaseHandle['query']) => Promise<T>,
): Promise<T> {
  const handle = await open();
  try {
    return await work(handle.query);
  } finally {
    await handle.close();
  }
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function freshBenchDatabase(backend: BenchBackend): Promise<BenchDatabase> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'binome-bench-'));
    // The service keeps its PGlite files in DATA_DIR/pglite (see the configuration reference).
    const dataDir = path.join(dir, 'pglite');
    return {
      backend,
      env: { DATA_DIR: dir },
      withSql: (work) => withHandle(() => openDatabase({ kind: 'pglite', dataDir }), work),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = serverUrl();
  if (!server) throw new Error('BENCH_DATABASE_URL is not set: no PostgreSQL server to bench against');
  const name = `binome_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    backend,
    env: { DATABASE_URL: url.toString() },
    withSql: (work) => withHandle(() => openDatabase({ kind: 'postgres', url: url.toString() }), work),
    drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
