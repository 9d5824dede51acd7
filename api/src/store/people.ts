import { and, eq, inArray } from 'drizzle-orm';
import type { DirectoryUser } from '../app/ports/directory';
import type { Person, PersonRepository } from '../app/ports/people';
import type { Database } from './db';
import { person } from './schema';

type Row = typeof person.$inferSelect;

function toPerson(row: Row): Person {
  return {
    id: row.id,
    tenantId: row.tenantId,
    aadId: row.aadId,
    userPrincipalName: row.userPrincipalName,
    displayName: row.displayName,
    givenName: row.givenName,
    surname: row.surname,
    mail: row.mail,
    department: row.department,
    jobTitle: row.jobTitle,
    officeLocation: row.officeLocation,
    employeeType: row.employeeType,
    hireDate: row.hireDate,
    preferredLanguage: row.preferredLanguage,
    accountEnabled: row.accountEnabled,
    managerAadId: row.managerAadId,
    timeZone: row.timeZone,
    syncedAt: row.syncedAt,
  };
}

export function createPersonRepository(db: Database): PersonRepository {
  return {
    async findByAadId(tenantId, aadId) {
      const [row] = await db
        .select()
        .from(person)
        .where(and(eq(person.tenantId, tenantId), eq(person.aadId, aadId)))
        .limit(1);
      return row ? toPerson(row) : undefined;
    },
    async findMany(tenantId, aadIds) {
      if (aadIds.length === 0) return [];
      const rows = await db
        .select()
        .from(person)
        .where(and(eq(person.tenantId, tenantId), inArray(person.aadId, [...aadIds])));
      return rows.map(toPerson);
    },
    async upsertFromDirectory(tenantId, user: DirectoryUser, syncedAt) {
      const values = {
        userPrincipalName: user.userPrincipalName,
        displayName: user.displayName,
        givenName: user.givenName,
        surname: user.surname,
        mail: user.mail,
        department: user.department,
        jobTitle: user.jobTitle,
        officeLocation: user.officeLocation,
        employeeType: user.employeeType,
        hireDate: user.hireDate,
        preferredLanguage: user.preferredLanguage,
        accountEnabled: user.accountEnabled,
        syncedAt,
      };
      const [row] = await db
        .insert(person)
        .values({ tenantId, aadId: user.aadId, ...values })
        .onConflictDoUpdate({ target: [person.tenantId, person.aadId], set: values })
        .returning();
      if (!row) throw new Error(`upsert of person ${user.aadId} returned no row`);
      return toPerson(row);
    },
  };
}
