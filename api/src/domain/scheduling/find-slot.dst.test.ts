import { describe, expect, it } from 'vitest';
import { findSlot } from './find-slot';
import { aPerson, days, LONG_AGO, localSlot } from './testing/builders';
import { atWorkThroughout } from './testing/oracle';
import type { FindSlotInput, SlotPerson, SlotResult } from './types';

/**
 * 2026: the United States move their clocks on Sunday 8 March and Sunday 1 November, Europe on
 * Sunday 29 March and Sunday 25 October. In the weeks between, New York is 5 hours behind Paris
 * instead of 6.
 */
const find = (people: SlotPerson[], window: FindSlotInput['window'], durationMinutes = 60): SlotResult =>
  findSlot({ window, durationMinutes, people, now: LONG_AGO });
const local = (result: SlotResult, zone: string) => {
  if (!result.ok) throw new Error(`expected a slot, got ${result.reason}`);
  return localSlot(result, zone);
};
const expectInsideHours = (result: SlotResult, people: SlotPerson[]) => {
  if (!result.ok) throw new Error(`expected a slot, got ${result.reason}`);
  for (const p of people) {
    expect(atWorkThroughout(result.start.getTime(), result.end.getTime(), p.workingHours)).toBe(true);
  }
};

describe('Paris × New York around the clock changes', () => {
  const people = [aPerson().build(), aPerson('America/New_York').build()];

  it.each([
    ['winter', '2026-01-12', 'Mon 2026-01-12 16:00–17:00', 'Mon 2026-01-12 10:00–11:00'],
    [
      'the US already on summer time',
      '2026-03-09',
      'Mon 2026-03-09 15:00–16:00',
      'Mon 2026-03-09 10:00–11:00',
    ],
    ['both on summer time', '2026-04-06', 'Mon 2026-04-06 16:00–17:00', 'Mon 2026-04-06 10:00–11:00'],
    [
      'Europe back on winter time first',
      '2026-10-26',
      'Mon 2026-10-26 15:00–16:00',
      'Mon 2026-10-26 10:00–11:00',
    ],
    ['both back on winter time', '2026-11-02', 'Mon 2026-11-02 16:00–17:00', 'Mon 2026-11-02 10:00–11:00'],
  ])('%s: 10:00 in New York is inside both working days', (_, monday, paris, newYork) => {
    const result = find(people, days(monday, monday));
    expect(local(result, 'Europe/Paris')).toBe(paris);
    expect(local(result, 'America/New_York')).toBe(newYork);
    expectInsideHours(result, people);
  });

  it('uses the three common hours of the mismatch weeks, not two', () => {
    // Paris 14:00–17:00 is New York 09:00–12:00 only while the offsets differ by 5 hours.
    const paris = aPerson().prefers([], ['afternoon']).busy('2026-03-10T15:00', '2026-03-10T17:00').build();
    const result = find([paris, people[1]!], days('2026-03-10', '2026-03-10'));
    expect(local(result, 'Europe/Paris')).toBe('Tue 2026-03-10 14:00–15:00');
    expect(local(result, 'America/New_York')).toBe('Tue 2026-03-10 09:00–10:00');
  });
});

describe('Paris × London across the European change', () => {
  it('keeps local times the same on either side of the last Sunday of March', () => {
    const people = [
      aPerson().busy('2026-03-27T09:00', '2026-03-27T17:00').build(),
      aPerson('Europe/London').build(),
    ];
    const result = find(people, days('2026-03-27', '2026-03-30'));
    expect(local(result, 'Europe/Paris')).toBe('Mon 2026-03-30 11:00–12:00');
    expect(result.ok && result.start.toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expectInsideHours(result, people);
  });
});

describe('working hours on the night of a change', () => {
  const night = aPerson().working('00:00', '04:00', ['sunday']);

  it('has only 3 hours from 00:00 to 04:00 when the clock skips 02:00–03:00', () => {
    expect(find([night.build()], days('2026-03-29', '2026-03-29'), 180).ok).toBe(true);
    expect(find([night.build()], days('2026-03-29', '2026-03-29'), 195)).toMatchObject({
      reason: 'no_common_working_hours',
      detail: { commonWorkingMinutes: 180 },
    });
  });

  it('has 5 hours from 00:00 to 04:00 when the clock repeats 02:00–03:00', () => {
    const result = find([night.build()], days('2026-10-25', '2026-10-25'), 300);
    expect(result.ok && [result.start.toISOString(), result.end.toISOString()]).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
  });

  it('never counts a skipped time as working time', () => {
    const skipped = aPerson().working('02:15', '02:45', ['sunday']).build();
    expect(find([skipped], days('2026-03-29', '2026-03-29'), 15)).toMatchObject({
      reason: 'no_common_working_hours',
    });
  });
});

describe('Sydney, whose clocks change the other way', () => {
  it('finds the early-morning Paris slot as Sydney leaves summer time (first Sunday of April)', () => {
    const people = [
      aPerson().working('08:00', '17:00').build(),
      aPerson('Australia/Sydney').working('09:00', '19:00').build(),
    ];
    // Mon 6 April 2026: Sydney UTC+10, Paris UTC+2: Paris 08:00–11:00 = Sydney 16:00–19:00
    // (a week earlier, Sydney was UTC+11 and the common hours were Paris 08:00–10:00).
    const result = find(people, days('2026-04-06', '2026-04-06'));
    expect(local(result, 'Europe/Paris')).toBe('Mon 2026-04-06 10:00–11:00');
    expect(local(result, 'Australia/Sydney')).toBe('Mon 2026-04-06 18:00–19:00');
    expectInsideHours(result, people);
  });
});
