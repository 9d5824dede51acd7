/**
 * How a worker thread rebuilds a score source: a module, one of its exports, and the arguments it is
 * called with. The export returns a `fillRow` function, or an object holding one. A source must be
 * deterministic: every thread has to read the same scores for the same (mentee, mentor).
 */
export interface RowSourceSpec {
  /** `file:` URL of the module. */
  readonly module: string;
  readonly export: string;
  /** Structured-cloneable arguments (numbers, strings, typed arrays, SharedArrayBuffers…). */
  readonly args: readonly unknown[];
}

export type FillRow = (mentee: number, out: Float64Array) => void;

export async function loadRowSource(spec: RowSourceSpec): Promise<FillRow> {
  const module = (await import(spec.module)) as Record<string, unknown>;
  const factory = module[spec.export];
  if (typeof factory !== 'function') {
    throw new TypeError(`${spec.module} has no function "${spec.export}".`);
  }
  const made = (factory as (...args: unknown[]) => unknown)(...spec.args);
  const fillRow = typeof made === 'function' ? made : (made as { fillRow?: unknown } | null)?.fillRow;
  if (typeof fillRow !== 'function') {
    throw new TypeError(`${spec.export}(…) gave neither a fillRow function nor an object with one.`);
  }
  return fillRow as FillRow;
}
