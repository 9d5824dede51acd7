import { describe, expect, it } from 'vitest';
import { availabilityView, type BusyItem, checkScheduleLimits } from './schedule';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const item = (start: string, end: string, status: BusyItem['status']): BusyItem => ({
  start: at(start),
  end: at(end),
  status,
  subject: 's',
  location: '',
  isPrivate: false,
});

describe('availabilityView', () => {
  it('writes one digit per interval', () => {
    const items = [
      item('09:00', '10:00', 'busy'),
      item('10:30', '11:00', 'tentative'),
      item('11:00', '12:00', 'oof'),
    ];
    expect(availabilityView(items, at('08:30'), at('12:30'), 30)).toBe('02201330');
  });

  it('lets the strongest status win an interval', () => {
    const items = [
      item('09:00', '10:00', 'tentative'),
      item('09:15', '09:45', 'busy'),
      item('09:00', '10:00', 'workingElsewhere'),
    ];
    expect(availabilityView(items, at('09:00'), at('10:00'), 60)).toBe('2');
    expect(availabilityView([item('09:00', '10:00', 'workingElsewhere')], at('09:00'), at('10:00'), 60)).toBe(
      '4',
    );
  });
});

describe('getSchedule limits', () => {
  const ok = { schedules: 20, from: at('00:00'), to: new Date('2026-05-03T00:00:00Z'), interval: 30 };

  it('accepts 100 schedules over 62 days at 5 minutes', () => {
    expect(() => checkScheduleLimits({ ...ok, schedules: 100, interval: 5 })).not.toThrow();
  });

  it.each([
    [{ schedules: 101 }, 'ErrorMailboxDataArrayTooBig'],
    [{ to: new Date('2026-05-04T00:00:00Z') }, 'ErrorTimeIntervalTooBig'],
    [{ interval: 4 }, 'ErrorInvalidMergedFreeBusyInterval'],
    [{ interval: 1441 }, 'ErrorInvalidMergedFreeBusyInterval'],
  ])('refuses %o with %s', (change, code) => {
    expect(() => checkScheduleLimits({ ...ok, ...change })).toThrow(
      expect.objectContaining({ status: 400, code }),
    );
  });
});
