import { afterAll, describe, expect, it } from 'vitest';
import { dualsOf, scanRows, solvePairing } from '../../api/src/domain/pairing/solver/index';
import type { ScanRequest } from '../../api/src/domain/pairing/solver/types';
import { RowScanPool } from '../../api/src/pairing-threads/row-scan-pool';
import { pairingInstance } from '../bench/pairing-instances';

const MODULE = new URL('../bench/pairing-instances.ts', import.meta.url).href;
const pools: RowScanPool[] = [];

function pool(args: unknown[], exportName = 'pairingInstance'): RowScanPool {
  const made = new RowScanPool({ module: MODULE, export: exportName, args }, { threads: 1 });
  pools.push(made);
  return made;
}

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

function problemOf(instance: ReturnType<typeof pairingInstance>) {
  return {
    mentees: Array.from({ length: instance.mentees }, (_, i) => `e${i}`),
    mentors: Array.from(instance.capacities, (capacity, j) => ({ id: `m${j}`, capacity })),
    scores: { kind: 'row' as const, fillRow: instance.fillRow },
  };
}

/** The scan a request asks for, on this thread. */
function scanHere(instance: ReturnType<typeof pairingInstance>, request: ScanRequest) {
  return scanRows(instance, instance.mentors, request);
}

describe('row scans on worker threads', () => {
  it('return exactly what one scan on this thread returns, and the same optimal solution', async () => {
    const instance = pairingInstance(1200, 700);
    const threads = pool([1200, 700]);
    await threads.ready();
    const scanner = threads.scanner(instance, instance.mentors);
    const shared: number[] = [];
    const counting = (request: Parameters<typeof scanner>[0]) => {
      shared.push(request.rows.length);
      const scan = scanner(request);
      expect(scan).toEqual(scanHere(instance, request));
      return scan;
    };
    const withThreads = solvePairing(problemOf(instance), { scanner: counting });
    const alone = solvePairing(problemOf(instance));
    expect(withThreads.pairs).toEqual(alone.pairs);
    expect(withThreads.total).toBe(alone.total);
    expect(withThreads.certificate.holds).toBe(true);
    // requests of 64 rows and more are shared: the worker took part
    expect(Math.max(...shared)).toBeGreaterThanOrEqual(64);
    expect(threads.rowsOnWorkers).toBeGreaterThan(0);
  });

  it('read the next block while this thread runs an auction, and check rows on the sketch, as one thread would', async () => {
    // from 2,000 mentees on, the first pass reads each block while the previous one's auction runs,
    // and records the rows in a sketch; the certificate rounds check rows on it
    const instance = pairingInstance(2400, 900, 11);
    const threads = pool([2400, 900, 11]);
    await threads.ready();
    const scanner = threads.scanner(instance, instance.mentors);
    let begun = 0;
    let sketched = 0;
    const checked = Object.assign(
      (request: Parameters<typeof scanner>[0]) => {
        if (request.sketch) sketched += request.rows.length;
        const scan = scanner(request);
        expect(scan).toEqual(scanHere(instance, request));
        return scan;
      },
      {
        begin: (request: Parameters<typeof scanner>[0]) => {
          begun++;
          const finish = scanner.begin!(request);
          return () => {
            const scan = finish();
            expect(scan).toEqual(scanHere(instance, request));
            return scan;
          };
        },
      },
    );
    const before = threads.rowsOnWorkers;
    const withThreads = solvePairing(problemOf(instance), { scanner: checked });
    // alone, without `fillPairs`: rows checked on the sketch read whole rows for their exact scores
    const alone = solvePairing(problemOf(instance));
    expect(begun).toBeGreaterThan(20);
    expect(sketched).toBeGreaterThanOrEqual(2400);
    expect(threads.rowsOnWorkers).toBeGreaterThan(before);
    expect(withThreads.pairs).toEqual(alone.pairs);
    expect(withThreads.total).toBe(alone.total);
    expect(withThreads.certificate.holds).toBe(true);
  });

  it('drain a scan begun and never finished (its solve failed) before the next one', async () => {
    const instance = pairingInstance(400, 300);
    const threads = pool([400, 300]);
    await threads.ready();
    const scanner = threads.scanner(instance, instance.mentors);
    const solution = solvePairing(problemOf(instance));
    const { state } = solution.memory;
    const rows = Int32Array.from({ length: 400 }, (_, i) => i);
    const request = { duals: dualsOf(state), candidates: state.rows, rows, keep: 4, shadow: 6 };
    scanner.begin!(request);
    const next = { ...request, rows: rows.subarray(100, 300), keep: 3 };
    expect(scanner.begin!(next)()).toEqual(scanHere(instance, next));
    expect(scanner(request)).toEqual(scanHere(instance, request));
  });

  it('scan on the calling thread when the worker cannot load its scores', async () => {
    const instance = pairingInstance(300, 200);
    const broken = pool([300, 200], 'noSuchExport');
    await broken.ready();
    const rows = Int32Array.from({ length: 300 }, (_, i) => i);
    const solution = solvePairing(problemOf(instance));
    const { state } = solution.memory;
    const request = { duals: dualsOf(state), candidates: state.rows, rows, keep: 5, shadow: 5 };
    const scan = broken.scanner(instance, instance.mentors)(request);
    expect(scan).toEqual(scanRows({ fillRow: instance.fillRow }, 200, request));
    expect(broken.rowsOnWorkers).toBe(0);
  });
});
