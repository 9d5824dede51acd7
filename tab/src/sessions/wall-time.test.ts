import { describe, expect, it } from 'vitest';
import {
  fromWallTime,
  isKnownZone,
  offsetMinutes,
  sameClock,
  toWallDate,
  toWallTime,
  zoneOrBrowser,
} from './wall-time';

const utc = (iso: string) => new Date(iso);

describe('toWallTime', () => {
  it('writes an instant as the wall clock of the zone, whatever the machine’s zone', () => {
    expect(toWallTime(utc('2027-01-12T13:00:00Z'), 'Europe/Paris')).toBe('2027-01-12T14:00');
    expect(toWallTime(utc('2027-07-12T13:00:00Z'), 'Europe/Paris')).toBe('2027-07-12T15:00');
    expect(toWallTime(utc('2027-01-12T13:00:00Z'), 'America/New_York')).toBe('2027-01-12T08:00');
  });

  it('crosses midnight into the next or previous day', () => {
    expect(toWallTime(utc('2027-01-12T23:30:00Z'), 'Asia/Tokyo')).toBe('2027-01-13T08:30');
    expect(toWallDate(utc('2027-01-12T03:00:00Z'), 'America/Los_Angeles')).toBe('2027-01-11');
  });
});

describe('fromWallTime', () => {
  it('reads a datetime-local value in the given zone', () => {
    expect(fromWallTime('2027-01-12T14:00', 'Europe/Paris')?.toISOString()).toBe('2027-01-12T13:00:00.000Z');
    expect(fromWallTime('2027-07-12T14:00', 'Europe/Paris')?.toISOString()).toBe('2027-07-12T12:00:00.000Z');
    expect(fromWallTime('2027-01-12T08:00', 'America/New_York')?.toISOString()).toBe(
      '2027-01-12T13:00:00.000Z',
    );
    expect(fromWallTime('2027-01-12T14:00', 'UTC')?.toISOString()).toBe('2027-01-12T14:00:00.000Z');
  });

  it('round-trips with toWallTime on both sides of a daylight-saving change', () => {
    for (const iso of ['2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', '2027-10-31T02:30:00Z']) {
      const instant = utc(iso);
      expect(fromWallTime(toWallTime(instant, 'Europe/Paris'), 'Europe/Paris')).toEqual(instant);
    }
  });

  it('reads a time in the skipped hour with the offset from before the change', () => {
    // Paris skips 02:00–03:00 on 28 March 2027; 02:30 is taken as 03:30 summer time.
    expect(fromWallTime('2027-03-28T02:30', 'Europe/Paris')?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('takes the earlier of a repeated hour', () => {
    // Paris repeats 02:00–03:00 on 31 October 2027.
    expect(fromWallTime('2027-10-31T02:30', 'Europe/Paris')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(fromWallTime('', 'Europe/Paris')).toBeNull();
    expect(fromWallTime('2027-02-30T10:00', 'Europe/Paris')).toBeNull();
    expect(fromWallTime('tomorrow', 'Europe/Paris')).toBeNull();
  });
});

describe('zones', () => {
  it('knows the offset of a zone at an instant', () => {
    expect(offsetMinutes(utc('2027-01-12T13:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(utc('2027-07-12T13:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(utc('2027-07-12T13:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('falls back to the browser’s zone when the directory gives none or an unknown one', () => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(isKnownZone('Europe/Paris')).toBe(true);
    expect(isKnownZone('Romance Standard Time')).toBe(false);
    expect(zoneOrBrowser(null)).toBe(browser);
    expect(zoneOrBrowser('Nowhere/Atlantis')).toBe(browser);
    expect(zoneOrBrowser('Asia/Tokyo')).toBe('Asia/Tokyo');
  });
});

describe('sameClock', () => {
  it('tells when a partner’s hours differ from the viewer’s at the time of the session', () => {
    const winter = utc('2027-01-12T13:00:00Z');
    expect(sameClock(winter, 'Europe/Paris', 'Europe/Berlin')).toBe(true);
    expect(sameClock(winter, 'Europe/Paris', 'Europe/London')).toBe(false);
    // New York moves to summer time three weeks before Paris: an hour closer in between.
    expect(
      offsetMinutes(utc('2027-03-20T13:00:00Z'), 'Europe/Paris') -
        offsetMinutes(utc('2027-03-20T13:00:00Z'), 'America/New_York'),
    ).toBe(300);
    expect(sameClock(winter, 'Europe/Paris', 'Nowhere/Atlantis')).toBe(false);
  });
});
