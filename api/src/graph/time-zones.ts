import { IANAZone } from 'luxon';
import { findIana } from 'windows-iana';
import type { DirectoryMailboxSettings, DirectoryWorkingHours } from '../app/ports/directory';

/**
 * mailboxSettings carry Windows time-zone names by default ("Romance Standard Time"), IANA names
 * when the tenant is set up so; the CLDR windowsZones table (through `windows-iana`) maps them.
 */
export function ianaTimeZone(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed.length === 0) return null;
  if (/^(utc|etc\/utc|gmt|z)$/i.test(trimmed)) return 'UTC';
  const mapped = findIana(trimmed)[0];
  if (mapped) return mapped;
  return IANAZone.isValidZone(trimmed) ? trimmed : null;
}

interface GraphWorkingHours {
  daysOfWeek?: string[] | null;
  startTime?: string | null;
  endTime?: string | null;
  timeZone?: { name?: string | null } | null;
}

export interface GraphMailboxSettings {
  timeZone?: string | null;
  workingHours?: GraphWorkingHours | null;
}

/** "08:30:00.0000000" (Edm.TimeOfDay) → "08:30". */
const hhmm = (time: string | null | undefined) =>
  time && /^\d{2}:\d{2}/.test(time) ? time.slice(0, 5) : null;

export function toMailboxSettings(settings: GraphMailboxSettings): DirectoryMailboxSettings {
  const timeZone = ianaTimeZone(settings.timeZone);
  const hours = settings.workingHours;
  const start = hhmm(hours?.startTime);
  const end = hhmm(hours?.endTime);
  // A custom working-hours zone ("Customized Time Zone") has no IANA name: fall back to the mailbox's.
  const zone = ianaTimeZone(hours?.timeZone?.name) ?? timeZone;
  const workingHours: DirectoryWorkingHours | null =
    hours && start && end && zone
      ? { daysOfWeek: [...(hours.daysOfWeek ?? [])], startTime: start, endTime: end, timeZone: zone }
      : null;
  return { timeZone, workingHours };
}
