import { DateTime, IANAZone } from 'luxon';
import { findIana, findWindows } from 'windows-iana';
import { GraphError } from '../graph-error';

/**
 * Graph accepts and returns both Windows time-zone names ("Romance Standard Time", what Outlook
 * stores in mailboxSettings) and IANA names ("Europe/Paris"). The CLDR windowsZones table
 * (through `windows-iana`) maps one to the other; Luxon does the arithmetic in IANA.
 */
export function toIana(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return undefined;
  if (/^(utc|etc\/utc|gmt|z)$/i.test(trimmed)) return 'UTC';
  const windows = findIana(trimmed);
  if (windows.length > 0) return windows[0];
  return IANAZone.isValidZone(trimmed) ? trimmed : undefined;
}

/** The Windows name for an IANA zone (what mailboxSettings would show), or undefined. */
export function toWindows(iana: string): string | undefined {
  if (findIana(iana).length > 0) return iana;
  if (iana === 'UTC') return 'UTC';
  return findWindows(iana)[0];
}

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone?: string | null;
}

/** A dateTimeTimeZone read as an instant; a local time without zone is UTC, as in Graph. */
export function parseDateTimeTimeZone(value: DateTimeTimeZone): DateTime {
  const zoneName = value.timeZone ?? 'UTC';
  const zone = toIana(zoneName);
  if (!zone) {
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zoneName}'.`,
    );
  }
  // Graph's own format carries 7 fractional digits, which ISO parsers reject: trim to milliseconds.
  const text = value.dateTime.trim().replace(/(\.\d{3})\d+/, '$1');
  const parsed = DateTime.fromISO(text, { zone, setZone: false });
  if (!parsed.isValid) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `Cannot convert the literal '${value.dateTime}' to a DateTime.`,
    );
  }
  return parsed.toUTC();
}

/** An instant written the way Graph writes it: local wall time with 7 fractional digits, and the zone name. */
export function formatDateTimeTimeZone(
  instant: Date | DateTime,
  zoneName: string,
): Required<DateTimeTimeZone> {
  const zone = toIana(zoneName) ?? 'UTC';
  const at = (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).setZone(zone);
  return { dateTime: `${at.toFormat("yyyy-MM-dd'T'HH:mm:ss")}.0000000`, timeZone: zoneName };
}

/**
 * The zone of returned times: `Prefer: outlook.timezone="…"` (one of several comma-separated
 * preferences), UTC when absent or unknown — the real service also falls back to UTC.
 */
export function preferredTimeZone(prefer: string | string[] | undefined): string {
  const header = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const match = /outlook\.timezone\s*=\s*"?([^",]+)"?/i.exec(header);
  const name = match?.[1]?.trim();
  return name && toIana(name) ? name : 'UTC';
}
