import { describe, expect, it } from 'vitest';
import type { WorkingHours } from './types';
import {
  preferredHoursBitmap,
  referenceWeekOf,
  slotCount,
  weeklyOverlapHours,
  workingHoursBitmap,
} from './week-slots';

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const nineToFive = (timeZone: string): WorkingHours => ({
  days: WEEK,
  start: '09:00',
  end: '17:00',
  timeZone,
});
const PARIS = nineToFive('Europe/Paris');
const LONDON = nineToFive('Europe/London');
const NEW_YORK = nineToFive('America/New_York');
const SINGAPORE = nineToFive('Asia/Singapore');

/** 2026: the US moves its clocks on 8 March and 1 November, Europe on 29 March and 25 October. */
const WEEKS = {
  winter: '2026-01-12',
  lateMarchMismatch: '2026-03-23',
  summer: '2026-06-15',
  earlyNovemberMismatch: '2026-10-26',
  lateNovember: '2026-11-16',
};

describe('weekly working-hours overlap', () => {
  it('counts whole days in the same zone', () => {
    expect(weeklyOverlapHours(PARIS, PARIS, WEEKS.summer)).toBe(40);
    expect(weeklyOverlapHours(PARIS, { ...PARIS, start: '13:30', end: '18:00' }, WEEKS.summer)).toBe(17.5);
  });

  it('gives Paris and New York the same overlap in winter and in summer (both on the same kind of time)', () => {
    expect(weeklyOverlapHours(PARIS, NEW_YORK, WEEKS.winter)).toBe(10);
    expect(weeklyOverlapHours(PARIS, NEW_YORK, WEEKS.summer)).toBe(10);
    expect(weeklyOverlapHours(PARIS, NEW_YORK, WEEKS.lateNovember)).toBe(10);
  });

  it('gives Paris and New York one more hour a day in the weeks their daylight-saving dates differ', () => {
    expect(weeklyOverlapHours(PARIS, NEW_YORK, WEEKS.lateMarchMismatch)).toBe(15);
    expect(weeklyOverlapHours(PARIS, NEW_YORK, WEEKS.earlyNovemberMismatch)).toBe(15);
  });

  it('does the same for London and New York', () => {
    expect(weeklyOverlapHours(LONDON, NEW_YORK, WEEKS.winter)).toBe(15);
    expect(weeklyOverlapHours(LONDON, NEW_YORK, WEEKS.summer)).toBe(15);
    expect(weeklyOverlapHours(LONDON, NEW_YORK, WEEKS.lateMarchMismatch)).toBe(20);
    expect(weeklyOverlapHours(LONDON, NEW_YORK, WEEKS.earlyNovemberMismatch)).toBe(20);
  });

  it('follows Paris summer time against Singapore, which keeps one offset all year', () => {
    expect(weeklyOverlapHours(PARIS, SINGAPORE, WEEKS.summer)).toBe(10);
    expect(weeklyOverlapHours(PARIS, SINGAPORE, WEEKS.winter)).toBe(5);
  });

  it('finds no overlap between Singapore and New York office hours', () => {
    expect(weeklyOverlapHours(SINGAPORE, NEW_YORK, WEEKS.summer)).toBe(0);
  });

  it('keeps a Monday in Auckland, which starts on Sunday in UTC, by treating the week as a ring', () => {
    const auckland = nineToFive('Pacific/Auckland');
    expect(slotCount(workingHoursBitmap(auckland, WEEKS.summer)) / 4).toBe(40);
    expect(weeklyOverlapHours(auckland, SINGAPORE, WEEKS.summer)).toBe(20);
  });

  it('handles hours past midnight and zones with quarter-hour offsets', () => {
    const night: WorkingHours = { days: ['monday'], start: '22:00', end: '06:00', timeZone: 'Europe/Paris' };
    expect(slotCount(workingHoursBitmap(night, WEEKS.summer)) / 4).toBe(8);
    const kathmandu = nineToFive('Asia/Kathmandu');
    expect(weeklyOverlapHours(kathmandu, PARIS, WEEKS.summer)).toBe(5 * 4.25);
  });

  it('rejects an unknown time zone and a malformed week', () => {
    expect(() => workingHoursBitmap(nineToFive('Mars/Olympus'), WEEKS.summer)).toThrow(/Time zone/);
    expect(() => workingHoursBitmap(PARIS, 'next week')).toThrow(/Reference week/);
  });
});

describe('preferred hours', () => {
  it('keeps the chosen days and dayparts of the working hours, in local time', () => {
    const mornings = preferredHoursBitmap(
      PARIS,
      { days: ['monday', 'thursday'], dayparts: ['morning'] },
      WEEKS.summer,
    );
    expect(slotCount(mornings) / 4).toBe(8);
    const afternoons = preferredHoursBitmap(PARIS, { days: [], dayparts: ['afternoon'] }, WEEKS.summer);
    expect(slotCount(afternoons) / 4).toBe(20);
  });

  it('treats no choice as no preference', () => {
    expect(slotCount(preferredHoursBitmap(PARIS, { days: [], dayparts: [] }, WEEKS.summer)) / 4).toBe(40);
  });
});

describe('reference week', () => {
  it('is the Monday of the UTC week of the given instant', () => {
    expect(referenceWeekOf(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-23');
    expect(referenceWeekOf(new Date('2026-03-30T00:00:00Z'))).toBe('2026-03-30');
  });
});
