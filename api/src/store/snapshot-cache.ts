import { sql } from 'drizzle-orm';
import type { Database } from './db';
import { rowsOf } from './feedback';

export type Executor = Pick<Database, 'execute'>;

export interface SnapshotCache<V> {
  /** The value kept for `key` if the database has not changed since it was read, else `read`'s. */
  get(key: string, read: (tx: Executor) => Promise<V>): Promise<V>;
}

async function snapshotOf(on: Executor): Promise<string> {
  const [row] = rowsOf<{ snapshot: string }>(
    await on.execute(sql`select pg_current_snapshot()::text as snapshot`),
  );
  if (!row) throw new Error('pg_current_snapshot() returned no row');
  return row.snapshot;
}

interface Kept<V> {
  snapshot: string;
  value: V;
  /** When the database was last known to hold what `value` was read from. */
  validAt: number;
  /** When `snapshot` was last compared with the database's (or the value read). */
  checkedAt: number;
}

export interface SnapshotCacheOptions {
  maxEntries: number;
  /** The oldest a value may be when shown while it is read again. */
  maxStaleMs: number;
  /** While a key is busy, how long a value is shown without asking the database whether it changed. */
  busyRecheckMs: number;
  now?: () => number;
}

/**
 * Read-only results kept until the database changes. Each value is read in one repeatable-read
 * transaction and tagged with its snapshot (`pg_current_snapshot()`: which transactions it sees). A
 * call that finds the same snapshot would read the very same rows: it gets the kept value. After a
 * write (any transaction that writes on the server, from any instance of the service), the next
 * call reads again and waits, so someone who has just written sees it.
 *
 * A key becomes busy for `maxStaleMs` when calls come while it is being read (many people loading
 * the same figures). While busy, its value is shown without asking the database for
 * `busyRecheckMs`, then read again in the background when the database changed, and the calls in
 * between get the previous value, never older than `maxStaleMs`. Values are shared: never change one.
 */
export function createSnapshotCache<V>(db: Database, options: SnapshotCacheOptions): SnapshotCache<V> {
  const now = options.now ?? Date.now;
  const kept = new Map<string, Kept<V>>();
  const reading = new Map<string, Promise<V>>();
  const busyUntil = new Map<string, number>();

  function keep(key: string, entry: Kept<V>) {
    kept.delete(key);
    kept.set(key, entry);
    // Map order is insertion order: the first key is the least recently used.
    const oldest = kept.keys().next().value;
    if (kept.size > options.maxEntries && oldest !== undefined) {
      kept.delete(oldest);
      busyUntil.delete(oldest);
    }
  }

  function readAgain(key: string, read: (tx: Executor) => Promise<V>): Promise<V> {
    const startedAt = now();
    const promise = db
      .transaction(
        async (tx) => {
          const snapshot = await snapshotOf(tx);
          return { snapshot, value: await read(tx) };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      )
      .then(({ snapshot, value }) => {
        keep(key, { snapshot, value, validAt: startedAt, checkedAt: now() });
        return value;
      })
      .finally(() => reading.delete(key));
    // A reading in the background has no caller waiting: its failure must not go unhandled.
    promise.catch(() => undefined);
    reading.set(key, promise);
    return promise;
  }

  const fresh = (entry: Kept<V> | undefined, at: number): entry is Kept<V> =>
    !!entry && at - entry.validAt <= options.maxStaleMs;

  /** A call that comes while the key is being read: the key is busy. */
  function meanwhile(key: string, at: number, running: Promise<V>): Promise<V> | V {
    busyUntil.set(key, at + options.maxStaleMs);
    const entry = kept.get(key);
    return fresh(entry, at) ? entry.value : running;
  }

  return {
    async get(key, read) {
      const at = now();
      const running = reading.get(key);
      if (running) return meanwhile(key, at, running);
      const entry = kept.get(key);
      if (!entry) return readAgain(key, read);
      const busy = (busyUntil.get(key) ?? 0) > at;
      if (busy && at - entry.checkedAt < options.busyRecheckMs && fresh(entry, at)) return entry.value;
      if (entry.snapshot === (await snapshotOf(db))) {
        entry.validAt = Math.max(entry.validAt, at);
        entry.checkedAt = Math.max(entry.checkedAt, at);
        if (kept.get(key) === entry) keep(key, entry);
        return entry.value;
      }
      const started = reading.get(key);
      if (started) return meanwhile(key, at, started);
      const again = readAgain(key, read);
      return busy && fresh(entry, at) ? entry.value : again;
    },
  };
}
