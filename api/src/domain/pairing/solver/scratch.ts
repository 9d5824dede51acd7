/**
 * Scratch arrays kept per thread and reused from call to call. Scans run per chunk of 16 rows, and
 * each call used to allocate a few arrays as long as a row (48 KB each at 6,000 mentors): ~100 MB
 * of short-lived buffers per pass over 10,000 rows, which the garbage collector then had to chase.
 * Callers must not hold on to a scratch array past their call, nor call each other with one.
 */
const floats = new Map<string, Float64Array>();
const ints = new Map<string, Int32Array>();

export function scratchFloats(name: string, length: number): Float64Array {
  let array = floats.get(name);
  if (array?.length !== length) {
    array = new Float64Array(length);
    floats.set(name, array);
  }
  return array;
}

export function scratchInts(name: string, length: number): Int32Array {
  let array = ints.get(name);
  if (array?.length !== length) {
    array = new Int32Array(length);
    ints.set(name, array);
  }
  return array;
}
