import { InvalidInputError } from '../../errors';
import { type RowScan, scanRows } from './certificate';
import { overlayReader, readerFromSource, type ScoreReader } from './score-reader';
import type { PairingProblem, RowScanner, ScanRequest, SolveOptions } from './types';

/** Everything needed to solve (again) from scratch; re-solves extend a copy of it. */
export interface PairingContext {
  readonly menteeIds: readonly string[];
  readonly mentorIds: readonly string[];
  readonly menteeIndex: ReadonlyMap<string, number>;
  readonly mentorIndex: ReadonlyMap<string, number>;
  readonly capacities: Int32Array;
  readonly base: ScoreReader;
  readonly baseMentees: number;
  readonly forbidden: ReadonlyMap<number, readonly number[]>;
  readonly removedMentors: readonly number[];
  readonly removedMentees: ReadonlySet<number>;
  readonly addedRows: ReadonlyMap<number, Float64Array>;
  /** mentee index → mentor index. */
  readonly locks: ReadonlyMap<number, number>;
  readonly candidatesPerMentee: number;
  readonly maxRounds: number;
  readonly reader: ScoreReader;
  /** Reads rows of `base` elsewhere (threads); only while `reader` is `base` itself. */
  readonly scanner?: RowScanner;
}

export function withReader(context: Omit<PairingContext, 'reader'>): PairingContext {
  const reader = overlayReader(context);
  return { ...context, reader, scanner: reader === context.base ? context.scanner : undefined };
}

/** `scanRows` over the context's scores, on this thread or through its scanner. */
export function scanContext(context: PairingContext, request: ScanRequest): RowScan {
  if (context.scanner) return context.scanner(request);
  return scanHere(context, request);
}

/**
 * `scanContext` started now and finished by the function returned: through the scanner's `begin`
 * when it has one (the reading goes on elsewhere meanwhile), else entirely when finished. The
 * request's arrays must not change until then.
 */
export function beginScan(context: PairingContext, request: ScanRequest): () => RowScan {
  const begin = context.scanner?.begin;
  if (begin) return begin(request);
  return () => scanContext(context, request);
}

function scanHere(context: PairingContext, request: ScanRequest): RowScan {
  return scanRows(context.reader, context.mentorIds.length, request);
}

function indexIds(ids: readonly string[], what: 'mentee' | 'mentor'): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, at) => {
    if (index.has(id)) {
      throw new InvalidInputError('pairing.duplicate_id', `Duplicate ${what} id "${id}" (at ${at}).`, [
        { path: `${what}s[${at}]`, message: 'duplicate id' },
      ]);
    }
    index.set(id, at);
  });
  return index;
}

export function lookUp(index: ReadonlyMap<string, number>, id: string, what: 'mentee' | 'mentor'): number {
  const at = index.get(id);
  if (at === undefined) throw new InvalidInputError('pairing.unknown_id', `Unknown ${what} id "${id}".`);
  return at;
}

export function contextFromProblem(problem: PairingProblem, options: SolveOptions = {}): PairingContext {
  const menteeIds = problem.mentees;
  const mentorIds = problem.mentors.map((mentor) => mentor.id);
  const menteeIndex = indexIds(menteeIds, 'mentee');
  const mentorIndex = indexIds(mentorIds, 'mentor');
  const capacities = new Int32Array(mentorIds.length);
  problem.mentors.forEach((mentor, j) => {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0 || mentor.capacity > 1e6) {
      throw new InvalidInputError(
        'pairing.bad_capacity',
        `Mentor "${mentor.id}" has capacity ${mentor.capacity}: expected a non-negative integer.`,
        [{ path: `mentors[${j}].capacity`, message: 'expected a non-negative integer' }],
      );
    }
    capacities[j] = mentor.capacity;
  });
  const forbidden = new Map<number, number[]>();
  for (const [menteeId, mentorId] of problem.forbidden ?? []) {
    const i = lookUp(menteeIndex, menteeId, 'mentee');
    const j = lookUp(mentorIndex, mentorId, 'mentor');
    forbidden.set(i, [...(forbidden.get(i) ?? []), j]);
  }
  const locks = new Map<number, number>();
  for (const [menteeId, mentorId] of problem.locked ?? []) {
    const i = lookUp(menteeIndex, menteeId, 'mentee');
    const j = lookUp(mentorIndex, mentorId, 'mentor');
    if (locks.has(i)) {
      throw new InvalidInputError('pairing.lock_twice', `Mentee "${menteeId}" is locked more than once.`);
    }
    locks.set(i, j);
  }
  return withReader({
    menteeIds,
    mentorIds,
    menteeIndex,
    mentorIndex,
    capacities,
    base: readerFromSource(problem.scores, menteeIds.length, mentorIds.length),
    baseMentees: menteeIds.length,
    forbidden,
    removedMentors: [],
    removedMentees: new Set(),
    addedRows: new Map(),
    locks,
    candidatesPerMentee: Math.max(1, Math.floor(options.candidatesPerMentee ?? 30)),
    maxRounds: Math.max(1, Math.floor(options.maxRounds ?? 1000)),
    scanner: options.scanner,
  });
}
