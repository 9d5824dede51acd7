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
