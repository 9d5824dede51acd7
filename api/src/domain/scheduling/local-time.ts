import { DateTime, IANAZone } from 'luxon';
import { WORK_DAYS, type WorkDay, type WorkingHours } from '../pairing/score/types';
import { SLOT_MINUTES } from '../pairing/score/week-slots';
import type { Span } from './spans';

export const DAY_MINUTES = 24 * 60;
const DAY_MS = DAY_MINUTES * 60_000;

/** Minutes after midnight of a local `HH:mm` time (`24:00` allowed for the end of the day). */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > DAY_MINUTES) {
    throw new RangeError(`Time "${time}" is not HH:mm.`);
  }
  return minutes;
}

export function assertZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Time zone "${zone}" is not a known IANA zone.`);
}

/**
 * The instant a local wall-clock time falls on: `minutes` after midnight of the local date `day`
 * (`minutes` may pass 24 h). Times skipped by a clock change move forward, as clocks do.
 */
export function localInstant(day: DateTime, minutes: number, zone: string): number {
  const date = day.plus({ days: Math.floor(minutes / DAY_MINUTES) });
  const m = minutes % DAY_MINUTES;
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: Math.floor(m / 60), minute: m % 60 },
    { zone },
  ).toMillis();
}

/** Where an instant falls on a person's wall clock. */
export interface WallTime {
  day: WorkDay;
  /** Minutes after the local midnight. */
  minutes: number;
  /** Local midnight of that day, as a wall-clock count of ms (not an instant). */
  midnight: number;
}

/**
 * A reader of wall-clock times in one zone. Offsets are remembered per UTC day (a day without a
 * clock change has one), so reading the many quarter hours of a window stays cheap.
 */
export function wallClock(zone: string): (at: number) => WallTime {
  const offsets = IANAZone.create(zone);
  // Per UTC day: its offset when the day has no clock change, else null (then looked up per instant).
  const days = new Map<number, number | null>();
  const offsetAt = (at: number): number => {
    const utcDay = Math.floor(at / DAY_MS);
    let offset = days.get(utcDay);
    if (offset === undefined) {
      const first = offsets.offset(utcDay * DAY_MS);
      offset = first === offsets.offset((utcDay + 1) * DAY_MS - 1) ? first : null;
      days.set(utcDay, offset);
    }
    return offset ?? offsets.offset(at);
  };
  return (at) => {
    const offset = offsetAt(at);
    const wall = at + offset * 60_000;
    const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
    // 1 January 1970 was a Thursday.
    const day = WORK_DAYS[(((Math.floor(wall / DAY_MS) + 3) % 7) + 7) % 7]!;
    return { day, minutes: (wall - midnight) / 60_000, midnight };
  };
}

const GRID_MS = SLOT_MINUTES * 60_000;

/** Minutes from midnight starting the calendar day `day` to the wall-clock time of `at` in `zone`. */
function wallMinutesSince(day: DateTime, at: number, zone: string): number {
  const local = DateTime.fromMillis(at, { zone });
  const days = Math.round(
    (DateTime.utc(local.year, local.month, local.day).toMillis() - day.toMillis()) / DAY_MS,
  );
  return days * DAY_MINUTES + local.hour * 60 + local.minute;
}

/**
 * The instants whose wall-clock time lies in [from, to) minutes of the calendar day `day`. Without
 * a clock change in those two days it is one span; across a change, 15-minute instants are kept
 * one by one so that a time the clock skips is never working time and a repeated one is, twice.
 */
function daySpans(day: DateTime, from: number, to: number, zone: string): Span[] {
  const midnight = localInstant(day, 0, zone);
  const after = localInstant(day, 2 * DAY_MINUTES, zone);
  const offsets = IANAZone.create(zone);
  if (offsets.offset(midnight) === offsets.offset(after)) {
    return [{ start: localInstant(day, from, zone), end: localInstant(day, to, zone) }];
  }
  const spans: Span[] = [];
  for (let t = midnight; t < after; t += GRID_MS) {
    const m = wallMinutesSince(day, t, zone);
    if (m < from || m >= to) continue;
    const last = spans.at(-1);
    if (last && last.end === t) last.end = t + GRID_MS;
    else spans.push({ start: t, end: t + GRID_MS });
  }
  return spans;
}

/**
 * A person's working hours as UTC spans over `range`: an instant is working time when the
 * person's wall clock shows a working day and a time within their hours (hours that end at or
 * before they start run past midnight). Each local day is converted on its own date, so clock
 * changes move the spans exactly as the person's clock moves.
 */
export function workingSpans(hours: WorkingHours, range: Span): Span[] {
  assertZone(hours.timeZone);
  const from = minutesOf(hours.start);
  let to = minutesOf(hours.end);
  if (to <= from) to += DAY_MINUTES;
  const days = new Set<string>(hours.days);
  // Local dates as plain calendar days; a working day may start the local day before the range.
  const first = DateTime.fromMillis(range.start, { zone: hours.timeZone }).minus({ days: 1 });
  const spans: Span[] = [];
  for (let day = DateTime.utc(first.year, first.month, first.day); ; day = day.plus({ days: 1 })) {
    if (localInstant(day, 0, hours.timeZone) >= range.end) break;
    if (!days.has(WORK_DAYS[day.weekday - 1]!)) continue;
    for (const span of daySpans(day, from, to, hours.timeZone)) {
      const clipped = { start: Math.max(span.start, range.start), end: Math.min(span.end, range.end) };
      if (clipped.end > clipped.start) spans.push(clipped);
    }
  }
  return spans;
}

/** The Monday-to-Sunday week of an instant in a zone, as a span. */
export function weekSpan(at: number, zone: string): Span {
  const monday = DateTime.fromMillis(at, { zone }).startOf('week');
  return { start: monday.toMillis(), end: monday.plus({ weeks: 1 }).toMillis() };
}
