import { DateTime } from 'luxon';
import type { Daypart, Weekday } from '../../application';
import { WORK_DAYS, type WorkingHours } from './types';

/**
 * A week as a ring of 15-minute slots in UTC, from the reference Monday 00:00 UTC; a person's
 * hours are marked at the UTC instants their local hours fall on in that week, so the offsets
 * (and daylight-saving time) are those of the reference week. Hours before the Monday (e.g. a
 * Monday morning in Auckland) wrap to the end of the ring: the week is treated as recurring.
 */
export const SLOT_MINUTES = 15;
export const SLOTS_PER_WEEK = (7 * 24 * 60) / SLOT_MINUTES;
export const WORDS_PER_WEEK = SLOTS_PER_WEEK / 32;
const SLOT_MS = SLOT_MINUTES * 60_000;
/** Local time at which the afternoon starts, for availability preferences. */
export const AFTERNOON_STARTS = '13:00';

/** Monday (`YYYY-MM-DD`) of the UTC week holding `now`. */
export function referenceWeekOf(now: Date): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).startOf('week').toISODate()!;
}

/** The reference week: its Monday, and the UTC instants of local times, memoised per zone. */
export class WeekGrid {
  readonly monday: DateTime;
  /** Monday 00:00 UTC, in ms. */
  readonly base: number;
  private readonly instants = new Map<string, number>();

  constructor(referenceWeek: string) {
    const day = DateTime.fromISO(referenceWeek, { zone: 'utc' });
    if (!day.isValid) throw new RangeError(`Reference week "${referenceWeek}" is not a date (YYYY-MM-DD).`);
    this.monday = day.startOf('week');
    this.base = this.monday.toMillis();
  }

  /** UTC instant of a local wall-clock time on the week's day `dayIndex` (minutes may pass 24 h). */
  instant(dayIndex: number, minutes: number, zone: string): number {
    const key = `${zone}|${dayIndex}|${minutes}`;
    let at = this.instants.get(key);
    if (at === undefined) {
      const date = this.monday.plus({ days: dayIndex + Math.floor(minutes / 1440) });
      const m = minutes % 1440;
      const local = DateTime.fromObject(
        { year: date.year, month: date.month, day: date.day, hour: Math.floor(m / 60), minute: m % 60 },
        { zone },
      );
      if (!local.isValid) throw new RangeError(`Time zone "${zone}" is not a known IANA zone.`);
      at = local.toMillis();
      this.instants.set(key, at);
    }
    return at;
  }
}

const gridOf = (week: WeekGrid | string): WeekGrid => (typeof week === 'string' ? new WeekGrid(week) : week);

function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) throw new RangeError(`Time "${time}" is not HH:mm.`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function markInterval(bits: Uint32Array, base: number, fromMs: number, toMs: number): void {
  const from = Math.round((fromMs - base) / SLOT_MS);
  const to = Math.round((toMs - base) / SLOT_MS);
  for (let s = from; s < to; s++) {
    const slot = ((s % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK;
    bits[slot >>> 5]! |= 1 << (slot & 31);
  }
}

/** Local working intervals (minutes after the day's midnight) for each working day of the week. */
function workingIntervals(hours: WorkingHours): { day: number; from: number; to: number }[] {
  const from = minutesOf(hours.start);
  let to = minutesOf(hours.end);
  if (to <= from) to += 1440;
  return hours.days.map((d) => ({ day: WORK_DAYS.indexOf(d), from, to })).filter((i) => i.day >= 0);
}

/** The person's working hours in the reference week as a slot bitmap. */
export function workingHoursBitmap(hours: WorkingHours, week: WeekGrid | string): Uint32Array {
  const grid = gridOf(week);
  const bits = new Uint32Array(WORDS_PER_WEEK);
  for (const { day, from, to } of workingIntervals(hours)) {
    markInterval(
      bits,
      grid.base,
      grid.instant(day, from, hours.timeZone),
      grid.instant(day, to, hours.timeZone),
    );
  }
  return bits;
}

/**
 * Working hours restricted to the preferred (day, daypart) cells, in local time: morning before
 * 13:00, afternoon from 13:00 to midnight. No day or no daypart chosen means no preference.
 */
export function preferredHoursBitmap(
  hours: WorkingHours,
  availability: { days: readonly Weekday[]; dayparts: readonly Daypart[] },
  week: WeekGrid | string,
): Uint32Array {
  const grid = gridOf(week);
  const bits = new Uint32Array(WORDS_PER_WEEK);
  const days = availability.days.length > 0 ? new Set<string>(availability.days) : null;
  const parts =
    availability.dayparts.length > 0 ? availability.dayparts : (['morning', 'afternoon'] as const);
  const noon = minutesOf(AFTERNOON_STARTS);
  for (const { day, from, to } of workingIntervals(hours)) {
    if (days && !days.has(WORK_DAYS[day]!)) continue;
    for (const part of parts) {
      const [a, b] = part === 'morning' ? [0, noon] : [noon, 1440];
      const lo = Math.max(from, a);
      const hi = Math.min(to, b);
      if (hi <= lo) continue;
      markInterval(
        bits,
        grid.base,
        grid.instant(day, lo, hours.timeZone),
        grid.instant(day, hi, hours.timeZone),
      );
    }
  }
  return bits;
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Slots set in both bitmaps, read at the given word offsets of flat arrays. */
export function commonSlots(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number): number {
  let count = 0;
  for (let w = 0; w < WORDS_PER_WEEK; w++) {
    const x = a[aOffset + w]! & b[bOffset + w]!;
    if (x !== 0) count += popcount32(x);
  }
  return count;
}

export function slotCount(bits: Uint32Array): number {
  return commonSlots(bits, 0, bits, 0);
}

export const slotsToHours = (slots: number): number => (slots * SLOT_MINUTES) / 60;

/** Weekly hours two people have in common at work, in the reference week. */
export function weeklyOverlapHours(a: WorkingHours, b: WorkingHours, week: WeekGrid | string): number {
  return slotsToHours(commonSlots(workingHoursBitmap(a, week), 0, workingHoursBitmap(b, week), 0));
}
