/**
 * Matching off the server's event loop. Scoring and solving a large programme is seconds of CPU
 * (at 10,000 × 6,000, ~4 s of scoring alone on one core); on the event loop it would stall every
 * other request, the bot's included, for that long. Large matchings therefore run on a thread of
 * their own, started on first use and kept; small ones run here, where they take milliseconds.
 */
import type { Worker } from 'node:worker_threads';
import { computeMatching, type MatchingInput, type MatchingOutput } from '../app/matching-compute';
import { fromThreadError, type MatchingReply, type MatchingRequest } from './matching-protocol';
import { typeScriptWorker } from './ts-worker';

/** Below this many pairs a matching runs on the calling thread (well under 100 ms of work). */
export const THREAD_MIN_PAIRS = 250_000;

interface Job {
  resolve(output: MatchingOutput): void;
  reject(error: Error): void;
}

export class MatchingThread {
  private worker?: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private closed = false;
  /** Matchings computed on the thread so far, and rows read on its row-scan threads. */
  runsOnThread = 0;
  rowsOnWorkers = 0;

  constructor(
    private readonly options: {
      /** Smaller matchings run on the calling thread (default `THREAD_MIN_PAIRS`). */
      minPairs?: number;
      /** From this many pairs the thread also reads rows on row-scan threads (default 20 M). */
      poolMinPairs?: number;
    } = {},
  ) {}

  /** A `MatchingCompute`: on the thread from `minPairs` pairs on, here below. */
  readonly compute = async (input: MatchingInput): Promise<MatchingOutput> => {
    const pairs = input.mentees.length * input.mentors.length;
    if (pairs < (this.options.minPairs ?? THREAD_MIN_PAIRS)) return computeMatching(input);
    if (this.closed) throw new Error('The matching thread is closed.');
    const worker = this.started();
    const id = this.nextId++;
    const done = new Promise<MatchingOutput>((resolve, reject) => this.jobs.set(id, { resolve, reject }));
    worker.ref();
    worker.postMessage({ id, input } satisfies MatchingRequest);
    return done;
  };

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('The matching thread was closed.'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = typeScriptWorker(new URL('./matching-worker.ts', import.meta.url), {
      workerData: { poolMinPairs: this.options.poolMinPairs },
    });
    worker.on('message', (reply: MatchingReply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (this.jobs.size === 0) worker.unref();
      if ('error' in reply) {
        job.reject(fromThreadError(reply.error));
      } else {
        this.runsOnThread++;
        this.rowsOnWorkers += reply.rowsOnWorkers;
        job.resolve(reply.output);
      }
    });
    // A thread that failed is dropped with its jobs; the next matching starts a new one.
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(`Matching thread failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(`Matching thread stopped (exit code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(error);
  }
}
