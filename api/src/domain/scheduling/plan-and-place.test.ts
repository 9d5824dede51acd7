import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planAndPlace } from './plan-and-place';
import { aPerson, LONG_AGO } from './testing/builders';
import { defaultSessionThemes } from './themes';
import type { Cadence, SlotPerson } from './types';

const place = (
  cadence: Cadence,
  people: SlotPerson[],
  more: { placed?: { start: Date; end: Date }[] } = {},
) =>
  planAndPlace({
    startsOn: '2026-01-05',
    endsOn: '2026-12-31',
    cadence,
    count: 6,
    sessionMinutes: 60,
    themes: defaultSessionThemes(),
    timeZone: 'Europe/Paris',
    people,
    now: LONG_AGO,
    ...more,
  });
const weekOf = (at: Date) => DateTime.fromJSDate(at, { zone: 'Europe/Paris' }).toFormat("kkkk-'W'WW");

describe('placing a series', () => {
  it.each(['weekly', 'biweekly', 'monthly'] as const)(
    '%s: every session placed, never two in one week',
    (cadence) => {
      const placed = place(cadence, [aPerson().build(), aPerson('Europe/London').build()]);
      const weeks = placed.map(({ result }) => (result.ok ? weekOf(result.start) : 'none'));
      expect(weeks).not.toContain('none');
      expect(new Set(weeks).size).toBe(weeks.length);
    },
  );

  it('weekly windows overlapping one ISO week still get one session per week', () => {
    // Targets on Thursdays: each ±3-day window runs Monday to Sunday.
    const placed = planAndPlace({
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      cadence: 'weekly',
      count: 8,
      sessionMinutes: 60,
      themes: defaultSessionThemes(),
      timeZone: 'Europe/Paris',
      people: [aPerson().build(), aPerson().build()],
      now: LONG_AGO,
    });
    const weeks = placed.flatMap(({ result }) => (result.ok ? [weekOf(result.start)] : []));
    expect(new Set(weeks).size).toBe(weeks.length);
  });

  it('keeps out of weeks that already hold one of the pair’s sessions', () => {
    const booked = { start: new Date('2026-01-06T09:00:00Z'), end: new Date('2026-01-06T10:00:00Z') };
    const [first] = place('monthly', [aPerson().build(), aPerson().build()], { placed: [booked] });
    expect(first!.result).toMatchObject({ ok: true });
    expect(first!.result.ok && weekOf(first!.result.start)).toBe('2026-W03');
  });

  it('reports the sessions it cannot place and places the others', () => {
    const away = aPerson().busy('2026-01-05T00:00', '2026-02-13T00:00', 'oof').build();
    const placed = place('monthly', [away, aPerson().build()]);
    expect(placed.map(({ result }) => (result.ok ? 'ok' : result.reason))).toEqual([
      'calendars_full_in_window',
      'calendars_full_in_window',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
    expect(placed.map(({ session }) => session.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
