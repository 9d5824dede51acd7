import { SLOT_MINUTES } from '../pairing/score/week-slots';
import { wallClock, workingSpans } from './local-time';
import { scoreSlot } from './slot-score';
import {
  intersectSpans,
  longestMinutes,
  MINUTE_MS,
  type Span,
  spanOf,
  subtractSpans,
  totalMinutes,
} from './spans';
import type { BusyItem, FindSlotInput, FreeBusyStatus, SlotResult } from './types';

const GRID_MS = SLOT_MINUTES * MINUTE_MS;

/**
 * Statuses that block a slot. `workingElsewhere` does not: the person is at work and sessions are
 * online meetings; it only costs a few points. `unknown` blocks, since nothing says the time is free.
 */
export const BLOCKING_STATUSES: ReadonlySet<FreeBusyStatus> = new Set([
  'busy',
  'tentative',
  'oof',
  'unknown',
]);

const statusOf = (item: BusyItem): FreeBusyStatus => item.status ?? 'busy';
const ceilToGrid = (ms: number): number => Math.ceil(ms / GRID_MS) * GRID_MS;

function assertInput({ window, durationMinutes, people, now }: FindSlotInput): void {
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`Session length ${durationMinutes} is not a positive whole number of minutes.`);
  }
  if (people.length === 0) throw new RangeError('A slot needs at least one person.');
  for (const at of [window.start, window.end, now]) {
    if (Number.isNaN(at.getTime()))
      throw new RangeError('The window and the current instant must be valid dates.');
  }
  if (window.end <= window.start) throw new RangeError('The window ends before it starts.');
}

/**
 * The best slot of `durationMinutes` inside every person's working hours (each in their own zone),
 * clear of their busy, tentative, out-of-office and unknown items and of `avoid`, within `window`
 * and not before `now`. Starts lie on a 15-minute UTC grid (every zone's offset is a multiple of
 * 15 minutes, so it is also each person's local grid). The highest score wins; ties go to the
 * earliest start.
 */
export function findSlot(input: FindSlotInput): SlotResult {
  assertInput(input);
  const { window, durationMinutes, people, now, avoid = [], target } = input;
  const duration = durationMinutes * MINUTE_MS;
  const fits = (s: Span) => ceilToGrid(s.start) + duration <= s.end;
  const range = spanOf(window);
  const started = now.getTime() > range.start;
  const past = (): SlotResult => ({
    ok: false,
    reason: 'window_in_past',
    detail: { windowEnd: window.end, now },
  });
  if (started && ceilToGrid(now.getTime()) + duration > range.end) return past();

  let whole: Span[] = [range];
  for (const person of people) whole = intersectSpans(whole, workingSpans(person.workingHours, range));
  if (!whole.some(fits)) {
    const detail = { commonWorkingMinutes: totalMinutes(whole), durationMinutes };
    return { ok: false, reason: 'no_common_working_hours', detail };
  }
  // What is left of the common hours once the part already gone is cut off.
  const common = subtractSpans(whole, [{ start: range.start, end: now.getTime() }]);
  if (started && !common.some(fits)) return past();
  const commonWorkingMinutes = totalMinutes(common);

  const blocked = [
    ...people.flatMap((p) => p.busy.filter((b) => BLOCKING_STATUSES.has(statusOf(b))).map(spanOf)),
    ...avoid.map(spanOf),
  ];
  const free = subtractSpans(common, blocked);
  const scored = people.map((p) => ({
    clock: wallClock(p.workingHours.timeZone),
    ...(p.preferences ? { preferences: p.preferences } : {}),
    elsewhere: p.busy.filter((b) => statusOf(b) === 'workingElsewhere').map(spanOf),
  }));

  let best: { start: number; score: number; reasons: ReturnType<typeof scoreSlot>['reasons'] } | null = null;
  for (const span of free) {
    for (let start = ceilToGrid(span.start); start + duration <= span.end; start += GRID_MS) {
      const slot = { start, end: start + duration };
      const { score, reasons } = scoreSlot({
        slot,
        people: scored,
        ...(target ? { target: target.getTime() } : {}),
      });
      if (!best || score > best.score) best = { start, score, reasons };
    }
  }
  if (!best) {
    return {
      ok: false,
      reason: 'calendars_full_in_window',
      detail: { commonWorkingMinutes, longestFreeMinutes: longestMinutes(free), durationMinutes },
    };
  }
  return {
    ok: true,
    start: new Date(best.start),
    end: new Date(best.start + duration),
    score: best.score,
    reasons: best.reasons,
  };
}
