import { findSlot } from './find-slot';
import { assertZone, weekSpan } from './local-time';
import { type PlanSessionsInput, planSessions } from './plan-sessions';
import type { Span } from './spans';
import type { Interval, PlannedSession, SlotPerson, SlotResult } from './types';

export interface PlaceSeriesInput {
  sessions: readonly PlannedSession[];
  people: readonly SlotPerson[];
  now: Date;
  /** The pair's sessions already in the calendar: no new session goes in their weeks. */
  placed?: readonly Interval[];
  /** The zone whose Monday-to-Sunday weeks count for "one session a week" (the programme's). */
  timeZone: string;
}

export interface PlacedSession {
  session: PlannedSession;
  result: SlotResult;
}

const toInterval = (span: Span): Interval => ({ start: new Date(span.start), end: new Date(span.end) });

/**
 * Places a series in order, each session in its own window, never two of the pair's sessions in
 * the same week: each week that holds one (already placed, or placed earlier in this call) is
 * avoided. A session that finds no slot keeps its reason and does not stop the others.
 */
export function placeSeries(input: PlaceSeriesInput): PlacedSession[] {
  assertZone(input.timeZone);
  const taken: Interval[] = (input.placed ?? []).map((p) =>
    toInterval(weekSpan(p.start.getTime(), input.timeZone)),
  );
  return input.sessions.map((session) => {
    const result = findSlot({
      window: session.window,
      durationMinutes: session.durationMinutes,
      people: input.people,
      now: input.now,
      avoid: taken,
      target: session.target,
    });
    if (result.ok) taken.push(toInterval(weekSpan(result.start.getTime(), input.timeZone)));
    return { session, result };
  });
}

/** `planSessions`, then `placeSeries` for one pair. */
export function planAndPlace(
  input: PlanSessionsInput & Pick<PlaceSeriesInput, 'people' | 'now' | 'placed'>,
): PlacedSession[] {
  return placeSeries({
    sessions: planSessions(input),
    people: input.people,
    now: input.now,
    timeZone: input.timeZone,
    ...(input.placed ? { placed: input.placed } : {}),
  });
}
