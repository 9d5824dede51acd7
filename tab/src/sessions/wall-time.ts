/**
 * Wall-clock times in a named zone, with Intl only: sessions are stored in UTC and shown (or
 * picked in a `datetime-local` field) in a person's own zone, whatever the browser's zone is.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(instant: Date, zone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsFormat(zone).formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (Paris in winter: 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const p = wallParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Whether two zones show the same wall clock at that instant (Paris and Berlin do; Paris and
 * London do not). An unknown zone is taken as different, so its hours are shown rather than hidden.
 */
export function sameClock(instant: Date, zone: string, other: string): boolean {
  if (zone === other) return true;
  try {
    return offsetMinutes(instant, zone) === offsetMinutes(instant, other);
  } catch {
    return false;
  }
}

/** Whether `zone` names a zone this browser knows (`Europe/Paris`, `UTC`). */
export function isKnownZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The person's own zone when the directory knows it, else the browser's. */
export function zoneOrBrowser(zone: string | null | undefined): string {
  return isKnownZone(zone) ? zone : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2027-01-12T14:00` in `zone`: the value a `datetime-local` field shows for that instant. */
export function toWallTime(instant: Date, zone: string): string {
  const p = wallParts(instant, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** `2027-01-12` in `zone`: the local day of that instant. */
export function toWallDate(instant: Date, zone: string): string {
  return toWallTime(instant, zone).slice(0, 10);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time in `zone` stands for, or null when the text is no date-time.
 * In the hour skipped when clocks go forward, the time is read with the offset from before the
 * change (02:30 in Paris on the last Sunday of March is 03:30 summer time); in the hour repeated
 * when they go back, the earlier of the two is taken.
 */
export function fromWallTime(text: string, zone: string): Date | null {
  const match = WALL_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  // Try the offsets in force a day either side: one of them (or both, when no change is near) fits.
  const candidates = [
    offsetMinutes(new Date(asUtc - 86_400_000), zone),
    offsetMinutes(new Date(asUtc + 86_400_000), zone),
  ].map((offset) => new Date(asUtc - offset * 60_000));
  const fitting = candidates
    .filter((instant) => toWallTime(instant, zone) === text.trim().slice(0, 16))
    .sort((a, b) => a.getTime() - b.getTime());
  return fitting[0] ?? candidates[0] ?? null;
}
