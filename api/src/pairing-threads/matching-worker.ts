/**
 * The matching thread: scores, solves and explains one matching at a time, off the server's event
 * loop. Large programmes also read their score rows on row-scan threads (`RowScanPool`), which
 * rebuild the same scores from the same input.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeMatching, type MatchingInput } from '../app/matching-compute';
import { type MatchingReply, type MatchingRequest, toThreadError } from './matching-protocol';
import { RowScanPool } from './row-scan-pool';

/**
 * From this many pairs on, rows are also read on row-scan threads. Below, starting them and
 * rebuilding the scores on each costs more than they save: 3,000 × 2,000 (6 M pairs) took
 * 3.6–3.8 s in all with them, 3.2–3.4 s without; a full read of 10,000 × 6,000 is ~4 s on one core.
 */
const poolMinPairs: number = (workerData as { poolMinPairs?: number } | null)?.poolMinPairs ?? 20_000_000;

async function compute(id: number, input: MatchingInput): Promise<MatchingReply> {
  const pairs = input.mentees.length * input.mentors.length;
  // (with one core the pool has no workers and reads every row here)
  if (pairs < poolMinPairs) {
    return { id, output: computeMatching(input), rowsOnWorkers: 0 };
  }
  const pool = new RowScanPool({
    module: new URL('../app/matching-compute.ts', import.meta.url).href,
    export: 'matchingScores',
    args: [input.mentees, input.mentors, input.settings],
  });
  try {
    // Every row-scan thread loads its scores first (~0.5–1 s at 3,000 × 2,000), so that each takes
    // its share from the first scan on. Not waiting saved ~0.7 s there, but left the share to
    // chance: a thread still loading when the first pass ends reads almost nothing.
    await pool.ready();
    const output = computeMatching(input, {
      scanner: (scores, mentorCount) => pool.scanner(scores, mentorCount),
    });
    return { id, output, rowsOnWorkers: pool.rowsOnWorkers };
  } finally {
    await pool.close();
  }
}

const port = parentPort;
if (!port) throw new Error('matching-worker runs as a worker thread only.');
port.on('message', ({ id, input }: MatchingRequest) => {
  compute(id, input).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ id, error: toThreadError(error) } satisfies MatchingReply),
  );
});
