import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobInfo, Jobs } from '../../api/src/app/ports/jobs';
import { fixedClock, systemClock } from '../../api/src/domain/clock';
import { createPgBossJobs } from '../../api/src/jobs/pg-boss-jobs';
import { periodStart } from '../../api/src/jobs/scheduler';
import { type DatabaseHandle, migrateApp, openDatabase } from '../../api/src/store/db';
import { backends, freshDatabase, type TestDatabase } from '../support/databases';

const logger = pino({ level: 'silent' });
const fast = { pollingIntervalSeconds: 0.5 };

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('periodStart', () => {
  it('finds the latest daily time at or before the instant, in UTC', () => {
    const daily = { dailyAtUtc: '02:00' };
    expect(periodStart(daily, new Date('2026-03-10T01:59:00Z')).toISOString()).toBe(
      '2026-03-09T02:00:00.000Z',
    );
    expect(periodStart(daily, new Date('2026-03-10T02:00:00Z')).toISOString()).toBe(
      '2026-03-10T02:00:00.000Z',
    );
    expect(periodStart({ everySeconds: 60 }, new Date('2026-03-10T10:00:59Z')).toISOString()).toBe(
      '2026-03-10T10:00:00.000Z',
    );
  });
});

describe.each(backends())('durable jobs on %s', (backend) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let jobs: Jobs;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    handle = await openDatabase(database.config);
    await migrateApp(handle);
    jobs = createPgBossJobs({ db: handle, logger, clock: systemClock, maintenanceIntervalSeconds: 1 });
    await jobs.start();
  });
  afterAll(async () => {
    await jobs?.stop();
    await handle?.close();
    await database?.drop();
  });

  const settled = (name: string, id: string) =>
    until(
      () => jobs.get(name, id),
      (job?: JobInfo) => job?.state === 'completed' || job?.state === 'failed',
    );

  it('runs a job once and keeps what the handler returned', async () => {
    const runs: unknown[] = [];
    await jobs.work<{ n: number }>(
      'test.once',
      async (job) => {
        runs.push(job.data);
        return { doubled: job.data.n * 2 };
      },
      fast,
    );
    const id = await jobs.enqueue('test.once', { n: 21 });
    const job = await settled('test.once', id);
    expect(job).toMatchObject({ state: 'completed', output: { doubled: 42 }, data: { n: 21 } });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(runs).toEqual([{ n: 21 }]);
  });

  it('retries a failed attempt, then succeeds', async () => {
    const attempts: number[] = [];
    await jobs.work(
      'test.retry',
      async (job) => {
        attempts.push(job.retryCount);
        if (job.retryCount === 0) throw new Error('first attempt fails');
        return 'ok';
      },
      fast,
    );
    const id = await jobs.enqueue('test.retry', {}, { retryLimit: 2, retryDelaySeconds: 1 });
    const job = await settled('test.retry', id);
    expect(job).toMatchObject({ state: 'completed', retryCount: 1, output: 'ok' });
    expect(attempts).toEqual([0, 1]);
  });

  it('records the error of the last attempt when retries run out', async () => {
    await jobs.work(
      'test.fail',
      async () => {
        throw new Error('always broken');
      },
      fast,
    );
    const id = await jobs.enqueue('test.fail', {}, { retryLimit: 0 });
    const job = await settled('test.fail', id);
    expect(job).toMatchObject({ state: 'failed', error: 'always broken' });
  });

  it('keeps one waiting job per singleton key', async () => {
    const first = await jobs.enqueue('test.singleton', { n: 1 }, { singletonKey: 'tenant-a' });
    const second = await jobs.enqueue('test.singleton', { n: 2 }, { singletonKey: 'tenant-a' });
    const other = await jobs.enqueue('test.singleton', { n: 3 }, { singletonKey: 'tenant-b' });
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    const seen: number[] = [];
    await jobs.work<{ n: number }>(
      'test.singleton',
      async (job) => {
        seen.push(job.data.n);
      },
      fast,
    );
    await settled('test.singleton', first);
    await settled('test.singleton', other);
    expect(seen.sort()).toEqual([1, 3]);
  });

  it('makes progress readable while the job runs', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await jobs.work(
      'test.progress',
      async (job) => {
        await job.progress({ done: 3, total: 10 });
        await gate;
        await job.progress({ done: 10, total: 10 });
      },
      fast,
    );
    const id = await jobs.enqueue('test.progress', {});
    const running = await until(
      () => jobs.get('test.progress', id),
      (job) => job?.progress?.done === 3,
    );
    expect(running).toMatchObject({ state: 'active', progress: { done: 3, total: 10 } });
    release();
    expect(await settled('test.progress', id)).toMatchObject({
      state: 'completed',
      progress: { done: 10, total: 10 },
    });
  });

  it('gives a job whose worker died back to the queue after its expiry', async () => {
    // A second instance claims the job and dies without finishing (never completes it).
    const dead = createPgBossJobs({ db: handle, logger, clock: systemClock });
    let claimed = false;
    await dead.work(
      'test.expiry',
      async () => {
        claimed = true;
        await new Promise(() => undefined);
      },
      fast,
    );
    const id = await jobs.enqueue('test.expiry', {}, { expireInSeconds: 1, retryDelaySeconds: 1 });
    await until(async () => claimed, Boolean);
    // The dead instance stops polling without giving its job back, as a killed process would.
    void dead.stop();
    await jobs.work('test.expiry', async () => 'finished by a live worker', fast);
    const job = await until(
      () => jobs.get('test.expiry', id),
      (j) => j?.state === 'completed',
      20_000,
    );
    expect(job).toMatchObject({ output: 'finished by a live worker' });
    expect(job?.retryCount).toBeGreaterThanOrEqual(1);
  });

  it('enqueues a scheduled job once per period across instances', async () => {
    const clock = fixedClock('2026-03-10T09:00:00Z');
    const a = createPgBossJobs({ db: handle, logger, clock, scheduleCheckSeconds: 0.2 });
    const b = createPgBossJobs({ db: handle, logger, clock, scheduleCheckSeconds: 0.2 });
    const ran: string[] = [];
    await jobs.work<{ tenant: string }>(
      'test.nightly',
      async (job) => {
        ran.push(job.data.tenant);
      },
      fast,
    );
    await a.schedule('test.nightly', { dailyAtUtc: '02:00' }, { tenant: 't1' });
    await b.schedule('test.nightly', { dailyAtUtc: '02:00' }, { tenant: 't1' });
    await until(
      async () => ran.length,
      (n) => n === 1,
    );
    clock.set('2026-03-11T01:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).toHaveLength(1);
    clock.set('2026-03-11T02:00:30Z');
    await until(
      async () => ran.length,
      (n) => n === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ran).toEqual(['t1', 't1']);
    await a.stop();
    await b.stop();
  });
});
