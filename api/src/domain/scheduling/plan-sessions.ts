import { DateTime, type DurationLike } from 'luxon';
import { assertZone } from './local-time';
import { themesForSeries } from './themes';
import type { Cadence, PlannedSession, SessionTheme } from './types';

/** From the start date to the target date of the session at 0-based position `i`. */
export function cadenceOffset(cadence: Cadence, i: number): DurationLike {
  if (cadence === 'monthly') return { months: i };
  return { weeks: cadence === 'biweekly' ? 2 * i : i };
}

/** Days either side of the target date a session may move; windows of a series never overlap. */
export const CADENCE_TOLERANCE_DAYS: Readonly<Record<Cadence, number>> = {
  weekly: 3,
  biweekly: 6,
  monthly: 7,
};

export interface PlanSessionsInput {
  /** First and last days of the programme (`YYYY-MM-DD`), in `timeZone`. */
  startsOn: string;
  endsOn: string;
  cadence: Cadence;
  count: number;
  sessionMinutes: number;
  themes: readonly SessionTheme[];
  /** The programme's zone: the one its dates are read in. */
  timeZone: string;
}

function dayIn(iso: string, zone: string, what: string): DateTime {
  const day = DateTime.fromISO(iso, { zone });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new RangeError(`${what} "${iso}" is not a date (YYYY-MM-DD).`);
  return day.startOf('day');
}

/**
 * The series of a pair: session `i` aims at the start date plus `i` cadence steps (monthly steps
 * are calendar months from the start date, so 31 January is followed by 28 or 29 February) and may
 * move by the cadence's tolerance, within the programme's dates. Sessions whose target date falls
 * after the programme's end are left out, so the list may be shorter than `count`.
 */
export function planSessions(input: PlanSessionsInput): PlannedSession[] {
  const { cadence, count, sessionMinutes, timeZone } = input;
  assertZone(timeZone);
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`Session count ${count} is not a whole number.`);
  if (!Number.isInteger(sessionMinutes) || sessionMinutes <= 0) {
    throw new RangeError(`Session length ${sessionMinutes} is not a positive whole number of minutes.`);
  }
  const first = dayIn(input.startsOn, timeZone, 'Start date');
  const last = dayIn(input.endsOn, timeZone, 'End date');
  if (last < first)
    throw new RangeError(`The programme ends (${input.endsOn}) before it starts (${input.startsOn}).`);
  const themes = count > 0 ? themesForSeries({ themes: input.themes, count }) : [];
  const tolerance = CADENCE_TOLERANCE_DAYS[cadence];

  const sessions: PlannedSession[] = [];
  for (let i = 0; i < count; i++) {
    const target = first.plus(cadenceOffset(cadence, i));
    if (target > last) break;
    const from = DateTime.max(first, target.minus({ days: tolerance }));
    const to = DateTime.min(last, target.plus({ days: tolerance }));
    sessions.push({
      number: i + 1,
      targetDate: target.toISODate()!,
      fromDate: from.toISODate()!,
      toDate: to.toISODate()!,
      window: { start: from.toJSDate(), end: to.plus({ days: 1 }).startOf('day').toJSDate() },
      target: target.set({ hour: 12 }).toJSDate(),
      durationMinutes: sessionMinutes,
      theme: themes[i]!,
    });
  }
  return sessions;
}
