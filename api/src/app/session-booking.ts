import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Programme } from '../domain/programme';
import { type Interval, placeSeries, planSessions } from '../domain/scheduling';
import { type Caller, requireProgrammeAdmin } from './caller';
import type { AuditLog } from './ports/audit';
import { type Calendar, type CalendarPerson, isScheduleError, type ScheduleResult } from './ports/calendar';
import type { Jobs } from './ports/jobs';
import type { ProgrammeRepository } from './ports/programmes';
import type {
  BookingRun,
  NewSession,
  PairToPlan,
  SessionCounts,
  SessionRepository,
  SessionWithPair,
} from './ports/sessions';
import { defaultThemeSettings } from './programmes';
import { newSessionEvent } from './session-event';
import { noSlotProblem, plannedOf, readWindow, slotPerson } from './session-slots';

export const BOOKING_JOB = 'sessions.book';

export interface BookingJobData {
  tenantId: string;
  programmeId: string;
  runId: string;
}

export interface SessionDeps {
  programmes: Pick<ProgrammeRepository, 'get'>;
  sessions: SessionRepository;
  calendar: Calendar;
  jobs: Jobs;
  audit: AuditLog;
  clock: Clock;
  /** Where Binôme is reached, for the link in the invitations. */
  publicUrl: string;
  /** This process, as the holder of booking leases. */
  workerId: string;
  /** Graph HTTP requests sent so far by this process (round-trips, for the figures). */
  graphRequests: () => number;
  /** Waits between rounds when only retryable failures are left; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A worker renews its lease every slice; one that dies lets it lapse after this long. */
export const LEASE_MS = 60_000;
/** Pairs read, placed and booked together: their calendars in one getSchedule round, their events in batches of 20. */
export const PAIRS_PER_SLICE = 200;
/** Creation attempts before a session that keeps failing (throttled beyond the retries, …) is marked failed. */
export const MAX_ATTEMPTS = 6;
const BOOKABLE_STATUSES = new Set<Programme['status']>(['matching', 'running']);
const INSERT_CHUNK = 500;

export interface BookingProgress {
  programmeId: string;
  run: BookingRun | undefined;
  counts: SessionCounts;
  pairsToPlan: number;
}

async function loadProgramme(deps: Pick<SessionDeps, 'programmes'>, tenantId: string, programmeId: string) {
  const programme = await deps.programmes.get(tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  return programme;
}

/** The organizer of a pair's sessions under the programme's setting. */
export function organizerOf(programme: Programme, pair: Pick<PairToPlan, 'menteeAadId' | 'mentorAadId'>) {
  if (programme.organizer === 'shared' && programme.organizerAadId) return programme.organizerAadId;
  return programme.organizer === 'mentee' ? pair.menteeAadId : pair.mentorAadId;
}

/**
 * A pair's series as rows to store: the programme's cadence from its start date, one theme each;
 * sessions whose window has already passed are left out (a pair approved late starts from now).
 */
export function seriesOf(programme: Programme, pair: PairToPlan, now: Date): NewSession[] {
  if (!programme.startsOn || !programme.endsOn) return [];
  const planned = planSessions({
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    cadence: programme.cadence,
    count: programme.sessionCount,
    sessionMinutes: programme.sessionMinutes,
    themes: programme.sessionThemes.length > 0 ? programme.sessionThemes : defaultThemeSettings(),
    timeZone: programme.timeZone,
  });
  const organizerAadId = organizerOf(programme, pair);
  return planned
    .filter((s) => s.window.end > now)
    .map((s) => {
      const id = randomUUID();
      return {
        id,
        pairingId: pair.pairingId,
        number: s.number,
        targetDate: s.targetDate,
        windowFrom: s.fromDate,
        windowTo: s.toDate,
        durationMinutes: s.durationMinutes,
        theme: {
          id: s.theme.id,
          label: { ...s.theme.label },
          objective: { ...s.theme.objective },
          agenda: { fr: [...s.theme.agenda.fr], en: [...s.theme.agenda.en] },
        },
        organizerAadId,
        // Derived from the session: a create retried after a crash returns the first event.
        transactionId: `binome-session-${id}`,
      };
    });
}

/** Plans the series of every active pair that has none yet; returns the sessions added. */
export async function planPairs(
  deps: Pick<SessionDeps, 'sessions' | 'clock'>,
  programme: Programme,
): Promise<number> {
  const pairs = await deps.sessions.pairsToPlan(programme.tenantId, programme.id);
  const now = deps.clock.now();
  let added = 0;
  let batch: NewSession[] = [];
  for (const pair of pairs) {
    batch.push(...seriesOf(programme, pair, now));
    if (batch.length >= INSERT_CHUNK) {
      added += await deps.sessions.insertMany(programme.tenantId, programme.id, batch);
      batch = [];
    }
  }
  added += await deps.sessions.insertMany(programme.tenantId, programme.id, batch);
  return added;
}

function bookingRefusals(programme: Programme): string[] {
  const reasons: string[] = [];
  if (!BOOKABLE_STATUSES.has(programme.status)) reasons.push('programme_not_running');
  if (!programme.startsOn || !programme.endsOn) reasons.push('needs_dates');
  return reasons;
}

/** "Book all sessions": plans the new pairs' series and starts (or joins) the durable booking run. */
export async function startBooking(
  deps: SessionDeps,
  caller: Caller,
  programmeId: string,
): Promise<BookingProgress> {
  const programme = await loadProgramme(deps, caller.tenantId, programmeId);
  requireProgrammeAdmin(caller, programme);
  const reasons = bookingRefusals(programme);
  if (reasons.length > 0) {
    throw new ConflictError(
      'booking_refused',
      `Sessions of "${programme.name}" cannot be booked yet: ${reasons
        .map((r) =>
          r === 'needs_dates' ? 'set the start and end dates' : 'the programme must be matching or running',
        )
        .join('; ')}.`,
      reasons,
    );
  }
  const now = deps.clock.now();
  const planned = await planPairs(deps, programme);
  const run = await deps.sessions.startRun(caller.tenantId, programmeId, caller.aadId, now);
  if (run.state === 'queued')
    await enqueueBooking(deps.jobs, { tenantId: caller.tenantId, programmeId, runId: run.id });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'sessions.booking_started',
    subject: programmeId,
    detail: { runId: run.id, planned },
  });
  return progressOf(deps, programme);
}

export function enqueueBooking(jobs: Jobs, data: BookingJobData, resumeOf?: Date | null): Promise<string> {
  return jobs.enqueue(BOOKING_JOB, data, {
    // A resumed run gets its own key: the dead worker's job still counts as active in the queue
    // (until it expires), and one key allows one active job. The key names the lapsed lease, so
    // the sweep adds one job per stall, and the lease lets one worker through.
    singletonKey:
      resumeOf !== undefined
        ? `booking:${data.runId}:after:${resumeOf?.getTime() ?? 'start'}`
        : `booking:${data.runId}`,
    retryLimit: 5,
    retryDelaySeconds: 15,
    // The lease, not the job's expiry, decides when another worker may take over.
    expireInSeconds: 6 * 60 * 60,
  });
}

async function progressOf(deps: SessionDeps, programme: Programme): Promise<BookingProgress> {
  const [run, counts, pairs] = await Promise.all([
    deps.sessions.getRun(programme.tenantId, programme.id),
    deps.sessions.counts(programme.tenantId, programme.id),
    deps.sessions.pairsToPlan(programme.tenantId, programme.id),
  ]);
  return { programmeId: programme.id, run, counts, pairsToPlan: pairs.length };
}

export async function bookingProgress(
  deps: SessionDeps,
  caller: Caller,
  programmeId: string,
): Promise<BookingProgress> {
  const programme = await loadProgramme(deps, caller.tenantId, programmeId);
  requireProgrammeAdmin(caller, programme);
  return progressOf(deps, programme);
}

interface SliceOutcome {
  booked: number;
  needsSlot: number;
  failed: number;
  retrying: number;
}

const group = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
};

/** Reads the calendars of the pairs with sessions to place, over the span of their windows. */
async function schedulesFor(
  deps: SessionDeps,
  programme: Programme,
  toPlace: readonly SessionWithPair[],
  now: Date,
): Promise<Map<string, ScheduleResult>> {
  const windows = toPlace.map((s) => plannedOf(s, programme.timeZone).window).filter((w) => w.end > now);
  if (windows.length === 0) return new Map();
  const people = new Map<string, CalendarPerson>();
  for (const s of toPlace) {
    for (const p of [s.mentee, s.mentor]) people.set(p.aadId, { aadId: p.aadId, email: p.email });
  }
  return deps.calendar.getSchedules([...people.values()], readWindow(windows, now));
}

/** One slice: place the pairs' planned sessions, write the slots, then create the events. */
export async function bookPairs(
  deps: SessionDeps,
  programme: Programme,
  pairingIds: readonly string[],
): Promise<SliceOutcome> {
  const { tenantId } = programme;
  const outcome: SliceOutcome = { booked: 0, needsSlot: 0, failed: 0, retrying: 0 };
  const all = await deps.sessions.forPairs(tenantId, pairingIds);
  const now = deps.clock.now();
  const toPlace = all.filter((s) => s.status === 'planned' && !s.startsAt);
  const schedules = await schedulesFor(deps, programme, toPlace, now);

  const ready: SessionWithPair[] = all.filter((s) => s.status === 'planned' && s.startsAt && s.endsAt);
  // The calendars were read once for the slice: slots chosen in it are not in them yet, so a
  // mentor with two pairs here must not get both sessions at the same time.
  const chosen = new Map<string, Interval[]>();
  const hold = (s: SessionWithPair, slot: Interval) => {
    for (const p of [s.mentee, s.mentor]) chosen.set(p.aadId, [...(chosen.get(p.aadId) ?? []), slot]);
  };
  for (const s of ready) hold(s, { start: s.startsAt!, end: s.endsAt! });
  for (const series of group(toPlace, (s) => s.pairingId).values()) {
    const first = series[0]!;
    const unreadable = [first.mentee, first.mentor]
      .map((p) => schedules.get(p.aadId))
      .find((r) => r && isScheduleError(r));
    if (unreadable && isScheduleError(unreadable)) {
      for (const s of series) {
        const attempts = s.attempts + 1;
        const final = !unreadable.error.retryable || attempts >= MAX_ATTEMPTS;
        await deps.sessions.update(
          tenantId,
          s.id,
          {
            attempts,
            ...(final ? { status: 'failed' as const } : {}),
            problem: { code: 'calendar_unreadable', message: unreadable.error.message },
          },
          { status: 'planned' },
        );
        if (final) outcome.failed++;
        else outcome.retrying++;
      }
      continue;
    }
    const people = [first.mentee, first.mentor].map((p) => {
      const person = slotPerson(p, schedules.get(p.aadId));
      const held = (chosen.get(p.aadId) ?? []).map((slot) => ({ ...slot, status: 'busy' as const }));
      return held.length > 0 ? { ...person, busy: [...person.busy, ...held] } : person;
    });
    const siblings = all.filter((s) => s.pairingId === first.pairingId);
    const placed: Interval[] = siblings
      .filter((s) => s.startsAt && s.endsAt && (s.status === 'booked' || s.status === 'planned'))
      .map((s) => ({ start: s.startsAt!, end: s.endsAt! }));
    const results = placeSeries({
      sessions: series.map((s) => plannedOf(s, programme.timeZone)),
      people,
      now,
      placed,
      timeZone: programme.timeZone,
    });
    for (const [i, { result }] of results.entries()) {
      const s = series[i]!;
      if (result.ok) {
        // The slot is stored before the event exists: a retry books this slot, never another.
        await deps.sessions.update(
          tenantId,
          s.id,
          { startsAt: result.start, endsAt: result.end, problem: null },
          { status: 'planned' },
        );
        ready.push({ ...s, startsAt: result.start, endsAt: result.end });
        hold(s, { start: result.start, end: result.end });
      } else {
        await deps.sessions.update(
          tenantId,
          s.id,
          { status: 'needs_slot', problem: noSlotProblem(result, s) },
          { status: 'planned' },
        );
        outcome.needsSlot++;
      }
    }
  }

  const results = await deps.calendar.createEvents(ready.map((s) => newSessionEvent(s, deps.publicUrl)));
  for (const [i, result] of results.entries()) {
    const s = ready[i]!;
    if (result.ok) {
      await deps.sessions.update(
        tenantId,
        s.id,
        {
          status: 'booked',
          eventId: result.eventId,
          iCalUId: result.iCalUId || null,
          joinUrl: result.joinUrl,
          bookedAt: now,
          problem: null,
          responses: [],
        },
        { status: 'planned' },
      );
      outcome.booked++;
      continue;
    }
    const attempts = s.attempts + 1;
    const final = !result.retryable || attempts >= MAX_ATTEMPTS;
    await deps.sessions.update(
      tenantId,
      s.id,
      {
        attempts,
        ...(final ? { status: 'failed' as const } : {}),
        ...(result.eventId ? { eventId: result.eventId } : {}),
        problem: { code: result.code, message: result.message },
      },
      { status: 'planned' },
    );
    if (final) outcome.failed++;
    else outcome.retrying++;
  }
  return outcome;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The booking job: holds the run's lease, books slice after slice until no planned session is
 * left, then marks the run done. Safe to run twice (the lease lets one through) and to resume
 * after a crash (slots are stored before events are created, and creations carry a transaction id).
 */
export async function runBooking(deps: SessionDeps, data: BookingJobData): Promise<Record<string, unknown>> {
  const { tenantId, programmeId, runId } = data;
  const sleep = deps.sleep ?? defaultSleep;
  const claim = () => {
    const now = deps.clock.now();
    return deps.sessions.claimRun(
      tenantId,
      programmeId,
      runId,
      deps.workerId,
      now,
      new Date(now.getTime() + LEASE_MS),
    );
  };
  if (!(await claim())) return { skipped: 'another worker holds this run, or a newer run replaced it' };
  const programme = await deps.programmes.get(tenantId, programmeId);
  if (!programme) {
    await deps.sessions.finishRun(
      tenantId,
      programmeId,
      runId,
      'failed',
      deps.clock.now(),
      'programme deleted',
    );
    return { failed: 'programme deleted' };
  }
  const totals: SliceOutcome = { booked: 0, needsSlot: 0, failed: 0, retrying: 0 };
  try {
    await planPairs(deps, programme);
    let idleRounds = 0;
    for (;;) {
      const pairs = await deps.sessions.pairsWithPlannedSessions(tenantId, programmeId, PAIRS_PER_SLICE);
      if (pairs.length === 0) break;
      const before = deps.graphRequests();
      const outcome = await bookPairs(deps, programme, pairs);
      await deps.sessions.addRunFigures(tenantId, programmeId, runId, {
        graphRequests: deps.graphRequests() - before,
        slices: 1,
        booked: outcome.booked,
        failed: outcome.failed,
        needsSlot: outcome.needsSlot,
        retried: outcome.retrying,
      });
      totals.booked += outcome.booked;
      totals.needsSlot += outcome.needsSlot;
      totals.failed += outcome.failed;
      const moved = outcome.booked + outcome.needsSlot + outcome.failed;
      idleRounds = moved === 0 ? idleRounds + 1 : 0;
      // Only throttled or unavailable items left: wait before the next round, longer each time.
      if (idleRounds > 0) await sleep(Math.min(1000 * 2 ** idleRounds, 30_000));
      if (!(await claim())) return { lost: 'the lease lapsed and another worker took over', ...totals };
    }
    await deps.sessions.finishRun(tenantId, programmeId, runId, 'done', deps.clock.now());
    await deps.audit.record({
      tenantId,
      actorAadId: null,
      action: 'sessions.booking_finished',
      subject: programmeId,
      detail: { runId, ...totals },
    });
    return { ...totals };
  } catch (error) {
    // Leave the run running with a lapsed lease: the job's retry (or the sweep) resumes it.
    const message = error instanceof Error ? error.message : String(error);
    await deps.sessions
      .releaseRun(tenantId, programmeId, runId, deps.workerId, deps.clock.now(), message)
      .catch(() => undefined);
    throw new Error(`Booking run ${runId} stopped: ${message}`, { cause: error });
  }
}

/** Re-enqueues runs whose worker died (lease lapsed); called at start and every minute. */
export async function resumeStalledBookings(deps: Pick<SessionDeps, 'sessions' | 'jobs' | 'clock'>) {
  const stalled = await deps.sessions.stalledRuns(deps.clock.now());
  for (const run of stalled) {
    await enqueueBooking(
      deps.jobs,
      { tenantId: run.tenantId, programmeId: run.programmeId, runId: run.id },
      run.leaseUntil,
    );
  }
  return stalled.length;
}
