import type { CandidateRows } from '../domain/pairing/solver/candidates';
import type { Duals, RowScan } from '../domain/pairing/solver/certificate';

/** control[0]: next chunk to claim; control[1 + w]: worker w's flag. */
export const FLAG_BUSY = 0;
export const FLAG_DONE = 1;

export interface WorkerRequest {
  readonly duals: Duals;
  readonly candidates: CandidateRows;
  readonly rows: Int32Array;
  readonly chunkRows: number;
  readonly mentorCount: number;
  readonly keep: number;
  readonly shadow: number;
  readonly bias?: Float64Array;
}

export interface ChunkResult {
  readonly chunk: number;
  readonly scan: RowScan;
}

export type WorkerReply =
  | { readonly ready: true }
  | { readonly results: ChunkResult[] }
  | { readonly error: string };
