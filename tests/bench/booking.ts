/**
 * Booking benchmark: 500 active pairs × 2 sessions booked by the real service (a child process)
 * in its demo tenant, with 20 % of Graph requests and batch items failing (429 / 503). Case
 * "faults" times a whole run; case "kill-restart" SIGKILLs the service in the second slice,
 * starts it again on the same data and waits for the stalled run to resume. Each case prints one
 * JSON line; the exit code is 1 when the run does not finish or a session is booked twice, lost
 * or failed. `--seed=N` changes the faults and the kill point (default 2027). Runs on PGlite, or
 * on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server.
 */
import { type BookingCase, runBookingCase } from './booking-case';
import { benchBackend } from './booking-database';

const PAIRS = 500;
const SESSIONS_PER_PAIR = 2;
/** Enough people to find 1,000 in shared time zones. */
const PEOPLE = 2000;
/** The lease lapses 60 s after the killed worker's last renewal and the sweep runs every minute. */
const WITHIN_MS = 6 * 60_000;

function seedOf(argv: readonly string[]): number {
  const flag = argv.find((arg) => arg.startsWith('--seed='));
  const seed = flag ? Number(flag.slice('--seed='.length)) : 2027;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, not ${flag}`);
  return seed;
}

/** mulberry32: a small seeded generator, so a seed replays the same kill point. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Runs one case and prints its line; a failed check or an error sets the exit code. */
async function figure(spec: BookingCase): Promise<void> {
  const line: Record<string, unknown> = { bench: 'booking', case: spec.name, database: spec.backend };
  try {
    await runBookingCase(spec, line);
  } catch (error) {
    Object.assign(line, { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (line.ok !== true) process.exitCode = 1;
}

export async function runBookingBench(argv: readonly string[]): Promise<void> {
  const seed = seedOf(argv);
  // 20 % to 70 % of the first slice's time into the second slice: while its calendars are read
  // or, more often, while its events are being created.
  const share = 0.2 + 0.5 * random(seed)();
  const faults = { throttleRate: 0.1, unavailableRate: 0.1, timeoutRate: 0, retryAfterSeconds: 1, seed };
  const base = {
    backend: benchBackend(),
    pairs: PAIRS,
    sessionsPerPair: SESSIONS_PER_PAIR,
    people: PEOPLE,
    faults,
  };
  await figure({ ...base, name: 'faults', withinMs: WITHIN_MS });
  await figure({ ...base, name: 'kill-restart', killInSecondSlice: share, withinMs: WITHIN_MS });
}
