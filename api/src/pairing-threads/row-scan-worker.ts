/**
 * A row-scan thread: rebuilds the score source, then, for each request, claims chunks of rows from
 * the shared counter and scans them with the domain's `scanRows` until none is left, posts its
 * results and raises its flag (the requesting thread waits on it with `Atomics.wait`).
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { scanRows } from '../domain/pairing/solver/certificate';
import { type ChunkResult, FLAG_DONE, type WorkerRequest } from './row-scan-protocol';
import { loadRowSource, type RowSourceSpec } from './row-source';

const {
  source: spec,
  port,
  control,
  slot,
} = workerData as {
  source: RowSourceSpec;
  port: MessagePort;
  control: SharedArrayBuffer;
  slot: number;
};
const flags = new Int32Array(control);

function finish(message: unknown): void {
  port.postMessage(message);
  Atomics.store(flags, slot, FLAG_DONE);
  Atomics.notify(flags, slot);
}

try {
  const source = await loadRowSource(spec);
  port.on('message', (request: WorkerRequest) => {
    try {
      const results: ChunkResult[] = [];
      const { rows, chunkRows, mentorCount } = request;
      const chunks = Math.ceil(rows.length / chunkRows);
      for (;;) {
        const chunk = Atomics.add(flags, 0, 1);
        if (chunk >= chunks) break;
        const part = rows.subarray(chunk * chunkRows, Math.min(rows.length, (chunk + 1) * chunkRows));
        const scan = scanRows(source, mentorCount, { ...request, rows: part });
        results.push({ chunk, scan });
      }
      finish({ results });
    } catch (error) {
      finish({ error: error instanceof Error ? error.message : String(error) });
    }
  });
  finish({ ready: true });
} catch (error) {
  finish({ error: error instanceof Error ? error.message : String(error) });
}
