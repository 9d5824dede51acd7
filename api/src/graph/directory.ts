import type { Client } from '@microsoft/microsoft-graph-client';
import type { Directory, DirectoryUser } from '../app/ports/directory';

/** The user properties Binôme reads ($select keeps responses small, as Graph recommends). */
export const USER_SELECT = [
  'id',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'department',
  'jobTitle',
  'officeLocation',
  'employeeType',
  'employeeHireDate',
  'preferredLanguage',
  'accountEnabled',
];

interface GraphUser {
  id: string;
  userPrincipalName: string;
  displayName?: string | null;
  givenName?: string | null;
  surname?: string | null;
  mail?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  officeLocation?: string | null;
  employeeType?: string | null;
  employeeHireDate?: string | null;
  preferredLanguage?: string | null;
  accountEnabled?: boolean | null;
}

export function toDirectoryUser(user: GraphUser): DirectoryUser {
  return {
    aadId: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName ?? user.userPrincipalName,
    givenName: user.givenName ?? null,
    surname: user.surname ?? null,
    mail: user.mail ?? null,
    department: user.department ?? null,
    jobTitle: user.jobTitle ?? null,
    officeLocation: user.officeLocation ?? null,
    employeeType: user.employeeType ?? null,
    hireDate: user.employeeHireDate ? user.employeeHireDate.slice(0, 10) : null,
    preferredLanguage: user.preferredLanguage ?? null,
    accountEnabled: user.accountEnabled ?? true,
  };
}

export function createGraphDirectory(client: Client): Directory {
  return {
    async getUser(aadId) {
      try {
        const user = (await client
          .api(`/users/${encodeURIComponent(aadId)}`)
          .select(USER_SELECT)
          .get()) as GraphUser;
        return toDirectoryUser(user);
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 404) return undefined;
        throw error;
      }
    },
    async searchUsers(query, top) {
      // OData string literals double their single quotes.
      const literal = query.trim().replaceAll("'", "''");
      if (literal.length === 0) return [];
      const filter = ['displayName', 'givenName', 'surname', 'mail']
        .map((property) => `startsWith(${property},'${literal}')`)
        .join(' or ');
      const page = (await client
        .api('/users')
        .select(USER_SELECT)
        .filter(filter)
        .top(Math.min(Math.max(top, 1), 50))
        .get()) as { value: GraphUser[] };
      return page.value.map(toDirectoryUser);
    },
  };
}
