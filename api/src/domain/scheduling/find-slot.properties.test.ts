import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYPARTS, WEEKDAYS } from '../application';
import { WORK_DAYS } from '../pairing/score/types';
import { BLOCKING_STATUSES, findSlot } from './find-slot';
import { wallClock } from './local-time';
import { scoreSlot } from './slot-score';
import { atWork } from './testing/oracle';
import type { BusyItem, FindSlotInput, FreeBusyStatus, Interval, SlotPerson } from './types';

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const ZONES = ['Europe/Paris', 'Europe/London', 'America/New_York', 'Asia/Singapore', 'Australia/Sydney'];
/** Mondays and Fridays around the 2026 clock changes (US 8 Mar / 1 Nov, Europe 29 Mar / 25 Oct, Sydney 5 Apr / 4 Oct), and two quiet weeks. */
const STARTS = [
  '2026-03-06',
  '2026-03-27',
  '2026-04-03',
  '2026-10-02',
  '2026-10-23',
  '2026-10-30',
  '2026-01-12',
  '2026-06-15',
];
const STATUSES: FreeBusyStatus[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];

const time = fc
  .integer({ min: 0, max: 95 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);

const scenario = fc
  .record({
    start: fc.constantFrom(...STARTS),
    startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    lengthDays: fc.integer({ min: 1, max: 8 }),
    durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
    nowMinute: fc.option(fc.integer({ min: -60, max: 5 * 24 * 60 }), { nil: undefined, freq: 2 }),
    people: fc.array(
      fc.record({
        days: fc.subarray([...WORK_DAYS], { minLength: 1 }),
        from: time,
        to: time,
        zone: fc.constantFrom(...ZONES),
        busy: fc.array(
          fc.record({
            at: fc.integer({ min: -24 * 60, max: 9 * 24 * 60 }),
            minutes: fc.integer({ min: 5, max: 10 * 60 }),
            status: fc.constantFrom(...STATUSES),
          }),
          { maxLength: 20 },
        ),
        prefDays: fc.subarray([...WEEKDAYS]),
        dayparts: fc.subarray([...DAYPARTS]),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    avoid: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 9 * 24 * 60 }),
        minutes: fc.integer({ min: 15, max: 3 * 24 * 60 }),
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((s): FindSlotInput => {
    const base = Date.parse(`${s.start}T00:00:00Z`) + s.startMinute * MINUTE;
    const span = (at: number, minutes: number): Interval => ({
      start: new Date(base + at * MINUTE),
      end: new Date(base + (at + minutes) * MINUTE),
    });
    return {
      window: span(0, s.lengthDays * 24 * 60),
      durationMinutes: s.durationMinutes,
      now:
        s.nowMinute === undefined ? new Date('2020-01-01T00:00:00Z') : new Date(base + s.nowMinute * MINUTE),
      avoid: s.avoid.map((a) => span(a.at, a.minutes)),
      people: s.people.map(
        (p): SlotPerson => ({
          workingHours: { days: p.days, start: p.from, end: p.to, timeZone: p.zone },
          busy: p.busy.map((b): BusyItem => ({ ...span(b.at, b.minutes), status: b.status })),
          preferences: { days: p.prefDays, dayparts: p.dayparts },
        }),
      ),
    };
  });

const overlaps = (a: { start: number; end: number }, b: Interval) =>
  a.start < b.end.getTime() && b.start.getTime() < a.end;
const blocking = (p: SlotPerson) => p.busy.filter((b) => BLOCKING_STATUSES.has(b.status ?? 'busy'));

/** Every quarter-hour start that the rules allow, by brute force and the independent oracle. */
function validStarts(input: FindSlotInput): number[] {
  const duration = input.durationMinutes * MINUTE;
  const first = Math.ceil(Math.max(input.window.start.getTime(), input.now.getTime()) / QUARTER) * QUARTER;
  const last = input.window.end.getTime() - duration;
  const atWorkCache = input.people.map((p) => {
    const cache = new Map<number, boolean>();
    return (t: number) => {
      if (!cache.has(t)) cache.set(t, atWork(t, p.workingHours));
      return cache.get(t)!;
    };
  });
  const starts: number[] = [];
  for (let s = first; s <= last; s += QUARTER) {
    const slot = { start: s, end: s + duration };
    const working = atWorkCache.every((w) => {
      for (let t = s; t < slot.end; t += QUARTER) if (!w(t)) return false;
      return true;
    });
    if (!working) continue;
    if (input.people.some((p) => blocking(p).some((b) => overlaps(slot, b)))) continue;
    if ((input.avoid ?? []).some((a) => overlaps(slot, a))) continue;
    starts.push(s);
  }
  return starts;
}

describe('slot finder properties (random zones, busy items and clock-change weeks)', () => {
  it('finds a slot exactly when one exists, inside everyone’s working hours and clear of blocking items', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = findSlot(input);
        const valid = validStarts(input);
        if (!result.ok) {
          expect(valid).toEqual([]);
          expect(result).not.toHaveProperty('start');
          expect(['no_common_working_hours', 'calendars_full_in_window', 'window_in_past']).toContain(
            result.reason,
          );
          return;
        }
        const slot = { start: result.start.getTime(), end: result.end.getTime() };
        expect(slot.end - slot.start).toBe(input.durationMinutes * MINUTE);
        expect(slot.start % QUARTER).toBe(0);
        expect(slot.start).toBeGreaterThanOrEqual(input.now.getTime());
        expect(slot.start).toBeGreaterThanOrEqual(input.window.start.getTime());
        expect(slot.end).toBeLessThanOrEqual(input.window.end.getTime());
        expect(valid).toContain(slot.start);
        for (const p of input.people) expect(blocking(p).some((b) => overlaps(slot, b))).toBe(false);
      }),
      { numRuns: 80, seed: 20260329 },
    );
  });

  it('picks the best-scored valid slot, the earliest of equals, and adds its reasons up to its score', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = findSlot(input);
        if (!result.ok) return;
        expect(result.score).toBe(100 + result.reasons.reduce((sum, r) => sum + r.points, 0));
        const people = input.people.map((p) => ({
          clock: wallClock(p.workingHours.timeZone),
          ...(p.preferences ? { preferences: p.preferences } : {}),
          elsewhere: p.busy
            .filter((b) => b.status === 'workingElsewhere')
            .map((b) => ({ start: b.start.getTime(), end: b.end.getTime() })),
        }));
        const duration = input.durationMinutes * MINUTE;
        for (const start of validStarts(input)) {
          const { score } = scoreSlot({ slot: { start, end: start + duration }, people });
          if (start < result.start.getTime()) expect(score).toBeLessThan(result.score);
          else expect(score).toBeLessThanOrEqual(result.score);
        }
        expect(findSlot(input)).toEqual(result);
      }),
      { numRuns: 40, seed: 20261025 },
    );
  });
});
