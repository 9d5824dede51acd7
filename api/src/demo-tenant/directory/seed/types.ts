import type { NameOrigin } from './names';
import type { Level, Locale } from './org';

/** Persona slots in the order `personas()` lists them: the French pair first, then an English one. */
export const PERSONA_SLOTS = ['admin', 'sponsor', 'mentor', 'mentee', 'mentor-en', 'mentee-en'] as const;
export type PersonaSlot = (typeof PERSONA_SLOTS)[number];

export interface WorkingHours {
  daysOfWeek: string[];
  /** Graph's Edm.TimeOfDay rendering, e.g. `08:30:00.0000000`. */
  startTime: string;
  endTime: string;
  timeZone: { name: string };
}

/** The part of Graph's `mailboxSettings` the demo tenant stores; the rest is derived when served. */
export interface StoredMailboxSettings {
  timeZone: string;
  language: { locale: Locale; displayName: string };
  dateFormat: string;
  timeFormat: string;
  workingHours: WorkingHours;
}

/** One person of the seeded directory, before it is written to the database. */
export interface SeedUser {
  seq: number;
  id: string;
  userPrincipalName: string;
  mail: string;
  mailNickname: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  companyName: string;
  officeLocation: string;
  city: string;
  country: string;
  usageLocation: string;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: Locale;
  employeeType: string;
  employeeId: string;
  employeeHireDate: Date;
  createdDateTime: Date;
  accountEnabled: boolean;
  managerId: string | null;
  level: Level;
  origin: NameOrigin;
  mailboxSettings: StoredMailboxSettings;
  appRoles: string[];
  /** Set on the few people the demo signs in as (`mentor`, `mentor-en`, …). */
  persona: PersonaSlot | null;
}
