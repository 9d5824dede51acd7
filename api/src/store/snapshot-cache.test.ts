import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DatabaseHandle, openDatabase } from './db';
import { rowsOf } from './feedback';
import { createSnapshotCache, type Executor } from './snapshot-cache';

describe('snapshot cache', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let clock = 0;
  let reads = 0;
  const total = async (tx: Executor) => {
    reads++;
    const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select coalesce(sum(x), 0)::int as n from t`));
    return row!.n;
  };
  const write = (x: number) => handle.query('insert into t values ($1)', [x]);
  const options = { maxStaleMs: 10_000, busyRecheckMs: 5_000, now: () => clock };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'binome-snapshot-cache-'));
    handle = await openDatabase({ kind: 'pglite', dataDir: dir });
    await handle.query('create table t (x int not null)');
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a value while the database does not change, and reads again after a write', async () => {
    const cache = createSnapshotCache<number>(handle.db, { ...options, maxEntries: 4 });
    reads = 0;
    await write(1);
    expect(await cache.get('k', total)).toBe(1);
    expect(await cache.get('k', total)).toBe(1);
    expect(reads).toBe(1);
    await write(2);
    expect(await cache.get('k', total)).toBe(3);
    expect(reads).toBe(2);
  });

  it('gives calls made during a reading the previous value, unless it is too old', async () => {
    const cache = createSnapshotCache<number>(handle.db, { ...options, maxEntries: 4, maxStaleMs: 5_000 });
    const before = await cache.get('k', total);
    await write(10);
    const fresh = cache.get('k', total);
    expect(await cache.get('k', total)).toBe(before);
    expect(await fresh).toBe(before + 10);

    await write(100);
    clock += 6_000;
    const again = cache.get('k', total);
    expect(await cache.get('k', total)).toBe(before + 110);
    expect(await again).toBe(before + 110);
  });

  it('shows a busy key without asking the database for a while, then reads it again in the background', async () => {
    const cache = createSnapshotCache<number>(handle.db, { ...options, maxEntries: 4 });
    const first = await cache.get('busy', total);
    await write(1000);
    const reading = cache.get('busy', total);
    expect(await cache.get('busy', total)).toBe(first);
    expect(await reading).toBe(first + 1000);

    reads = 0;
    await write(1);
    clock += 1_000;
    expect(await cache.get('busy', total)).toBe(first + 1000);
    expect(reads).toBe(0);
    clock += 5_000;
    expect(await cache.get('busy', total)).toBe(first + 1000);
    await vi.waitFor(async () => expect(await cache.get('busy', total)).toBe(first + 1001));
    expect(reads).toBe(1);
  });

  it('keeps each key apart and forgets the least recently used beyond its size', async () => {
    const cache = createSnapshotCache<number>(handle.db, { ...options, maxEntries: 2 });
    reads = 0;
    await cache.get('a', total);
    await cache.get('b', total);
    await cache.get('a', total);
    await cache.get('c', total);
    expect(reads).toBe(3);
    await cache.get('a', total);
    expect(reads).toBe(3);
    await cache.get('b', total);
    expect(reads).toBe(4);
  });
});
