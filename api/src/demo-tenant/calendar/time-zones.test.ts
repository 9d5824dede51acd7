import { describe, expect, it } from 'vitest';
import {
  formatDateTimeTimeZone,
  parseDateTimeTimeZone,
  preferredTimeZone,
  toIana,
  toWindows,
} from './time-zones';

describe('time-zone names', () => {
  it.each([
    ['Romance Standard Time', 'Europe/Paris'],
    ['GMT Standard Time', 'Europe/London'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Singapore Standard Time', 'Asia/Singapore'],
    ['UTC', 'UTC'],
    ['Europe/Lisbon', 'Europe/Lisbon'],
  ])('maps %s to %s', (name, iana) => {
    expect(toIana(name)).toBe(iana);
  });

  it('maps IANA back to Windows names', () => {
    expect(toWindows('Europe/Paris')).toBe('Romance Standard Time');
    expect(toWindows('Asia/Singapore')).toBe('Singapore Standard Time');
  });

  it('rejects unknown names', () => {
    expect(toIana('Mars/Olympus_Mons')).toBeUndefined();
    expect(() =>
      parseDateTimeTimeZone({ dateTime: '2026-03-02T09:00:00', timeZone: 'Nowhere Time' }),
    ).toThrow(/not supported/);
  });
});

describe('dateTimeTimeZone', () => {
  it('reads wall time in a Windows zone, across daylight saving', () => {
    expect(
      parseDateTimeTimeZone({ dateTime: '2026-01-15T09:00:00', timeZone: 'Romance Standard Time' }).toISO(),
    ).toBe('2026-01-15T08:00:00.000Z');
    expect(
      parseDateTimeTimeZone({ dateTime: '2026-07-15T09:00:00.0000000', timeZone: 'Europe/Paris' }).toISO(),
    ).toBe('2026-07-15T07:00:00.000Z');
  });

  it('writes Graph format in the requested zone', () => {
    expect(formatDateTimeTimeZone(new Date('2026-07-15T07:00:00Z'), 'Pacific Standard Time')).toEqual({
      dateTime: '2026-07-15T00:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('reads the Prefer header, UTC by default', () => {
    expect(preferredTimeZone('outlook.timezone="Singapore Standard Time"')).toBe('Singapore Standard Time');
    expect(preferredTimeZone('IdType="ImmutableId", outlook.timezone="Europe/Paris"')).toBe('Europe/Paris');
    expect(preferredTimeZone(undefined)).toBe('UTC');
    expect(preferredTimeZone('outlook.timezone="Bogus"')).toBe('UTC');
  });
});
