/**
 * Row scans split across worker threads, behind the solver's synchronous `RowScanner` hook.
 *
 * Reading score rows (the score function, then `scanRows`) is most of an exact solve's time, and
 * rows are independent: each worker rebuilds the same score source, and the calling thread and the
 * workers claim chunks of rows from one shared counter (so a slower core takes fewer), then the
 * chunks are put back in order — the result is exactly `scanRows` over all the rows. The solver is
 * synchronous, so the calling thread blocks on `Atomics.wait` and collects the workers' replies with
 * `receiveMessageOnPort`, with no event-loop turn. Node has no library for a synchronous hand-off to
 * a thread pool (piscina and the like are promise-based), hence this small one.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { type CandidateRows, concatCandidates } from '../domain/pairing/solver/candidates';
import { type RowScan, scanRows } from '../domain/pairing/solver/certificate';
import type { RowSource } from '../domain/pairing/solver/score-reader';
import type { RowScanner, ScanRequest } from '../domain/pairing/solver/types';
import { type ChunkResult, FLAG_BUSY, type WorkerReply, type WorkerRequest } from './row-scan-protocol';
import type { RowSourceSpec } from './row-source';
import { typeScriptWorker } from './ts-worker';

/** Rows per claimed chunk: a few milliseconds of work at 6,000 mentors. */
const CHUNK_ROWS = 16;
/** Below this many rows a request is scanned on the calling thread (a hand-off costs ~0.1 ms). */
const MIN_SHARED_ROWS = 64;
/** A worker silent for this long is taken for dead. */
const REPLY_TIMEOUT_MS = 120_000;

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly slot: number;
  ready: boolean;
  failed?: string;
}

export interface RowScanPoolOptions {
  /** Worker threads besides the calling one; default: available cores − 1. */
  readonly threads?: number;
}

export class RowScanPool {
  private readonly workers: PoolWorker[] = [];
  private readonly flags: Int32Array;
  private closed = false;
  /** Stops and drains a request handed to the workers and never finished (its solve failed). */
  private abandon?: () => void;
  /** Rows scanned by the workers so far (the rest on the calling thread). */
  rowsOnWorkers = 0;

  constructor(source: RowSourceSpec, options: RowScanPoolOptions = {}) {
    const threads = Math.max(0, Math.floor(options.threads ?? availableParallelism() - 1));
    this.flags = new Int32Array(new SharedArrayBuffer(4 * (1 + threads)));
    for (let w = 0; w < threads; w++) {
      const { port1, port2 } = new MessageChannel();
      const worker = typeScriptWorker(new URL('./row-scan-worker.ts', import.meta.url), {
        workerData: { source, port: port2, control: this.flags.buffer, slot: 1 + w },
        transferList: [port2],
      });
      worker.unref();
      const entry: PoolWorker = { worker, port: port1, slot: 1 + w, ready: false };
      worker.on('error', (error) => {
        entry.failed = error.message;
      });
      this.workers.push(entry);
    }
  }

  get threads(): number {
    return this.workers.length + 1;
  }

  /** A scanner for `SolveOptions.scanner`; `source` must read the same scores as the pool's. */
  scanner(source: RowSource, mentorCount: number): RowScanner {
    const scanner = (request: ScanRequest) => this.begin(source, mentorCount, request)();
    scanner.begin = (request: ScanRequest) => this.begin(source, mentorCount, request);
    return scanner;
  }

  /**
   * Resolves once every worker has loaded its score source (or failed to: it is then left out).
   * Loading needs this thread's event loop, so a scan does not wait for it: workers not ready yet
   * are simply not given work.
   */
  async ready(): Promise<void> {
    while (this.workers.some((w) => !w.ready && !w.failed) && !this.closed) {
      for (const w of this.workers) this.pollReady(w);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /**
   * Hands the request to the workers, which start at once, and returns the function that finishes
   * it on this thread: it claims the chunks left, then collects the workers' replies. One request
   * at a time (the chunk counter is shared): one begun and never finished is drained first.
   */
  private begin(source: RowSource, mentorCount: number, request: ScanRequest): () => RowScan {
    this.abandon?.();
    const { duals, candidates, rows } = request;
    const local = () => scanRows(source, mentorCount, request);
    if (this.closed || rows.length < MIN_SHARED_ROWS) return local;
    for (const w of this.workers) this.pollReady(w);
    const helpers = this.workers.filter((w) => w.ready && !w.failed);
    if (helpers.length === 0) return local;
    const chunks = Math.ceil(rows.length / CHUNK_ROWS);
    const message: WorkerRequest = {
      ...request,
      candidates: candidatesOf(candidates, rows, duals.mentee.length),
      chunkRows: CHUNK_ROWS,
      mentorCount,
    };
    Atomics.store(this.flags, 0, 0);
    for (const w of helpers) w.port.postMessage(message);
    this.abandon = () => {
      this.abandon = undefined;
      // no chunk left to claim; the workers finish the one they hold and reply
      Atomics.store(this.flags, 0, chunks);
      for (const w of helpers) this.reply(w);
    };
    return () => this.finish(source, mentorCount, request, chunks, helpers);
  }

  private finish(
    source: RowSource,
    mentorCount: number,
    request: ScanRequest,
    chunks: number,
    helpers: readonly PoolWorker[],
  ): RowScan {
    this.abandon = undefined;
    const { rows } = request;
    const parts: (RowScan | undefined)[] = new Array(chunks);
    for (;;) {
      const chunk = Atomics.add(this.flags, 0, 1);
      if (chunk >= chunks) break;
      const from = chunk * CHUNK_ROWS;
      const part = rows.subarray(from, Math.min(rows.length, from + CHUNK_ROWS));
      parts[chunk] = scanRows(source, mentorCount, { ...request, rows: part });
    }
    for (const w of helpers) {
      const reply = this.reply(w);
      if ('error' in reply) throw new Error(`Row scan worker failed: ${reply.error}`);
      if (!('results' in reply)) throw new Error('Row scan worker answered out of turn.');
      for (const { chunk, scan } of reply.results as ChunkResult[]) {
        parts[chunk] = scan;
        this.rowsOnWorkers += scan.bounds.length;
      }
    }
    return joinScans(parts as RowScan[], rows.length);
  }

  /** Takes a worker's "ready" (or its start-up error) if it has raised its flag; never blocks. */
  private pollReady(w: PoolWorker): void {
    if (w.ready || w.failed || Atomics.load(this.flags, w.slot) === FLAG_BUSY) return;
    const reply = this.take(w);
    if ('error' in reply) w.failed = reply.error;
    else w.ready = true;
  }

  /** Blocks until the worker raises its flag, then takes its message off the port. */
  private reply(w: PoolWorker): WorkerReply {
    const outcome = Atomics.wait(this.flags, w.slot, FLAG_BUSY, REPLY_TIMEOUT_MS);
    if (outcome === 'timed-out') throw new Error(`Row scan worker silent for ${REPLY_TIMEOUT_MS / 1000} s.`);
    return this.take(w);
  }

  private take(w: PoolWorker): WorkerReply {
    const received = receiveMessageOnPort(w.port);
    if (!received) throw new Error('Row scan worker raised its flag without a message.');
    Atomics.store(this.flags, w.slot, FLAG_BUSY);
    return received.message as WorkerReply;
  }
}

/** The candidate rows of the requested mentees only (the rest left empty), to keep the copy small. */
function candidatesOf(candidates: CandidateRows, rows: Int32Array, n: number): CandidateRows {
  let total = 0;
  for (const i of rows) total += candidates.start[i + 1]! - candidates.start[i]!;
  const start = new Int32Array(n + 1);
  const mentor = new Int32Array(total);
  const score = new Float64Array(total);
  let used = 0;
  let next = 0;
  for (const i of rows) {
    while (next < i) start[++next] = used;
    const a = candidates.start[i]!;
    const b = candidates.start[i + 1]!;
    mentor.set(candidates.mentor.subarray(a, b), used);
    score.set(candidates.score.subarray(a, b), used);
    used += b - a;
    start[++next] = used;
  }
  while (next < n) start[++next] = used;
  return { start, mentor, score };
}

/** The chunks' scans, in row order: what one `scanRows` over all the rows returns. */
function joinScans(parts: readonly RowScan[], rows: number): RowScan {
  const bounds = new Float64Array(rows);
  let at = 0;
  let checkedPairs = 0;
  let violating = 0;
  let maxScaled = 0;
  const violatingRows: number[] = [];
  for (const part of parts) {
    bounds.set(part.bounds, at);
    at += part.bounds.length;
    checkedPairs += part.checkedPairs;
    violating += part.violating;
    if (part.maxScaled > maxScaled) maxScaled = part.maxScaled;
    for (const i of part.violatingRows) violatingRows.push(i);
  }
  return {
    checkedPairs,
    violating,
    maxScaled,
    violatingRows,
    bounds,
    additions: concatCandidates(parts.map((p) => p.additions)),
    shadows: concatCandidates(parts.map((p) => p.shadows)),
  };
}
