import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  kind: DatabaseConfig['kind'];
  db: Database;
  /** Plain SQL for adapters that bring their own queries (job queue, health checks). */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'pglite') {
    mkdirSync(config.dataDir, { recursive: true });
    const client = await PGlite.create(config.dataDir);
    const db = drizzlePglite({ client, schema }) as unknown as Database;
    return {
      kind: 'pglite',
      db,
      async query<T>(text: string, values: unknown[] = []) {
        const result = await client.query<T>(text, values);
        return result.rows;
      },
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // An idle connection the server ends (restart, failover, admin) must not crash the process:
  // the pool drops it and opens another on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    async query<T>(text: string, values: unknown[] = []) {
      const result = await pool.query(text, values);
      return result.rows as T[];
    },
    close: () => pool.end(),
  };
}

/** Applies the versioned SQL migrations in `folder`; `table` records which ones ran. */
export async function migrateDatabase(handle: DatabaseHandle, folder: string, table: string): Promise<void> {
  const options = { migrationsFolder: folder, migrationsTable: table, migrationsSchema: 'public' };
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, options);
  } else {
    await migratePg(handle.db as never, options);
  }
}

export const APP_MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrateApp(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle, APP_MIGRATIONS, '__binome_migrations');
}
