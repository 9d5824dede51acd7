import type { DirectoryUser } from './directory';

export interface Person extends DirectoryUser {
  id: string;
  tenantId: string;
  managerAadId: string | null;
  timeZone: string | null;
  syncedAt: Date;
}

export interface PersonRepository {
  findByAadId(tenantId: string, aadId: string): Promise<Person | undefined>;
  findMany(tenantId: string, aadIds: readonly string[]): Promise<Person[]>;
  /** Inserts or refreshes the directory mirror of one person. */
  upsertFromDirectory(tenantId: string, user: DirectoryUser, syncedAt: Date): Promise<Person>;
}
