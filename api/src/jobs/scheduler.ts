import type { Logger } from 'pino';
import type { EnqueueOptions, JobSchedule } from '../app/ports/jobs';
import type { Clock } from '../domain/clock';
import type { SqlExecutor } from './sql-executor';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of the period `at` falls in: the latest scheduled time not after it (UTC). */
export function periodStart(schedule: JobSchedule, at: Date): Date {
  if ('everySeconds' in schedule) {
    const every = Math.max(1, schedule.everySeconds) * 1000;
    return new Date(Math.floor(at.getTime() / every) * every);
  }
  const match = /^(\d{2}):(\d{2})$/.exec(schedule.dailyAtUtc);
  if (!match) throw new Error(`dailyAtUtc must be HH:MM, not "${schedule.dailyAtUtc}"`);
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), +match[1]!, +match[2]!);
  return new Date(today <= at.getTime() ? today : today - DAY_MS);
}

interface Entry {
  name: string;
  key: string;
  schedule: JobSchedule;
  data: object;
  options: EnqueueOptions | undefined;
}

/**
 * Enqueues each recurring job once per period. Instances race with one compare-and-set on
 * `job_schedule`; only the one that moves the period forward enqueues. A period missed while no
 * instance ran is caught up once at the next check, never once per missed period.
 */
export function createScheduler(deps: {
  sql: SqlExecutor;
  clock: Clock;
  logger: Logger;
  checkSeconds: number;
  enqueue(name: string, data: object, options?: EnqueueOptions): Promise<string>;
}) {
  const entries: Entry[] = [];
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | undefined;

  const claim = async (entry: Entry, period: Date): Promise<boolean> => {
    const { rows } = await deps.sql.executeSql(
      `INSERT INTO job_schedule (name, last_period_at) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET last_period_at = excluded.last_period_at, updated_at = now()
         WHERE job_schedule.last_period_at < excluded.last_period_at
       RETURNING name`,
      [entry.key, period.toISOString()],
    );
    return rows.length > 0;
  };

  const check = async () => {
    const now = deps.clock.now();
    for (const entry of entries) {
      try {
        const period = periodStart(entry.schedule, now);
        if (await claim(entry, period)) await deps.enqueue(entry.name, entry.data, entry.options);
      } catch (error) {
        deps.logger.error({ err: error, job: entry.name }, 'could not enqueue a scheduled job');
      }
    }
  };

  let interval = Number.POSITIVE_INFINITY;
  const tick = () => {
    checking ??= check().finally(() => {
      checking = undefined;
    });
    return checking;
  };

  return {
    add(name: string, schedule: JobSchedule, data: object, options?: EnqueueOptions) {
      periodStart(schedule, deps.clock.now()); // rejects a malformed schedule now, not at night
      entries.push({ name, key: `${name} ${JSON.stringify(data)}`, schedule, data, options });
      // Checked at least as often as the shortest period asks for.
      const seconds = Math.max(
        1,
        Math.min(deps.checkSeconds, 'everySeconds' in schedule ? schedule.everySeconds : deps.checkSeconds),
      );
      if (!timer || seconds < interval) {
        if (timer) clearInterval(timer);
        interval = seconds;
        timer = setInterval(tick, seconds * 1000);
        timer.unref();
      }
      void tick();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
