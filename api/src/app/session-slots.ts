import { DateTime } from 'luxon';
import type { Daypart, Weekday } from '../domain/application';
import {
  type BusyItem,
  explainSlot,
  findSlot,
  type Interval,
  type Locale,
  type PlannedSession,
  type SlotPerson,
  type SlotResult,
} from '../domain/scheduling';
import { workingHoursOf } from './matching-candidates';
import { isScheduleError, type ScheduleResult } from './ports/calendar';
import type { SessionPerson, SessionProblem, SessionRecord, SessionWithPair } from './ports/sessions';

const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const DAYPARTS: readonly string[] = ['morning', 'afternoon'];

/** One pair member for the slot finder: their working hours, their calendar and their preferences. */
export function slotPerson(who: SessionPerson, schedule: ScheduleResult | undefined): SlotPerson {
  const fromOutlook = schedule && !isScheduleError(schedule) ? schedule.workingHours : undefined;
  const busy: BusyItem[] =
    schedule && !isScheduleError(schedule)
      ? schedule.items.map((i) => ({ start: i.start, end: i.end, status: i.status }))
      : [];
  return {
    workingHours: workingHoursOf(who.workingHours ?? fromOutlook ?? null, who.timeZone),
    busy,
    preferences: {
      days: who.availability.days.filter((d) => WEEKDAYS.includes(d)) as Weekday[],
      dayparts: who.availability.dayparts.filter((d) => DAYPARTS.includes(d)) as Daypart[],
    },
  };
}

/** A stored session as the slot finder's planned session: its window read in the programme's zone. */
export function plannedOf(session: SessionRecord, timeZone: string): PlannedSession {
  const from = DateTime.fromISO(session.windowFrom, { zone: timeZone }).startOf('day');
  const to = DateTime.fromISO(session.windowTo, { zone: timeZone }).plus({ days: 1 }).startOf('day');
  const target = DateTime.fromISO(session.targetDate, { zone: timeZone }).set({ hour: 12 });
  return {
    number: session.number,
    targetDate: session.targetDate,
    fromDate: session.windowFrom,
    toDate: session.windowTo,
    window: { start: from.toJSDate(), end: to.toJSDate() },
    target: target.toJSDate(),
    durationMinutes: session.durationMinutes,
    theme: session.theme,
  };
}

/** The slot finder's "no slot" as a stored problem, with its explanation in both languages. */
export function noSlotProblem(
  result: Extract<SlotResult, { ok: false }>,
  session: SessionWithPair,
): SessionProblem {
  const people = [session.mentee, session.mentor].map((p) => ({
    name: p.displayName,
    timeZone: p.timeZone ?? 'UTC',
  }));
  return {
    code: result.reason,
    detail: {
      ...Object.fromEntries(
        Object.entries(result.detail).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
      ),
      explanation: { fr: explainSlot(result, people, 'fr'), en: explainSlot(result, people, 'en') },
    },
  };
}

/** Explains a found slot in the caller's language (for the tab's "why this time"). */
export function explainFound(result: SlotResult, session: SessionWithPair, locale: Locale): string {
  return explainSlot(
    result,
    [session.mentee, session.mentor].map((p) => ({ name: p.displayName, timeZone: p.timeZone ?? 'UTC' })),
    locale,
  );
}

/**
 * The next good slot for one session of a pair: inside its window while the window is ahead,
 * otherwise in the next `fallbackDays`; never in the week of another of the pair's sessions,
 * never at a time to avoid (the slot just declined).
 */
export function nextSlot(p: {
  session: SessionWithPair;
  siblings: readonly SessionWithPair[];
  schedules: Map<string, ScheduleResult>;
  now: Date;
  timeZone: string;
  avoid?: readonly Interval[];
  fallbackDays?: number;
}): SlotResult {
  const planned = plannedOf(p.session, p.timeZone);
  const people = [p.session.mentee, p.session.mentor].map((who) =>
    slotPerson(who, p.schedules.get(who.aadId)),
  );
  const taken = p.siblings
    .filter((s) => s.id !== p.session.id && s.startsAt && s.endsAt && s.status === 'booked')
    .map((s) => ({ start: s.startsAt!, end: s.endsAt! }));
  const avoid = [...taken, ...(p.avoid ?? [])];
  const inWindow = findSlot({
    window: planned.window,
    durationMinutes: planned.durationMinutes,
    people,
    now: p.now,
    avoid,
    target: planned.target,
  });
  if (inWindow.ok) return inWindow;
  const start = DateTime.fromJSDate(p.now, { zone: p.timeZone }).plus({ days: 1 }).startOf('day');
  return findSlot({
    window: { start: start.toJSDate(), end: start.plus({ days: p.fallbackDays ?? 21 }).toJSDate() },
    durationMinutes: planned.durationMinutes,
    people,
    now: p.now,
    avoid,
  });
}

/** The span to read calendars over for these windows, starting no earlier than now. */
export function readWindow(windows: readonly Interval[], now: Date, extraDays = 0): Interval {
  const start = Math.max(now.getTime(), Math.min(...windows.map((w) => w.start.getTime())));
  const end = Math.max(...windows.map((w) => w.end.getTime())) + extraDays * 86_400_000;
  return { start: new Date(start), end: new Date(Math.max(end, start + 3_600_000)) };
}
