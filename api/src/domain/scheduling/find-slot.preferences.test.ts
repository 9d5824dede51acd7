import { describe, expect, it } from 'vitest';
import { findSlot } from './find-slot';
import { aPerson, days, LONG_AGO, localSlot } from './testing/builders';
import type { FindSlotInput, SlotPerson, SlotResult } from './types';

const WEEK = days('2026-01-12', '2026-01-16');
const find = (people: SlotPerson[], more: Partial<FindSlotInput> = {}): SlotResult =>
  findSlot({ window: WEEK, durationMinutes: 60, people, now: LONG_AGO, ...more });
const paris = (result: SlotResult) => {
  if (!result.ok) throw new Error(`expected a slot, got ${result.reason}`);
  return localSlot(result, 'Europe/Paris');
};

describe('preferences', () => {
  it('meets on a day both prefer, in the afternoon both prefer, after lunch', () => {
    const a = aPerson().prefers(['thursday'], ['afternoon']).build();
    const b = aPerson().prefers(['wednesday', 'thursday'], ['afternoon']).build();
    const result = find([a, b]);
    expect(paris(result)).toBe('Thu 2026-01-15 14:00–15:00');
    expect(result).toMatchObject({ score: 100 });
    expect(result.ok && result.reasons.map((r) => r.code)).toEqual([
      'preferred_day',
      'preferred_daypart',
      'preferred_day',
      'preferred_daypart',
    ]);
  });

  it("reads each person's daypart on their own clock", () => {
    // 10:00 in New York is 16:00 in Paris: the New Yorker's morning, the Parisian's afternoon.
    const a = aPerson().working('09:00', '18:00').prefers([], ['afternoon']).build();
    const b = aPerson('America/New_York').prefers([], ['morning']).build();
    expect(paris(find([a, b], { window: days('2026-01-13', '2026-01-13') }))).toBe(
      'Tue 2026-01-13 15:00–16:00',
    );
  });

  it('falls back to another day, with the reason, when the preferred day is full', () => {
    const a = aPerson().prefers(['thursday']).busy('2026-01-15T09:00', '2026-01-15T17:00').build();
    const result = find([a, aPerson().build()]);
    expect(paris(result)).toBe('Mon 2026-01-12 10:00–11:00');
    expect(result).toMatchObject({
      score: 80,
      reasons: [{ code: 'not_preferred_day', person: 0, points: -20 }],
    });
  });

  it('prefers moving a few days from the target over missing a preferred day', () => {
    const target = new Date('2026-01-12T11:00:00Z');
    const result = find([aPerson().prefers(['friday']).build(), aPerson().build()], { target });
    expect(paris(result)).toBe('Fri 2026-01-16 09:00–10:00');
    expect(result).toMatchObject({
      score: 96,
      reasons: [{ code: 'preferred_day' }, { code: 'off_target', days: 4 }],
    });
  });

  it('stays as near the target date as it can', () => {
    const target = new Date('2026-01-14T11:00:00Z');
    expect(paris(find([aPerson().build(), aPerson().build()], { target }))).toBe(
      'Wed 2026-01-14 09:00–10:00',
    );
  });
});

describe('edge times', () => {
  it('avoids Monday before 10:00 in each local time', () => {
    const result = find([aPerson().build(), aPerson('Europe/London').build()], {
      window: days('2026-01-12', '2026-01-12'),
    });
    expect(paris(result)).toBe('Mon 2026-01-12 11:00–12:00');
  });

  it('avoids Friday after 16:00 and the 12:00–14:00 lunch break', () => {
    const a = aPerson()
      .busy('2026-01-16T09:00', '2026-01-16T12:00')
      .busy('2026-01-16T14:00', '2026-01-16T15:00');
    expect(paris(find([a.build(), aPerson().build()], { window: days('2026-01-16', '2026-01-16') }))).toBe(
      'Fri 2026-01-16 15:00–16:00',
    );
  });

  it('takes an edge time, with its penalty, when nothing else is free', () => {
    const a = aPerson().busy('2026-01-12T10:00', '2026-01-16T17:00').build();
    const result = find([a, aPerson().build()]);
    expect(paris(result)).toBe('Mon 2026-01-12 09:00–10:00');
    expect(result).toMatchObject({
      score: 80,
      reasons: [
        { code: 'monday_early', person: 0, points: -10 },
        { code: 'monday_early', person: 1, points: -10 },
      ],
    });
  });

  it('prefers a slot penalised for one person over one penalised for both', () => {
    // 16:00–17:00 on Friday in London is 17:00–18:00 in Paris: late for both; 15:00 London is late for Paris only.
    const a = aPerson().working('09:00', '18:00').busy('2026-01-16T09:00', '2026-01-16T16:00').build();
    const b = aPerson('Europe/London').build();
    expect(paris(find([a, b], { window: days('2026-01-16', '2026-01-16') }))).toBe(
      'Fri 2026-01-16 16:00–17:00',
    );
  });
});
