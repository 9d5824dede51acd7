import { DateTime } from 'luxon';
import { WORK_DAYS } from '../../pairing/score/types';
import type { WorkingHours } from '../types';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Written apart from the code under test: is the person at work at this instant, by their own
 * wall clock? Hours ending at or before their start run into the next day.
 */
export function atWork(at: number, hours: WorkingHours): boolean {
  const local = DateTime.fromMillis(at, { zone: hours.timeZone });
  const m = local.hour * 60 + local.minute;
  const today = WORK_DAYS[local.weekday - 1]!;
  const yesterday = WORK_DAYS[(local.weekday + 5) % 7]!;
  const from = minutes(hours.start);
  const to = minutes(hours.end);
  if (to > from) return hours.days.includes(today) && m >= from && m < to;
  return (hours.days.includes(today) && m >= from) || (hours.days.includes(yesterday) && m < to);
}

/** At work at every 15-minute instant of [start, end). */
export function atWorkThroughout(start: number, end: number, hours: WorkingHours): boolean {
  for (let t = start; t < end; t += 15 * 60_000) if (!atWork(t, hours)) return false;
  return true;
}
