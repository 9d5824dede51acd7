import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EnqueueOptions, JobInfo, JobProgress, JobSchedule, Jobs } from '../app/ports/jobs';
import type { Clock } from '../domain/clock';
import type { DatabaseHandle } from '../store/db';
import { createScheduler } from './scheduler';
import { type SqlExecutor, sqlExecutor } from './sql-executor';

export interface PgBossJobsOptions {
  db: DatabaseHandle;
  logger: Logger;
  clock: Clock;
  /** How often lost jobs (past their expiry) are looked for; tests shorten it. */
  maintenanceIntervalSeconds?: number;
  /** How often recurring schedules are checked. */
  scheduleCheckSeconds?: number;
  /** How long `stop` waits for running jobs before giving them back to the queue. */
  stopTimeoutSeconds?: number;
}

const SCHEMA = 'pgboss';
const DEFAULTS = { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 15 * 60 };

/**
 * Jobs on pg-boss 10 over the service's own connection (PGlite or the pool), so jobs live in the
 * same database and coordinate instances through it. pg-boss's cron needs its clock-skew monitor
 * and minute-level cron rows; a small compare-and-set scheduler (`scheduler.ts`) is simpler and
 * behaves the same on PGlite. Every queue uses the `stately` policy: one waiting and one running
 * job per singleton key; jobs enqueued without a key get a unique one, so they never collide.
 */
export function createPgBossJobs(options: PgBossJobsOptions): Jobs {
  const { logger, clock } = options;
  const sql = sqlExecutor(options.db);
  const boss = new PgBoss({
    db: sql as PgBoss.Db,
    schema: SCHEMA,
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const queues = new Map<string, Promise<void>>();
  let started: Promise<void> | undefined;

  const ensureQueue = (name: string) => {
    let ready = queues.get(name);
    if (!ready) {
      ready = (async () => {
        if (await boss.getQueue(name)) return;
        await boss.createQueue(name, { name, policy: 'stately' });
      })();
      ready.catch(() => queues.delete(name));
      queues.set(name, ready);
    }
    return ready;
  };

  const jobs: Jobs = {
    async start() {
      started ??= boss.start().then(() => undefined);
      await started;
    },

    async enqueue(name, data, enqueueOptions: EnqueueOptions = {}) {
      await jobs.start();
      await ensureQueue(name);
      const singletonKey = enqueueOptions.singletonKey ?? `unique:${randomUUID()}`;
      const id = await boss.send(name, data, {
        singletonKey,
        retryLimit: enqueueOptions.retryLimit ?? DEFAULTS.retryLimit,
        retryDelay: enqueueOptions.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: enqueueOptions.expireInSeconds ?? DEFAULTS.expireInSeconds,
        ...(enqueueOptions.startAfter ? { startAfter: enqueueOptions.startAfter } : {}),
      });
      if (id) return id;
      const waiting = await waitingJobId(sql, name, singletonKey);
      if (!waiting) throw new Error(`job "${name}" (${singletonKey}) was neither queued nor found waiting`);
      return waiting;
    },

    async get<Data>(name: string, id: string) {
      await jobs.start();
      const job = await boss.getJobById<Data>(name, id).catch(() => null);
      return job ? toJobInfo<Data>(job) : undefined;
    },

    async work(name, handler, workOptions = {}) {
      await jobs.start();
      await ensureQueue(name);
      const concurrency = Math.max(1, workOptions.concurrency ?? 1);
      // pg-boss 10 has no local concurrency setting: each worker polls and runs one job at a time.
      for (let i = 0; i < concurrency; i++) {
        await boss.work<object>(
          name,
          {
            batchSize: 1,
            includeMetadata: true,
            pollingIntervalSeconds: workOptions.pollingIntervalSeconds ?? 2,
          },
          async ([job]) => {
            if (!job) return;
            let last: JobProgress | null = null;
            const result = await handler({
              id: job.id,
              data: job.data as never,
              retryCount: job.retryCount,
              progress: async (counters) => {
                last = counters;
                await sql.executeSql(
                  `UPDATE ${SCHEMA}.job SET output = jsonb_build_object('progress', $3::jsonb)
                    WHERE name = $1 AND id = $2 AND state = 'active'`,
                  [name, job.id, JSON.stringify(counters)],
                );
              },
            });
            return { progress: last, result: result ?? null };
          },
        );
      }
    },

    async schedule(name, schedule: JobSchedule, data, enqueueOptions) {
      await jobs.start();
      scheduler.add(name, schedule, data, enqueueOptions);
    },

    async stop() {
      scheduler.stop();
      if (!started) return;
      await boss.stop({
        graceful: true,
        wait: true,
        close: false,
        timeout: (options.stopTimeoutSeconds ?? 10) * 1000,
      });
      started = undefined;
    },
  };

  const scheduler = createScheduler({
    sql,
    clock,
    logger,
    checkSeconds: options.scheduleCheckSeconds ?? 30,
    enqueue: (name, data, enqueueOptions) => jobs.enqueue(name, data, enqueueOptions),
  });
  return jobs;
}

async function waitingJobId(sql: SqlExecutor, name: string, key: string): Promise<string | undefined> {
  const { rows } = await sql.executeSql(
    `SELECT id FROM ${SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active'
      ORDER BY created_on DESC LIMIT 1`,
    [name, key],
  );
  return (rows[0] as { id: string } | undefined)?.id;
}

function toJobInfo<Data>(job: PgBoss.JobWithMetadata<Data>): JobInfo<Data> {
  const output = (job.output ?? null) as Record<string, unknown> | null;
  const failed = job.state === 'failed' || job.state === 'retry';
  const progress =
    output && typeof output.progress === 'object' ? (output.progress as JobProgress | null) : null;
  return {
    id: job.id,
    name: job.name,
    data: job.data,
    state: job.state,
    retryCount: job.retryCount,
    progress,
    output: output && 'result' in output ? output.result : output,
    error: failed && output && typeof output.message === 'string' ? output.message : null,
    createdAt: job.createdOn,
    startedAt: job.startedOn ?? null,
    completedAt: job.completedOn ?? null,
  };
}
