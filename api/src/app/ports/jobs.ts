/** Durable background jobs in the service's own database, shared by every app instance. */

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** Counters a handler reports while it runs (e.g. for a progress bar): `{ done: 120, total: 520 }`. */
export type JobProgress = Record<string, number>;

export interface JobInfo<Data = unknown> {
  id: string;
  name: string;
  data: Data;
  state: JobState;
  retryCount: number;
  progress: JobProgress | null;
  /** What the handler returned, or the last error's message. */
  output: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface EnqueueOptions {
  /**
   * At most one job with this key waits and one runs at a time; enqueueing again while one waits
   * returns the waiting job's id instead of adding another (idempotent triggers).
   */
  singletonKey?: string;
  /** Attempts after the first one; retried with exponential backoff. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job not finished within this time is taken as lost and retried (its worker died). */
  expireInSeconds?: number;
  startAfter?: Date;
}

export interface RunningJob<Data> {
  id: string;
  data: Data;
  /** Which attempt this is: 0 for the first run. */
  retryCount: number;
  /** Records progress counters, readable through `Jobs.get` while the job runs. */
  progress(counters: JobProgress): Promise<void>;
}

export interface WorkOptions {
  /** Jobs of this name run at most this many at a time in this process. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
}

export interface Jobs {
  /** Enqueues a job; with a `singletonKey` already waiting, returns that job's id. */
  enqueue<Data extends object>(name: string, data: Data, options?: EnqueueOptions): Promise<string>;
  get<Data = unknown>(name: string, id: string): Promise<JobInfo<Data> | undefined>;
  /** Runs `handler` for each job of `name`; a thrown error fails the attempt (retried if allowed). */
  work<Data extends object>(
    name: string,
    handler: (job: RunningJob<Data>) => Promise<unknown>,
    options?: WorkOptions,
  ): Promise<void>;
  /**
   * Enqueues `name` once per period of the schedule (e.g. every day at 02:00 UTC), whichever
   * instance sees the period first; the others find it already enqueued.
   */
  schedule<Data extends object>(
    name: string,
    schedule: JobSchedule,
    data: Data,
    options?: EnqueueOptions,
  ): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs and waits (up to a grace period) for running ones to finish. */
  stop(): Promise<void>;
}

/** Recurring times in UTC: every `everySeconds`, or daily at `dailyAtUtc` ("02:00"). */
export type JobSchedule = { everySeconds: number } | { dailyAtUtc: string };
