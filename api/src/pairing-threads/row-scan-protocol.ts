import type { RowScan } from '../domain/pairing/solver/certificate';
import type { ScanRequest } from '../domain/pairing/solver/types';

/** control[0]: next chunk to claim; control[1 + w]: worker w's flag. */
export const FLAG_BUSY = 0;
export const FLAG_DONE = 1;

/** The scan request, with only the requested mentees' candidate rows (see `candidatesOf`). */
export interface WorkerRequest extends ScanRequest {
  readonly chunkRows: number;
  readonly mentorCount: number;
}

export interface ChunkResult {
  readonly chunk: number;
  readonly scan: RowScan;
}

export type WorkerReply =
  | { readonly ready: true }
  | { readonly results: ChunkResult[] }
  | { readonly error: string };
