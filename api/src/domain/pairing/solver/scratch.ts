/**
 * Scratch arrays kept per thread and reused from call to call. Scans run per chunk of 16 rows, and
 * each call used to allocate a few arrays as long as a row (48 KB each at 6,000 mentors): ~100 MB
 * of short-lived buffers per pass over 10,000 rows, which the garbage collector then had to chase.
 * Callers must not hold on to a scratch array past their call, nor call each other with one.
 */
const kept = new Map<string, Float64Array | Int32Array>();

function scratch<T extends Float64Array | Int32Array>(
  name: string,
  length: number,
  make: (n: number) => T,
): T {
  let array = kept.get(name) as T | undefined;
  if (array?.length !== length) {
    array = make(length);
    kept.set(name, array);
  }
  return array;
}

export const scratchFloats = (name: string, length: number): Float64Array =>
  scratch(`f:${name}`, length, (n) => new Float64Array(n));

export const scratchInts = (name: string, length: number): Int32Array =>
  scratch(`i:${name}`, length, (n) => new Int32Array(n));
