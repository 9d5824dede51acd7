/** A person as the directory (Microsoft Graph or the demo tenant) describes them. */
export interface DirectoryUser {
  aadId: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  department: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  employeeType: string | null;
  hireDate: string | null;
  preferredLanguage: string | null;
  accountEnabled: boolean;
}

export interface Directory {
  getUser(aadId: string): Promise<DirectoryUser | undefined>;
  /** People whose name, surname or e-mail starts with `query` (the admin's people picker). */
  searchUsers(query: string, top: number): Promise<DirectoryUser[]>;
}

/** Working hours as the sync stores them: days, "HH:MM" local times and the IANA zone they are in. */
export interface DirectoryWorkingHours {
  daysOfWeek: string[];
  startTime: string;
  endTime: string;
  timeZone: string;
}

/** A user of the full listing, with their direct manager (null at the top or when none is set). */
export interface ListedUser extends DirectoryUser {
  managerAadId: string | null;
}

/** A changed user from a delta round: the id and the properties the round carried. */
export type ChangedUser = Pick<DirectoryUser, 'aadId'> & Partial<DirectoryUser>;

export interface DirectoryMailboxSettings {
  /** IANA name (Windows names from Outlook are mapped); null when unknown or unmappable. */
  timeZone: string | null;
  workingHours: DirectoryWorkingHours | null;
}

/** Raised when a delta link is no longer accepted; the caller starts over with a full sync. */
export class DeltaLinkExpiredError extends Error {
  readonly code = 'delta_link_expired';
  constructor(message: string) {
    super(message);
    this.name = 'DeltaLinkExpiredError';
  }
}

/** What the directory sync reads: the whole directory once, then its changes. */
export interface DirectorySyncSource {
  /** A delta link that starts tracking from now, to take before a full listing. */
  latestDeltaLink(): Promise<string>;
  /** Every user, page by page, with their direct manager. */
  listUsers(onPage: (users: ListedUser[]) => Promise<void>): Promise<void>;
  /** Users changed and removed since `deltaLink`, page by page; returns the next delta link. */
  changesSince(
    deltaLink: string,
    onPage: (page: { changed: ChangedUser[]; removedIds: string[] }) => Promise<void>,
  ): Promise<string>;
  /** Direct managers of these users (null when none); users that no longer exist are left out. */
  getManagers(aadIds: readonly string[]): Promise<Map<string, string | null>>;
  /** Time zone and working hours; users without a mailbox are left out. */
  getMailboxSettings(
    aadIds: readonly string[],
    onChunk?: (settings: Map<string, DirectoryMailboxSettings>) => Promise<void>,
  ): Promise<Map<string, DirectoryMailboxSettings>>;
}
