/**
 * One booking bench case against the real service in a child process: seed a programme of active
 * pairs, set the demo tenant's faults, press "Book all sessions", optionally kill the service
 * mid-run and start it again, then count what reached Outlook.
 */
import { BOOKING_JOB } from '../../api/src/app/session-booking';
import type { FaultSettings } from '../../api/src/demo-tenant/contract';
import { apiClient } from '../support/http';
import { type BenchBackend, type BenchDatabase, freshBenchDatabase } from './booking-database';
import { tallyOutlook } from './booking-outlook';
import {
  adminToken,
  createProgramme,
  directoryMirrored,
  insertActivePairs,
  moveTo,
  personas,
} from './booking-seed';
import { type ChildService, startChildService } from './booking-service';

export interface BookingCase {
  name: string;
  backend: BenchBackend;
  pairs: number;
  sessionsPerPair: number;
  /** Directory size: enough people for 2 × `pairs` in shared time zones. */
  people: number;
  faults: Partial<FaultSettings>;
  /**
   * SIGKILL the service once the first slice is booked plus this share of the first slice's
   * time (so inside the second slice), then start it again on the same data.
   */
  killInSecondSlice?: number;
  /** Longest wait for the run to finish, restart included. */
  withinMs: number;
}

interface Progress {
  state: string;
  counts: Record<string, number>;
  figures: Record<string, number>;
  lastError: string | null;
}

interface Running {
  service: ChildService;
  call: ReturnType<typeof apiClient>;
  token: string;
}

const POLL_MS = 250;
/** Calendars read and events created through $batch: far fewer round-trips than sessions. */
const MAX_ROUND_TRIPS_PER_SESSION = 0.25;
/** The killed worker's lease (60 s) lapses, then the sweep (every minute) re-enqueues the run. */
const RESUME_WITHIN_MS = 180_000;

async function boot(env: Record<string, string>, faults?: Partial<FaultSettings>): Promise<Running> {
  const service = await startChildService(env);
  try {
    const call = apiClient(service.baseUrl);
    const token = await adminToken(call);
    // Fault injection is off at every start: the restarted service meets the same faults.
    if (faults) {
      const set = await call('PUT', '/_demo/faults', { body: faults });
      if (set.status !== 200)
        throw new Error(`setting faults failed: ${set.status} ${JSON.stringify(set.body)}`);
    }
    return { service, call, token };
  } catch (error) {
    const explained = withOutput(error, service);
    await service.kill();
    throw explained;
  }
}

/** The error, with the service's last output when it has died (a crash explains a failed request). */
function withOutput(error: unknown, service: ChildService | undefined): unknown {
  const status = service?.status();
  if (!status || status.alive) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${message}; the service exited (${status.exit}):\n${status.output}`, { cause: error });
}

async function progressOf({ call, token }: Running, programmeId: string): Promise<Progress> {
  const response = await call('GET', `/api/v1/programmes/${programmeId}/sessions/booking`, { token });
  if (response.status !== 200)
    throw new Error(
      `reading the booking progress failed: ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body;
}

const finished = (p: Progress) => p.state === 'done' || p.state === 'failed';

async function until(
  running: Running,
  programmeId: string,
  stop: (p: Progress) => boolean,
  { everyMs, deadline, what }: { everyMs: number; deadline: number; what: string },
): Promise<Progress> {
  for (;;) {
    const progress = await progressOf(running, programmeId);
    if (stop(progress)) return progress;
    if (Date.now() > deadline) {
      const seen = { state: progress.state, lastError: progress.lastError, counts: progress.counts };
      throw new Error(`${what} (booking progress: ${JSON.stringify(seen)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Where the booking jobs stand in the job queue (pg-boss, schema `pgboss`), to explain a run that stalls. */
async function bookingJobs(database: BenchDatabase): Promise<string> {
  const states = await database
    .withSql((sql) =>
      sql<{ state: string; n: number }>(
        'select state, count(*)::int as n from pgboss.job where name = $1 group by state order by state',
        [BOOKING_JOB],
      ),
    )
    .catch(() => []);
  return `${BOOKING_JOB} jobs: ${states.map((s) => `${s.n} ${s.state}`).join(', ') || 'none'}`;
}

/** The service running now: replaced at every restart, killed by the case's clean-up whatever happens. */
interface Current {
  running: Running | undefined;
  readonly env: Record<string, string>;
  readonly database: BenchDatabase;
}

interface Booking {
  programmeId: string;
  faults: Partial<FaultSettings>;
  started: number;
  deadline: number;
}

/**
 * SIGKILLs the service part-way through the second slice, starts it again on the same data and
 * waits for the stalled run to move on. The point is timed from the run itself: a slice marks
 * its sessions booked all at once after its batches (so a booked count would land between
 * slices, never while events are being created), and the machine's load can change between cases
 * (so a share of another case's wall time may land after the end).
 */
async function killAndRestart(
  current: Current,
  { programmeId, faults, started, deadline }: Booking,
  share: number,
  figures: Record<string, unknown>,
): Promise<void> {
  await until(current.running!, programmeId, (p) => p.counts.booked! > 0 || finished(p), {
    everyMs: POLL_MS,
    deadline,
    what: 'the first slice was not booked in time',
  });
  const firstSliceMs = Date.now() - started;
  figures.firstSliceMs = firstSliceMs;
  await new Promise((resolve) => setTimeout(resolve, share * firstSliceMs));
  const before = await progressOf(current.running!, programmeId);
  if (finished(before)) throw new Error(`the run ended before the kill, ${Date.now() - started} ms in`);
  await current.running!.service.kill();
  current.running = undefined;
  const killedAt = Date.now();
  figures.killedAtMs = killedAt - started;
  figures.bookedAtKill = before.counts.booked!;
  // Events already in Outlook whose sessions the dead worker had not marked booked yet.
  const atKill = await current.database.withSql((sql) => tallyOutlook(sql, programmeId));
  figures.eventsAtKill = atKill.events;
  figures.unrecordedAtKill = atKill.unrecorded;
  const restarting = Date.now();
  const running = await boot(current.env, faults);
  current.running = running;
  figures.restartMs = Date.now() - restarting;
  try {
    await until(running, programmeId, (p) => p.counts.booked! > before.counts.booked! || finished(p), {
      everyMs: POLL_MS,
      deadline: Math.min(deadline, Date.now() + RESUME_WITHIN_MS),
      what: `the stalled run did not resume within ${RESUME_WITHIN_MS / 1000} s of the restart`,
    });
  } catch (error) {
    if (!running.service.status().alive) throw error;
    await running.service.stop();
    current.running = undefined;
    throw new Error(`${(error as Error).message}; ${await bookingJobs(current.database)}`, { cause: error });
  }
  figures.resumedAfterMs = Date.now() - killedAt;
}

/** Seeds the programme (steps 1 and 2) and leaves the service running, faults set; returns the programme. */
async function seed(current: Current, spec: BookingCase): Promise<{ programmeId: string; pairs: number }> {
  // 1. A programme through the API, once the directory is mirrored.
  let running = await boot(current.env);
  current.running = running;
  await directoryMirrored(running.call, running.token);
  const now = new Date();
  const programmeId = await createProgramme(running.call, running.token, {
    sessionCount: spec.sessionsPerPair,
    now,
  });
  const exclude = (await personas(running.call)).map((p) => p.userPrincipalName);

  // 2. Its pairs straight into the database. PGlite is single-process, so the service is stopped
  // meanwhile; PostgreSQL takes the same stop-seed-start path, so both variants run alike.
  await running.service.stop();
  current.running = undefined;
  const pairs = await current.database.withSql((sql) =>
    insertActivePairs(sql, { programmeId, pairs: spec.pairs, exclude, now }),
  );
  running = await boot(current.env, spec.faults);
  current.running = running;
  await moveTo(running.call, running.token, programmeId, 'matching');
  await moveTo(running.call, running.token, programmeId, 'running');
  return { programmeId, pairs };
}

/**
 * Runs the case and returns its figures; they are also written into `figures` as they come, so a
 * case that fails half-way still tells how far it got.
 */
export async function runBookingCase(
  spec: BookingCase,
  figures: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const database = await freshBenchDatabase(spec.backend);
  const current: Current = {
    running: undefined,
    env: { ...database.env, DEMO_EMPTY: 'true', DEMO_PEOPLE: String(spec.people) },
    database,
  };
  try {
    const { programmeId, pairs } = await seed(current, spec);
    const sessions = pairs * spec.sessionsPerPair;
    Object.assign(figures, { pairs, sessions });

    // 3. "Book all sessions", timed until the run is done (restart included).
    const started = Date.now();
    const booking: Booking = { programmeId, faults: spec.faults, started, deadline: started + spec.withinMs };
    const admin = current.running!;
    const accepted = await admin.call('POST', `/api/v1/programmes/${programmeId}/sessions/booking`, {
      token: admin.token,
    });
    if (accepted.status !== 202)
      throw new Error(`starting the booking failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    if (spec.killInSecondSlice !== undefined)
      await killAndRestart(current, booking, spec.killInSecondSlice, figures);
    const done = await until(current.running!, programmeId, finished, {
      everyMs: POLL_MS,
      deadline: booking.deadline,
      what: `the booking run did not finish within ${spec.withinMs / 1000} s`,
    });
    const wallMs = Date.now() - started;

    // 4. What reached Outlook, read once the service is stopped.
    await current.running!.service.stop();
    current.running = undefined;
    const outlook = await database.withSql((sql) => tallyOutlook(sql, programmeId));

    const booked = done.counts.booked!;
    const roundTripsPerSession = booked > 0 ? round(done.figures.graphRequests! / booked) : null;
    const problems = [
      done.state !== 'done' && `run ${done.state}: ${done.lastError}`,
      done.counts.failed! > 0 && `${done.counts.failed} sessions failed`,
      outlook.duplicates > 0 && `${outlook.duplicates} duplicate events`,
      outlook.events !== sessions && `${outlook.events} events for ${sessions} sessions`,
      outlook.events !== booked && `${outlook.events} events for ${booked} booked sessions`,
      outlook.unrecorded > 0 && `${outlook.unrecorded} events of sessions not marked booked`,
      outlook.missing > 0 && `${outlook.missing} booked sessions without their event`,
      (roundTripsPerSession ?? 0) > MAX_ROUND_TRIPS_PER_SESSION &&
        `${roundTripsPerSession} Graph round-trips per session (target ${MAX_ROUND_TRIPS_PER_SESSION})`,
    ].filter((p): p is string => typeof p === 'string');
    return Object.assign(figures, {
      wallMs,
      roundTripsPerSession,
      graphRequests: done.figures.graphRequests,
      slices: done.figures.slices,
      retried: done.figures.retried ?? 0,
      booked,
      failed: done.counts.failed,
      needsSlot: done.counts.needsSlot,
      ...outlook,
      faults: spec.faults,
      ok: problems.length === 0,
      ...(problems.length > 0 ? { problems } : {}),
    });
  } catch (error) {
    throw withOutput(error, current.running?.service);
  } finally {
    await current.running?.service.kill();
    await database.drop();
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
