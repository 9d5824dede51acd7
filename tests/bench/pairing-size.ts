/**
 * One pairing benchmark figure, in its own process so sizes do not share a heap: prints one JSON
 * line. Usage: pairing-size.ts <mentees> <mentors> [--dense] [--threads=N] [--again] | pairing-size.ts resolve
 * <mentees> <mentors> | pairing-size.ts app <mentees> <mentors> [--inline]. `app` is a whole matching
 * of the product (its own scores on random realistic people, the explanations) on the matching
 * thread, with the longest stall of this thread's event loop meanwhile; `--inline` also runs it in
 * place for comparison. With --again, the same problem is solved a second time in the same process
 * (`againMs`): what an admin's re-run of a matching costs once the server's code and threads are
 * warm, where `ms` includes compiling the solver's code on its first calls.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { computeMatching, type MatchingInput } from '../../api/src/app/matching-compute';
import { pairingSettings } from '../../api/src/domain/pairing/score';
import { randomPeople } from '../../api/src/domain/pairing/score/testing/random-people';
import { resolvePairing, solvePairing } from '../../api/src/domain/pairing/solver/index';
import { MatchingThread } from '../../api/src/pairing-threads/matching-thread';
import { RowScanPool } from '../../api/src/pairing-threads/row-scan-pool';
import { denseHungarian } from './dense-hungarian';
import { type PairingInstance, pairingInstance } from './pairing-instances';

/** Peak resident memory of this process (Linux reports the high-water mark), in MB. */
function peakRssMB(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Math.round(Number(match[1]) / 1024);
  } catch {
    // not Linux: fall back to the current figure
  }
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

function problemOf(instance: PairingInstance) {
  return {
    mentees: Array.from({ length: instance.mentees }, (_, i) => `e${i}`),
    mentors: Array.from(instance.capacities, (capacity, j) => ({ id: `m${j}`, capacity })),
    scores: { kind: 'row' as const, fillRow: instance.fillRow, fillPairs: instance.fillPairs },
  };
}

function denseCheck(instance: PairingInstance, paired: number, total: number) {
  const row = new Float64Array(instance.mentors);
  const scores = Array.from({ length: instance.mentees }, (_, i) => {
    instance.fillRow(i, row);
    return Array.from(row, (s) => (Number.isNaN(s) ? null : s));
  });
  const started = performance.now();
  const optimum = denseHungarian({ capacities: Array.from(instance.capacities), scores });
  return {
    denseMs: Math.round(performance.now() - started),
    denseAgrees: optimum.paired === paired && Math.abs(optimum.total - total) < 1e-6,
  };
}

/** Worker threads rebuild the same instance from its size and seed. */
function rowScanPool(mentees: number, mentors: number, threads: number | undefined): RowScanPool {
  const module = new URL('./pairing-instances.ts', import.meta.url).href;
  return new RowScanPool({ module, export: 'pairingInstance', args: [mentees, mentors] }, { threads });
}

async function solveFigure(
  mentees: number,
  mentors: number,
  dense: boolean,
  threads: number | undefined,
  again: boolean,
): Promise<Record<string, unknown>> {
  const poolStarted = performance.now();
  const pool = rowScanPool(mentees, mentors, threads);
  const instance = pairingInstance(mentees, mentors);
  await pool.ready();
  const threadStartMs = Math.round(performance.now() - poolStarted);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const solution = solvePairing(problemOf(instance), {
    candidatesPerMentee: 30,
    scanner: pool.scanner(instance, instance.mentors),
  });
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  // the first solve's peak (the second one runs while the first solution is still held)
  const peakMB = peakRssMB();
  let second: Record<string, unknown> = {};
  if (again) {
    const againStarted = performance.now();
    const repeat = solvePairing(problemOf(instance), {
      candidatesPerMentee: 30,
      scanner: pool.scanner(instance, instance.mentors),
    });
    second = {
      againMs: Math.round(performance.now() - againStarted),
      againSame: repeat.total === solution.total && repeat.certificate.holds,
    };
  }
  await pool.close();
  const figure = {
    bench: 'pairing',
    mentees,
    mentors,
    threads: pool.threads,
    threadStartMs,
    rowsOnWorkers: pool.rowsOnWorkers,
    slots: instance.slots,
    ms,
    cpuMs,
    peakRssMB: peakMB,
    paired: solution.paired,
    total: Math.round(solution.total * 1000) / 1000,
    certificate: solution.certificate.holds,
    rounds: solution.certificate.rounds,
    violations: solution.certificate.violations,
    ...second,
  };
  return dense ? { ...figure, ...denseCheck(instance, solution.paired, solution.total) } : figure;
}

function resolveFigure(mentees: number, mentors: number): Record<string, unknown> {
  const instance = pairingInstance(mentees, mentors, 99);
  const first = solvePairing(problemOf(instance), { candidatesPerMentee: 30 });
  const [mentee, mentor] = first.pairs[Math.floor(first.pairs.length / 2)]!;
  const timings: Record<string, number> = {};
  const time = (name: string, run: () => { pairs: readonly (readonly [string, string])[] }) => {
    const started = performance.now();
    const next = run();
    timings[`${name}Ms`] = Math.round((performance.now() - started) * 10) / 10;
    const before = new Map(first.pairs);
    timings[`${name}Changed`] = next.pairs.filter(([e, m]) => before.get(e) !== m).length;
  };
  time('forbid', () => resolvePairing(first, { kind: 'forbid', mentee, mentor }));
  const other = first.pairs.find(([, m]) => m !== mentor)![1];
  time('lock', () => resolvePairing(first, { kind: 'lock', mentee, mentor: other }));
  time('removeMentor', () => resolvePairing(first, { kind: 'remove-mentor', mentor }));
  return {
    bench: 'pairing-resolve',
    mentees,
    mentors,
    participants: mentees + mentors,
    ...timings,
    peakRssMB: peakRssMB(),
  };
}

async function appFigure(
  mentees: number,
  mentors: number,
  inline: boolean,
): Promise<Record<string, unknown>> {
  const input: MatchingInput = {
    mentees: randomPeople(mentees, 'mentee', 1, 1),
    mentors: randomPeople(mentors, 'mentor', 2, 1 + mentees),
    settings: pairingSettings({ now: new Date('2026-06-15T10:00:00Z') }),
    previous: [],
  };
  const thread = new MatchingThread({ minPairs: 0 });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const output = await thread.compute(input);
  const ms = Math.round(performance.now() - started);
  delay.disable();
  await thread.close();
  let here: Record<string, unknown> = {};
  if (inline) {
    const inlineStarted = performance.now();
    const same = computeMatching(input);
    here = {
      inlineMs: Math.round(performance.now() - inlineStarted),
      inlineSame: JSON.stringify(same.proposals) === JSON.stringify(output.proposals),
    };
  }
  return {
    bench: 'pairing-app',
    mentees,
    mentors,
    slots: input.mentors.reduce((sum, m) => sum + m.capacity, 0),
    ms,
    solveMs: output.figures.ms,
    maxEventLoopStallMs: Math.round(delay.max / 1e6),
    rowsOnWorkers: thread.rowsOnWorkers,
    paired: output.figures.paired,
    unmatched: output.unmatched.length,
    total: output.figures.total,
    certificate: output.figures.optimal,
    rounds: output.figures.rounds,
    peakRssMB: peakRssMB(),
    ...here,
  };
}

const args = process.argv.slice(2);
const threadsArg = args.find((arg) => arg.startsWith('--threads='));
const figure =
  args[0] === 'resolve'
    ? resolveFigure(Number(args[1]), Number(args[2]))
    : args[0] === 'app'
      ? await appFigure(Number(args[1]), Number(args[2]), args.includes('--inline'))
      : await solveFigure(
          Number(args[0]),
          Number(args[1]),
          args.includes('--dense'),
          threadsArg ? Number(threadsArg.slice('--threads='.length)) - 1 : undefined,
          args.includes('--again'),
        );
process.stdout.write(`${JSON.stringify(figure)}\n`);
