import { describe, expect, it } from 'vitest';
import { findSlot } from './find-slot';
import { aPerson, days, LONG_AGO, localSlot } from './testing/builders';
import type { FindSlotInput, SlotPerson, SlotResult } from './types';

/** A winter week, Monday 12 to Friday 16 January 2026, in Paris. */
const WEEK = days('2026-01-12', '2026-01-16');
const find = (people: SlotPerson[], more: Partial<FindSlotInput> = {}): SlotResult =>
  findSlot({ window: WEEK, durationMinutes: 60, people, now: LONG_AGO, ...more });
const slotIn = (result: SlotResult, zone: string) => {
  if (!result.ok) throw new Error(`expected a slot, got ${result.reason}`);
  return localSlot(result, zone);
};

describe('scenarios by time zones', () => {
  it('Paris × Paris: the first slot clear of Monday morning', () => {
    const result = find([aPerson().build(), aPerson().build()]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 10:00–11:00');
    expect(result).toMatchObject({ ok: true, score: 100, reasons: [] });
  });

  it('Paris × London: 11:00 in Paris is 10:00 in London, clear of both Monday mornings', () => {
    const result = find([aPerson().build(), aPerson('Europe/London').build()]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 11:00–12:00');
    expect(slotIn(result, 'Europe/London')).toBe('Mon 2026-01-12 10:00–11:00');
  });

  it('Paris × New York (3 h in common): afternoon in Paris, morning in New York', () => {
    const paris = aPerson().working('09:00', '18:00').build();
    const result = find([paris, aPerson('America/New_York').build()]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 16:00–17:00');
    expect(slotIn(result, 'America/New_York')).toBe('Mon 2026-01-12 10:00–11:00');
  });

  it('Paris × Singapore (2 h in common): Paris morning, Singapore late afternoon', () => {
    const singapore = aPerson('Asia/Singapore').working('09:00', '18:00').build();
    const result = find([aPerson().working('09:00', '18:00').build(), singapore]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 10:00–11:00');
    expect(slotIn(result, 'Asia/Singapore')).toBe('Mon 2026-01-12 17:00–18:00');
  });

  it('Paris × Sydney, both 09:00–17:00: no common working hours', () => {
    const result = find([aPerson().build(), aPerson('Australia/Sydney').build()]);
    expect(result).toEqual({
      ok: false,
      reason: 'no_common_working_hours',
      detail: { commonWorkingMinutes: 0, durationMinutes: 60 },
    });
  });

  it('common hours shorter than the session are no common hours for it', () => {
    const singapore = aPerson('Asia/Singapore').working('09:00', '18:00').build();
    const result = find([aPerson().build(), singapore], { durationMinutes: 150 });
    expect(result).toMatchObject({ ok: false, reason: 'no_common_working_hours' });
  });
});

describe('calendars', () => {
  it('reports full calendars when busy items cover all the common hours', () => {
    const a = aPerson().busy('2026-01-12T09:00', '2026-01-14T17:00').build();
    const b = aPerson().busy('2026-01-14T09:00', '2026-01-16T17:00', 'oof').build();
    expect(find([a, b])).toEqual({
      ok: false,
      reason: 'calendars_full_in_window',
      detail: { commonWorkingMinutes: 5 * 8 * 60, longestFreeMinutes: 0, durationMinutes: 60 },
    });
  });

  it('says how long the longest free gap is when it is too short', () => {
    const a = aPerson()
      .busy('2026-01-12T09:00', '2026-01-13T10:00')
      .busy('2026-01-13T10:45', '2026-01-16T17:00');
    const result = find([a.build(), aPerson().build()]);
    expect(result).toMatchObject({
      ok: false,
      reason: 'calendars_full_in_window',
      detail: { longestFreeMinutes: 45 },
    });
  });

  it.each([
    ['busy', false],
    ['tentative', false],
    ['oof', false],
    ['unknown', false],
    ['free', true],
    ['workingElsewhere', true],
  ] as const)('a %s item on the only free hour: slot found = %s', (status, found) => {
    const a = aPerson()
      .busy('2026-01-12T09:00', '2026-01-13T10:00')
      .busy('2026-01-13T11:00', '2026-01-16T17:00')
      .build();
    const b = aPerson().busy('2026-01-13T10:00', '2026-01-13T11:00', status).build();
    expect(find([a, b]).ok).toBe(found);
  });

  it('takes a working-elsewhere slot only when nothing better is free', () => {
    const b = aPerson().busy('2026-01-12T10:00', '2026-01-12T12:00', 'workingElsewhere').build();
    const result = find([aPerson().build(), b]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 14:00–15:00');
  });

  it('keeps clear of the spans to avoid', () => {
    const avoid = [days('2026-01-12', '2026-01-14')];
    expect(slotIn(find([aPerson().build(), aPerson().build()], { avoid }), 'Europe/Paris')).toBe(
      'Thu 2026-01-15 09:00–10:00',
    );
  });
});

describe('boundaries', () => {
  it('starts right where a busy item ends (half-open intervals)', () => {
    const a = aPerson().busy('2026-01-12T09:00', '2026-01-13T10:00').build();
    expect(slotIn(find([a, aPerson().build()]), 'Europe/Paris')).toBe('Tue 2026-01-13 10:00–11:00');
  });

  it('rounds a start up to the next quarter hour after an odd end', () => {
    const a = aPerson().busy('2026-01-12T09:00', '2026-01-13T10:50').build();
    expect(slotIn(find([a, aPerson().build()]), 'Europe/Paris')).toBe('Tue 2026-01-13 11:00–12:00');
  });

  it('fits a session that fills the common hours exactly', () => {
    const result = find([aPerson().working('10:00', '11:00').build(), aPerson().build()]);
    expect(slotIn(result, 'Europe/Paris')).toBe('Mon 2026-01-12 10:00–11:00');
  });

  it('never starts before now, on the quarter hour', () => {
    const now = new Date('2026-01-14T09:07:00Z');
    expect(slotIn(find([aPerson().build(), aPerson().build()], { now }), 'Europe/Paris')).toBe(
      'Wed 2026-01-14 10:15–11:15',
    );
  });

  it('reports a window already over', () => {
    const now = new Date('2026-01-20T08:00:00Z');
    expect(find([aPerson().build()], { now })).toEqual({
      ok: false,
      reason: 'window_in_past',
      detail: { windowEnd: WEEK.end, now },
    });
  });

  it('reports a window whose working hours are over, even if its weekend is not', () => {
    const now = new Date('2026-01-16T17:30:00Z');
    const result = find([aPerson().build()], { window: days('2026-01-12', '2026-01-18') });
    expect(result.ok).toBe(true);
    expect(find([aPerson().build()], { window: days('2026-01-12', '2026-01-18'), now })).toMatchObject({
      reason: 'window_in_past',
    });
  });

  it('rejects a session length that is not a positive whole number of minutes', () => {
    expect(() => find([aPerson().build()], { durationMinutes: 0 })).toThrow(RangeError);
    expect(() => find([aPerson().build()], { durationMinutes: 30.5 })).toThrow(RangeError);
  });

  it('rejects an unknown time zone', () => {
    expect(() => find([aPerson('Europe/Atlantis').build()])).toThrow(/Europe\/Atlantis/);
  });
});
