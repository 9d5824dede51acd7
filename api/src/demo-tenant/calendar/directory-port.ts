/**
 * What the calendars need from the demo directory: who a mailbox is, where they work and when.
 * The core passes an implementation (the directory's repository, or a fake in tests).
 */
export interface CalendarPerson {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail: string | null;
  department: string | null;
  /** ISO 3166 country code of the person's office (usageLocation), for public holidays. */
  country: string | null;
  /** mailboxSettings.timeZone — Windows or IANA name. */
  timeZone: string;
  workingHours: {
    daysOfWeek: string[];
    /** `HH:mm:ss.0000000`, as Graph writes Edm.TimeOfDay. */
    startTime: string;
    endTime: string;
    timeZone: { name: string };
  };
}

export interface CalendarDirectory {
  /** By object id, user principal name or mail (case-insensitive), as Graph resolves `/users/{id}`. */
  findPerson(idOrUpn: string): Promise<CalendarPerson | undefined>;
}
