import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { DatabaseHandle } from '../store/db';

/** What pg-boss calls instead of opening its own pool (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss sends some commands as one script wrapped in `BEGIN; … COMMIT;` (under an advisory
 * lock). Sent as one string, a failure in the middle would leave the connection inside an aborted
 * transaction — fatal on PGlite's single connection and on a pooled one — so such scripts run in
 * a real transaction that rolls back on error.
 */
const WRAPPED = /^\s*BEGIN;([\s\S]*);\s*COMMIT;?\s*$/i;

export function sqlExecutor(handle: DatabaseHandle): SqlExecutor {
  // Both drizzle drivers expose the underlying client; the handle's `query` cannot run scripts.
  const client = (handle.db as unknown as { $client: PGlite | pg.Pool }).$client;
  if (handle.kind === 'pglite') return pgliteExecutor(client as PGlite);
  return poolExecutor(client as pg.Pool);
}

function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      const wrapped = WRAPPED.exec(text);
      const results = wrapped
        ? await client.transaction((tx) => tx.exec(wrapped[1] as string))
        : await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

function poolExecutor(pool: pg.Pool): SqlExecutor {
  return {
    async executeSql(text, values) {
      const wrapped = (!values || values.length === 0) && WRAPPED.exec(text);
      if (!wrapped) {
        const result = await pool.query(text, values as unknown[]);
        return { rows: lastRows(result) };
      }
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await connection.query(wrapped[1] as string);
        await connection.query('COMMIT');
        return { rows: lastRows(result) };
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}

/** A multi-statement query answers an array of results; pg-boss wants the last one's rows. */
function lastRows(result: pg.QueryResult | pg.QueryResult[]): unknown[] {
  return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
}
