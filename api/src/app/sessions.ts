import { createEvent, type EventAttributes } from 'ics';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { Programme } from '../domain/programme';
import { findSlot, type Interval, type SlotResult } from '../domain/scheduling';
import { type Caller, isProgrammeAdmin } from './caller';
import { CalendarError, type ScheduleResult } from './ports/calendar';
import type { SessionRecord, SessionStatus, SessionWithPair } from './ports/sessions';
import type { SessionDeps } from './session-booking';
import { newSessionEvent, sessionAttendees, sessionBodyHtml, sessionSubject } from './session-event';
import { nextSlot, noSlotProblem, plannedOf, readWindow, slotPerson } from './session-slots';

/** What the caller may do with a session: the pair and the programme's admins act on it. */
export interface SessionAbilities {
  reschedule: boolean;
  cancel: boolean;
  editAgenda: boolean;
}

export interface SessionView extends SessionWithPair {
  can: SessionAbilities;
}

const explanationEn = (problem: { detail?: Record<string, unknown> }) =>
  (problem.detail?.explanation as { en?: string } | undefined)?.en ?? '';

const OPEN: ReadonlySet<SessionStatus> = new Set(['planned', 'booked', 'needs_slot', 'failed']);

const isMember = (caller: Caller, s: SessionWithPair) =>
  caller.aadId === s.mentee.aadId || caller.aadId === s.mentor.aadId;

function abilities(caller: Caller, s: SessionWithPair, programme: Programme, now: Date): SessionAbilities {
  const mayAct = isMember(caller, s) || isProgrammeAdmin(caller, programme);
  const ahead = !s.startsAt || s.startsAt > now;
  const open = OPEN.has(s.status) && s.pairingStatus === 'active';
  return {
    reschedule: mayAct && open && ahead && s.status !== 'planned',
    // A session left in Outlook after its pair ended can still be cancelled.
    cancel: mayAct && OPEN.has(s.status) && ahead,
    editAgenda: mayAct && open && ahead,
  };
}

async function programmeOf(deps: SessionDeps, tenantId: string, programmeId: string) {
  const programme = await deps.programmes.get(tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  return programme;
}

/** A session the caller may see: a member of the pair or an admin of its programme. */
async function visibleSession(deps: SessionDeps, caller: Caller, sessionId: string) {
  const s = await deps.sessions.get(caller.tenantId, sessionId);
  if (!s) throw new NotFoundError('session_not_found', `Session ${sessionId} does not exist.`);
  const programme = await programmeOf(deps, caller.tenantId, s.programmeId);
  if (!isMember(caller, s) && !isProgrammeAdmin(caller, programme)) {
    // The same answer as a missing session: ids of other people's sessions reveal nothing.
    throw new NotFoundError('session_not_found', `Session ${sessionId} does not exist.`);
  }
  return { session: s, programme };
}

const view = (caller: Caller, s: SessionWithPair, programme: Programme, now: Date): SessionView => ({
  ...s,
  can: abilities(caller, s, programme, now),
});

export async function getSession(deps: SessionDeps, caller: Caller, sessionId: string): Promise<SessionView> {
  const { session, programme } = await visibleSession(deps, caller, sessionId);
  return view(caller, session, programme, deps.clock.now());
}

export async function listProgrammeSessions(
  deps: SessionDeps,
  caller: Caller,
  programmeId: string,
  filter: { status?: SessionStatus; limit: number; offset: number },
): Promise<{ items: SessionView[]; total: number }> {
  const programme = await programmeOf(deps, caller.tenantId, programmeId);
  if (!isProgrammeAdmin(caller, programme)) {
    throw new ForbiddenError(
      'not_programme_admin',
      `Only the admins of "${programme.name}" see all its sessions.`,
    );
  }
  const { items, total } = await deps.sessions.listForProgramme(caller.tenantId, programmeId, filter);
  const now = deps.clock.now();
  return { items: items.map((s) => view(caller, s, programme, now)), total };
}

export async function mySessions(deps: SessionDeps, caller: Caller): Promise<SessionView[]> {
  const items = await deps.sessions.listForPerson(caller.tenantId, caller.aadId);
  const programmes = new Map<string, Programme>();
  for (const id of new Set(items.map((s) => s.programmeId))) {
    const programme = await deps.programmes.get(caller.tenantId, id);
    if (programme) programmes.set(id, programme);
  }
  const now = deps.clock.now();
  return items
    .filter((s) => programmes.has(s.programmeId))
    .map((s) => view(caller, s, programmes.get(s.programmeId)!, now));
}

function requireAbility(view: SessionView, ability: keyof SessionAbilities, what: string) {
  if (view.can[ability]) return;
  const member = view.can.cancel || view.can.editAgenda;
  if (!member && OPEN.has(view.status) && view.pairingStatus === 'active') {
    throw new ForbiddenError('not_session_member', `Only the pair and the programme's admins can ${what}.`);
  }
  throw new ConflictError(
    'session_not_open',
    `Session ${view.number} is ${view.status.replace('_', ' ')}${view.pairingStatus === 'ended' ? ' (the pair has ended)' : ''}; it cannot ${what} now.`,
  );
}

async function schedulesOf(deps: SessionDeps, s: SessionWithPair, window: Interval) {
  return deps.calendar.getSchedules(
    [s.mentee, s.mentor].map((p) => ({ aadId: p.aadId, email: p.email })),
    window,
  );
}

/** Whether a time a person picked suits both: working hours, calendars, not in the past. */
function checkChosen(
  s: SessionWithPair,
  start: Date,
  schedules: Map<string, ScheduleResult>,
  siblings: readonly SessionWithPair[],
  now: Date,
  ignoreEvent: string | null,
): SlotResult {
  const end = new Date(start.getTime() + s.durationMinutes * 60_000);
  const people = [s.mentee, s.mentor].map((p) => {
    const person = slotPerson(p, schedules.get(p.aadId));
    // The session's own event is in both calendars: it must not block its own move.
    const own = s.startsAt && s.endsAt && ignoreEvent ? { start: s.startsAt, end: s.endsAt } : null;
    return {
      ...person,
      busy: own
        ? person.busy.filter(
            (b) => b.start.getTime() !== own.start.getTime() || b.end.getTime() !== own.end.getTime(),
          )
        : person.busy,
      preferences: { days: [], dayparts: [] },
    };
  });
  const taken = siblings
    .filter((x) => x.id !== s.id && x.status === 'booked' && x.startsAt && x.endsAt)
    .map((x) => ({ start: x.startsAt!, end: x.endsAt! }));
  return findSlot({ window: { start, end }, durationMinutes: s.durationMinutes, people, now, avoid: taken });
}

/**
 * Moves a session: to the time given, after checking it suits both people, or to the next good
 * slot Binôme finds. A booked session's event is updated (Outlook sends the new time); a session
 * without an event gets one.
 */
export async function rescheduleSession(
  deps: SessionDeps,
  caller: Caller,
  sessionId: string,
  input: { startsAt?: string },
): Promise<SessionView> {
  const { session: s, programme } = await visibleSession(deps, caller, sessionId);
  const now = deps.clock.now();
  requireAbility(view(caller, s, programme, now), 'reschedule', 'be moved');
  const siblings = await deps.sessions.openForPairing(caller.tenantId, s.pairingId);
  let slot: { start: Date; end: Date };
  if (input.startsAt) {
    const start = new Date(input.startsAt);
    if (start <= now) {
      throw new InvalidInputError('start_in_past', 'The new time has already passed.', [
        { path: 'body.startsAt', message: 'pick a time ahead' },
      ]);
    }
    const end = new Date(start.getTime() + s.durationMinutes * 60_000);
    const schedules = await schedulesOf(deps, s, { start, end });
    const result = checkChosen(s, start, schedules, siblings, now, s.eventId);
    if (!result.ok) {
      const problem = noSlotProblem(result, s);
      throw new ConflictError(
        'slot_unavailable',
        `That time does not suit both people: ${explanationEn(problem)}`,
        [result.reason],
      );
    }
    slot = { start, end };
  } else {
    const window = readWindow([plannedOf(s, programme.timeZone).window], now, 22);
    const schedules = await schedulesOf(deps, s, window);
    const avoid = s.startsAt && s.endsAt ? [{ start: s.startsAt, end: s.endsAt }] : [];
    // "Another time" looks after the current one first, so asking twice never swings back.
    const later =
      s.endsAt && s.endsAt > now
        ? nextSlot({ session: s, siblings, schedules, now: s.endsAt, timeZone: programme.timeZone, avoid })
        : undefined;
    const result = later?.ok
      ? later
      : nextSlot({ session: s, siblings, schedules, now, timeZone: programme.timeZone, avoid });
    if (!result.ok) {
      const problem = noSlotProblem(result, s);
      throw new ConflictError('no_slot_found', `No time suits both people soon: ${explanationEn(problem)}`, [
        result.reason,
      ]);
    }
    slot = { start: result.start, end: result.end };
  }
  const moved = await moveTo(deps, s, slot, now);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'session.rescheduled',
    subject: s.id,
    detail: {
      from: s.startsAt?.toISOString() ?? null,
      to: slot.start.toISOString(),
      chosen: !!input.startsAt,
    },
  });
  return view(caller, moved, programme, now);
}

/** Puts a session at a slot: PATCH of its event when it has one, otherwise a new event. */
async function moveTo(
  deps: SessionDeps,
  s: SessionWithPair,
  slot: { start: Date; end: Date },
  now: Date,
): Promise<SessionWithPair> {
  const tenantId = s.tenantId;
  const next: SessionWithPair = { ...s, startsAt: slot.start, endsAt: slot.end };
  if (s.eventId && s.status !== 'failed') {
    await callCalendar(() =>
      deps.calendar.updateEvent(s.organizerAadId, s.eventId!, {
        start: slot.start,
        end: slot.end,
        subject: sessionSubject(next),
        bodyHtml: sessionBodyHtml(next, deps.publicUrl),
      }),
    );
    const change = {
      status: 'booked' as const,
      startsAt: slot.start,
      endsAt: slot.end,
      problem: null,
      responses: [],
      responsesCheckedAt: null,
    };
    await deps.sessions.update(tenantId, s.id, change);
    return { ...next, ...change };
  }
  // No usable event yet: store the slot, then create the event with the session's transaction id.
  await deps.sessions.update(tenantId, s.id, {
    status: 'planned',
    startsAt: slot.start,
    endsAt: slot.end,
    problem: null,
  });
  const [result] = await deps.calendar.createEvents([newSessionEvent(next, deps.publicUrl)]);
  if (!result?.ok) {
    const code = result?.code ?? 'no_result';
    await deps.sessions.update(tenantId, s.id, {
      attempts: s.attempts + 1,
      problem: { code, message: result?.message ?? 'no answer' },
    });
    throw new CalendarError(
      `Outlook did not book the session: ${result?.message ?? 'no answer'}`,
      code,
      503,
      result?.retryable ?? true,
    );
  }
  const change = {
    status: 'booked' as const,
    eventId: result.eventId,
    iCalUId: result.iCalUId || null,
    joinUrl: result.joinUrl,
    bookedAt: now,
    problem: null,
    responses: [],
  };
  await deps.sessions.update(tenantId, s.id, change);
  return { ...next, ...change };
}

/** Calendar failures reach the caller as CalendarErrors (503 when worth retrying). */
async function callCalendar<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CalendarError) throw error;
    throw new CalendarError(
      error instanceof Error ? error.message : String(error),
      'calendar_failed',
      502,
      true,
    );
  }
}

export async function cancelSession(
  deps: SessionDeps,
  caller: Caller,
  sessionId: string,
  input: { message: string },
): Promise<SessionView> {
  const { session: s, programme } = await visibleSession(deps, caller, sessionId);
  const now = deps.clock.now();
  requireAbility(view(caller, s, programme, now), 'cancel', 'be cancelled');
  const change = await cancelOne(deps, s, caller.aadId, input.message, now);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'session.cancelled',
    subject: s.id,
    detail: { message: input.message },
  });
  return view(caller, { ...s, ...change }, programme, now);
}

async function cancelOne(
  deps: SessionDeps,
  s: SessionWithPair,
  by: string | null,
  message: string,
  now: Date,
) {
  if (s.eventId && s.status === 'booked') {
    await callCalendar(() => deps.calendar.cancelEvent(s.organizerAadId, s.eventId!, message));
  }
  const change = { status: 'cancelled' as const, cancelledAt: now, cancelledBy: by, cancelReason: message };
  await deps.sessions.update(s.tenantId, s.id, change);
  return change;
}

/** When a pair ends, its sessions still ahead are cancelled in Outlook with the reason. */
export async function cancelSessionsOfPairing(
  deps: SessionDeps,
  tenantId: string,
  pairingId: string,
  by: string,
  reason: string,
): Promise<number> {
  const now = deps.clock.now();
  const open = (await deps.sessions.openForPairing(tenantId, pairingId)).filter(
    (s) => !s.startsAt || s.startsAt > now,
  );
  let cancelled = 0;
  for (const s of open) {
    try {
      await cancelOne(deps, s, by, reason, now);
      cancelled++;
    } catch (error) {
      // The pair has ended all the same; the session shows why it is still in Outlook.
      await deps.sessions.update(tenantId, s.id, {
        problem: { code: 'cancel_failed', message: error instanceof Error ? error.message : String(error) },
      });
    }
  }
  return cancelled;
}

export async function updateSessionAgenda(
  deps: SessionDeps,
  caller: Caller,
  sessionId: string,
  input: { objective: { fr: string; en: string }; agenda: { fr: string[]; en: string[] } },
): Promise<SessionView> {
  const { session: s, programme } = await visibleSession(deps, caller, sessionId);
  const now = deps.clock.now();
  requireAbility(view(caller, s, programme, now), 'editAgenda', 'change its agenda');
  const theme = { ...s.theme, objective: input.objective, agenda: input.agenda };
  const next = { ...s, theme };
  if (s.status === 'booked' && s.eventId && s.startsAt && s.endsAt) {
    await callCalendar(() =>
      deps.calendar.updateEvent(s.organizerAadId, s.eventId!, {
        start: s.startsAt!,
        end: s.endsAt!,
        bodyHtml: sessionBodyHtml(next, deps.publicUrl),
      }),
    );
  }
  await deps.sessions.update(caller.tenantId, s.id, { theme });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'session.agenda_updated',
    subject: s.id,
  });
  return view(caller, next, programme, now);
}

const utcParts = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

/** The session as an iCalendar file, for people outside Outlook; the same UID as the Outlook event. */
export async function sessionIcs(deps: SessionDeps, caller: Caller, sessionId: string): Promise<string> {
  const { session: s } = await visibleSession(deps, caller, sessionId);
  if (!s.startsAt || !s.endsAt) {
    throw new ConflictError('session_not_scheduled', `Session ${s.number} has no time yet.`);
  }
  const agenda = (lang: 'fr' | 'en') =>
    [s.theme.objective[lang], ...s.theme.agenda[lang].map((item, i) => `${i + 1}. ${item}`)].join('\n');
  const attributes: EventAttributes = {
    uid: s.iCalUId ?? `${s.id}@binome`,
    start: utcParts(s.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(s.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: sessionSubject(s),
    description: [agenda('fr'), agenda('en'), s.joinUrl ? `Teams: ${s.joinUrl}` : '']
      .filter(Boolean)
      .join('\n\n'),
    ...(s.joinUrl ? { url: s.joinUrl, location: 'Microsoft Teams' } : {}),
    status: s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: ['Binôme'],
    attendees: sessionAttendees(s).map((a) => ({ name: a.name, email: a.email, rsvp: true })),
    productId: 'binome/sessions',
    method: 'PUBLISH',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Could not write the iCalendar file: ${error?.message ?? 'empty'}`);
  return value;
}

export const RESPONSES_JOB = 'sessions.responses';

/**
 * Reads the attendees' answers of booked sessions still ahead. A decline puts the session back
 * to "needs a new slot" and Binôme proposes the next good one at once (the event moves, Outlook
 * asks both again); when no slot is found, the session waits for the pair or the admin.
 */
export async function checkResponses(
  deps: SessionDeps,
  tenantId: string,
  options: { limit?: number; everySeconds?: number } = {},
): Promise<{ checked: number; declined: number; reproposed: number }> {
  const now = deps.clock.now();
  const checkedBefore = new Date(now.getTime() - (options.everySeconds ?? 60) * 1000);
  const due = await deps.sessions.bookedToCheck(tenantId, now, checkedBefore, options.limit ?? 200);
  const answers = await deps.calendar.readResponses(
    due.map((s) => ({ organizer: s.organizerAadId, eventId: s.eventId ?? '' })),
  );
  let declined = 0;
  let reproposed = 0;
  for (const [i, s] of due.entries()) {
    const answer = answers[i];
    if (!answer || answer instanceof CalendarError) continue;
    const responses = answer.map((a) => ({ email: a.email, response: a.response }));
    const who = [s.mentee, s.mentor].find((p) =>
      answer.some((a) => a.response === 'declined' && a.email.toLowerCase() === p.email.toLowerCase()),
    );
    if (!who) {
      await deps.sessions.update(
        tenantId,
        s.id,
        { responses, responsesCheckedAt: now },
        { status: 'booked' },
      );
      continue;
    }
    declined++;
    const declinedProblem = { code: 'declined', detail: { by: who.aadId, name: who.displayName } };
    if (
      !(await deps.sessions.update(
        tenantId,
        s.id,
        { status: 'needs_slot', responses, responsesCheckedAt: now, problem: declinedProblem },
        { status: 'booked' },
      ))
    ) {
      continue;
    }
    const waiting = { ...s, status: 'needs_slot' as const, responses, problem: declinedProblem };
    if (await reproposeAfterDecline(deps, waiting, now)) reproposed++;
  }
  return { checked: due.length, declined, reproposed };
}

async function reproposeAfterDecline(deps: SessionDeps, s: SessionWithPair, now: Date): Promise<boolean> {
  const programme = await deps.programmes.get(s.tenantId, s.programmeId);
  if (!programme) return false;
  const siblings = await deps.sessions.openForPairing(s.tenantId, s.pairingId);
  const window = readWindow([plannedOf(s, programme.timeZone).window], now, 22);
  const schedules = await schedulesOf(deps, s, window);
  const declinedSlot = s.startsAt && s.endsAt ? [{ start: s.startsAt, end: s.endsAt }] : [];
  const result = nextSlot({
    session: s,
    siblings,
    schedules,
    now,
    timeZone: programme.timeZone,
    avoid: declinedSlot,
  });
  if (!result.ok) {
    const problem = noSlotProblem(result, s);
    await deps.sessions.update(s.tenantId, s.id, {
      problem: {
        ...problem,
        code: 'declined',
        detail: { ...problem.detail, reason: result.reason, ...s.problem?.detail },
      },
    });
    return false;
  }
  try {
    await deps.calendar.updateEvent(s.organizerAadId, s.eventId!, {
      start: result.start,
      end: result.end,
      subject: sessionSubject({ ...s, startsAt: result.start }),
    });
  } catch {
    return false; // Still "needs a new slot": the next round, the pair or the admin moves it.
  }
  await deps.sessions.update(s.tenantId, s.id, {
    status: 'booked',
    startsAt: result.start,
    endsAt: result.end,
    reproposals: s.reproposals + 1,
    responses: [],
    responsesCheckedAt: now,
    problem: {
      code: 'reproposed',
      detail: { ...s.problem?.detail, previousStart: s.startsAt?.toISOString() },
    },
  });
  await deps.audit.record({
    tenantId: s.tenantId,
    actorAadId: null,
    action: 'session.reproposed',
    subject: s.id,
    detail: { from: s.startsAt?.toISOString() ?? null, to: result.start.toISOString() },
  });
  return true;
}

export type { SessionRecord };
