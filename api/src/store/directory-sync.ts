import { and, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { ChangedUser, DirectoryUser, ListedUser } from '../app/ports/directory';
import type { DirectorySyncState, DirectorySyncStore } from '../app/ports/directory-sync';
import type { Database } from './db';
import { directorySync, person } from './schema';

/** Rows per INSERT: 14 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

/** DirectoryUser field → person column, for the properties the directory owns. */
const COLUMNS = {
  userPrincipalName: person.userPrincipalName,
  displayName: person.displayName,
  givenName: person.givenName,
  surname: person.surname,
  mail: person.mail,
  department: person.department,
  jobTitle: person.jobTitle,
  officeLocation: person.officeLocation,
  employeeType: person.employeeType,
  hireDate: person.hireDate,
  preferredLanguage: person.preferredLanguage,
  accountEnabled: person.accountEnabled,
} as const;
type Field = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Field[];

const rowsOf = (result: unknown) => (result as { rows: unknown[] }).rows;

export function createDirectorySyncStore(db: Database): DirectorySyncStore {
  /** Several rows in one statement; json keeps the parameter count at one whatever the size. */
  const updateFromJson = async (json: unknown[], statement: (payload: SQL) => SQL) => {
    let changed = 0;
    for (let i = 0; i < json.length; i += CHUNK) {
      const payload = sql`${JSON.stringify(json.slice(i, i + CHUNK))}::jsonb`;
      changed += rowsOf(await db.execute(statement(payload))).length;
    }
    return changed;
  };

  return {
    async getState(tenantId) {
      const [row] = await db.select().from(directorySync).where(eq(directorySync.tenantId, tenantId));
      if (!row) return undefined;
      const { updatedAt: _updatedAt, ...state } = row;
      return state satisfies DirectorySyncState;
    },

    async recordStart(tenantId, kind, at) {
      await db
        .insert(directorySync)
        .values({ tenantId, lastRunKind: kind, lastRunStartedAt: at, lastRunFinishedAt: null })
        .onConflictDoUpdate({
          target: directorySync.tenantId,
          set: { lastRunKind: kind, lastRunStartedAt: at, lastRunFinishedAt: null, updatedAt: at },
        });
    },

    async recordSuccess(tenantId, run) {
      const values = {
        deltaLink: run.deltaLink,
        counts: run.counts,
        lastRunKind: run.kind,
        lastRunFinishedAt: run.at,
        lastError: null,
        lastErrorAt: null,
        ...(run.kind === 'full' ? { lastFullSyncAt: run.at } : { lastDeltaAt: run.at }),
      };
      await db
        .insert(directorySync)
        .values({ tenantId, ...values })
        .onConflictDoUpdate({ target: directorySync.tenantId, set: { ...values, updatedAt: run.at } });
    },

    async recordFailure(tenantId, message, at) {
      const values = { lastError: message.slice(0, 2000), lastErrorAt: at, lastRunFinishedAt: at };
      await db
        .insert(directorySync)
        .values({ tenantId, ...values })
        .onConflictDoUpdate({ target: directorySync.tenantId, set: { ...values, updatedAt: at } });
    },

    async upsertPeople(tenantId, users, at) {
      // A delta round may carry only some properties: rows are grouped by the fields they have,
      // and an update never blanks a field the round did not send.
      const groups = new Map<string, (ListedUser | ChangedUser)[]>();
      for (const user of users) {
        const key = FIELDS.filter((f) => f in user).join(',');
        groups.set(key, [...(groups.get(key) ?? []), user]);
      }
      let written = 0;
      for (const [key, group] of groups) {
        const fields = (key ? key.split(',') : []) as Field[];
        const set: Record<string, SQL | Date | null> = { syncedAt: at, removedAt: null };
        for (const field of fields) set[field] = sql.raw(`excluded.${COLUMNS[field].name}`);
        for (let i = 0; i < group.length; i += CHUNK) {
          const rows = group.slice(i, i + CHUNK).map((user) => insertRow(tenantId, user, at));
          const result = await db
            .insert(person)
            .values(rows)
            .onConflictDoUpdate({ target: [person.tenantId, person.aadId], set })
            .returning({ id: person.id });
          written += result.length;
        }
      }
      return written;
    },

    async setManagers(tenantId, managers) {
      const json = [...managers].map(([id, manager]) => ({ id, manager }));
      return updateFromJson(
        json,
        (payload) => sql`UPDATE person p SET manager_aad_id = v.manager
          FROM jsonb_to_recordset(${payload}) AS v(id text, manager text)
          WHERE p.tenant_id = ${tenantId} AND p.aad_id = v.id
            AND p.manager_aad_id IS DISTINCT FROM v.manager
          RETURNING 1`,
      );
    },

    async setMailboxSettings(tenantId, settings) {
      const json = [...settings].map(([id, s]) => ({ id, tz: s.timeZone, wh: s.workingHours }));
      return updateFromJson(
        json,
        (payload) => sql`UPDATE person p SET time_zone = v.tz, working_hours = v.wh
          FROM jsonb_to_recordset(${payload}) AS v(id text, tz text, wh jsonb)
          WHERE p.tenant_id = ${tenantId} AND p.aad_id = v.id
          RETURNING 1`,
      );
    },

    async markRemoved(tenantId, aadIds, at) {
      if (aadIds.length === 0) return 0;
      const rows = await db
        .update(person)
        .set({ removedAt: at })
        .where(
          and(eq(person.tenantId, tenantId), inArray(person.aadId, [...aadIds]), isNull(person.removedAt)),
        )
        .returning({ id: person.id });
      return rows.length;
    },

    async markUnlistedRemoved(tenantId, listedSince, at) {
      const rows = await db
        .update(person)
        .set({ removedAt: at })
        .where(
          and(
            eq(person.tenantId, tenantId),
            sql`${person.syncedAt} < ${listedSince.toISOString()}::timestamptz`,
            isNull(person.removedAt),
          ),
        )
        .returning({ id: person.id });
      return rows.length;
    },

    async mailboxIds(tenantId, among) {
      if (among && among.length === 0) return [];
      const rows = await db
        .select({ aadId: person.aadId })
        .from(person)
        .where(
          and(
            eq(person.tenantId, tenantId),
            isNull(person.removedAt),
            isNotNull(person.mail),
            among ? inArray(person.aadId, [...among]) : undefined,
          ),
        );
      return rows.map((row) => row.aadId);
    },

    async recomputeManagerChains(tenantId) {
      // Walks up from everyone at once; a cycle (bad directory data) stops where it would repeat.
      const result = await db.execute(sql`
        WITH RECURSIVE walk(aad_id, next_id, chain, depth) AS (
          SELECT aad_id, manager_aad_id, ARRAY[]::text[], 0
            FROM person WHERE tenant_id = ${tenantId} AND removed_at IS NULL
          UNION ALL
          SELECT w.aad_id, m.manager_aad_id, w.chain || m.aad_id, w.depth + 1
            FROM walk w
            JOIN person m ON m.tenant_id = ${tenantId} AND m.aad_id = w.next_id AND m.removed_at IS NULL
           WHERE m.aad_id <> w.aad_id AND NOT (m.aad_id = ANY (w.chain)) AND w.depth < 64
        ),
        longest AS (SELECT DISTINCT ON (aad_id) aad_id, chain FROM walk ORDER BY aad_id, depth DESC)
        UPDATE person p SET manager_chain = l.chain
          FROM longest l
         WHERE p.tenant_id = ${tenantId} AND p.aad_id = l.aad_id AND p.manager_chain IS DISTINCT FROM l.chain
        RETURNING 1`);
      return rowsOf(result).length;
    },
  };
}

function insertRow(tenantId: string, user: ListedUser | ChangedUser, at: Date) {
  const known: Partial<DirectoryUser> = {};
  for (const field of FIELDS) if (field in user) Object.assign(known, { [field]: user[field] });
  const userPrincipalName = known.userPrincipalName ?? user.aadId;
  return {
    ...known,
    tenantId,
    aadId: user.aadId,
    userPrincipalName,
    displayName: known.displayName ?? userPrincipalName,
    syncedAt: at,
    removedAt: null,
  };
}
