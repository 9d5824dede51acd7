import type { RowSource } from '../domain/pairing/solver/score-reader';

/**
 * How a worker thread rebuilds a score source: a module, one of its exports, and the arguments it is
 * called with. The export returns a `fillRow` function, or an object holding one (and `fillPairs`, if
 * it has one: see `ScoreSource`). A source must be
 * deterministic: every thread has to read the same scores for the same (mentee, mentor).
 */
export interface RowSourceSpec {
  /** `file:` URL of the module. */
  readonly module: string;
  readonly export: string;
  /** Structured-cloneable arguments (numbers, strings, typed arrays, SharedArrayBuffers…). */
  readonly args: readonly unknown[];
}

export async function loadRowSource(spec: RowSourceSpec): Promise<RowSource> {
  const module = (await import(spec.module)) as Record<string, unknown>;
  const factory = module[spec.export];
  if (typeof factory !== 'function') {
    throw new TypeError(`${spec.module} has no function "${spec.export}".`);
  }
  const made = (factory as (...args: unknown[]) => unknown)(...spec.args);
  if (typeof made === 'function') return { fillRow: made as RowSource['fillRow'] };
  const { fillRow, fillPairs } = (made ?? {}) as { fillRow?: unknown; fillPairs?: unknown };
  if (typeof fillRow !== 'function') {
    throw new TypeError(`${spec.export}(…) gave neither a fillRow function nor an object with one.`);
  }
  return {
    fillRow: fillRow as RowSource['fillRow'],
    fillPairs: typeof fillPairs === 'function' ? (fillPairs as RowSource['fillPairs']) : undefined,
  };
}
