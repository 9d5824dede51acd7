import { type PairingCandidate, WORK_DAYS, type WorkDay, type WorkingHours } from '../domain/pairing/score';
import type { MatchingCandidateRow } from './ports/pairings';

/** Outlook's default working hours, used when a mailbox has none set (as Outlook itself does). */
const DEFAULT_HOURS = {
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as WorkDay[],
  start: '08:00',
  end: '17:00',
};

const hhmm = (time: string) => time.slice(0, 5);

/** Mailbox working hours as scheduling reads them; Outlook's defaults when the mailbox has none. */
export function workingHoursOf(
  hours: MatchingCandidateRow['workingHours'],
  fallbackZone: string | null,
): WorkingHours {
  if (!hours) return { ...DEFAULT_HOURS, timeZone: fallbackZone ?? 'UTC' };
  const days = hours.daysOfWeek
    .map((d) => d.toLowerCase())
    .filter((d): d is WorkDay => (WORK_DAYS as readonly string[]).includes(d));
  return {
    days: days.length > 0 ? days : DEFAULT_HOURS.days,
    start: hhmm(hours.startTime),
    end: hhmm(hours.endTime),
    timeZone: hours.timeZone,
  };
}

/** The directory facts and application of one volunteer, as the pairing score reads them. */
export function toPairingCandidate(row: MatchingCandidateRow): PairingCandidate {
  return {
    id: row.aadId,
    name: row.givenName ?? row.displayName.split(' ')[0] ?? row.displayName,
    department: row.department,
    office: row.officeLocation,
    // Offices read "City – Building": the city is the site.
    site: row.officeLocation?.split(' – ')[0]?.trim() ?? null,
    hireDate: row.hireDate,
    // Depth in the organisation: the chief executive has no manager.
    level: row.managerChain.length,
    managerChain: row.managerChain,
    languages: row.languages,
    skills: row.skills,
    availability: row.availability,
    workingHours: workingHoursOf(row.workingHours, row.timeZone),
    capacity: row.capacity,
  };
}
