import { and, arrayContains, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { ProgrammeRecord, ProgrammeRepository } from '../app/ports/programmes';
import type { Database } from './db';
import { pairing, participant, programme, session } from './schema';

type Row = typeof programme.$inferSelect;

function toRecord(row: Row): ProgrammeRecord {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    description: row.description,
    status: row.status,
    cadence: row.cadence,
    sessionMinutes: row.sessionMinutes,
    sessionCount: row.sessionCount,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    mentorCapacity: row.mentorCapacity,
    objectives: row.objectives,
    eligibility: row.eligibility,
    skills: row.skills,
    charter: row.charter,
    sponsorAadIds: row.sponsorAadIds,
    adminAadIds: row.adminAadIds,
    timeZone: row.timeZone,
    sessionThemes: row.sessionThemes,
    organizer: row.organizer,
    organizerAadId: row.organizerAadId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function createProgrammeRepository(db: Database): ProgrammeRepository {
  const byId = (tenantId: string, programmeId: string) =>
    and(eq(programme.tenantId, tenantId), eq(programme.id, programmeId));

  return {
    async listForPerson(tenantId, aadId, { all }) {
      const visible = all
        ? undefined
        : or(
            eq(programme.status, 'recruiting'),
            arrayContains(programme.adminAadIds, [aadId]),
            arrayContains(programme.sponsorAadIds, [aadId]),
            sql`exists (select 1 from ${participant} where ${participant.programmeId} = ${programme.id}
              and ${participant.tenantId} = ${tenantId} and ${participant.aadId} = ${aadId})`,
          );
      const rows = await db
        .select()
        .from(programme)
        .where(and(eq(programme.tenantId, tenantId), visible))
        .orderBy(asc(programme.name));
      return rows.map(toRecord);
    },
    async get(tenantId, programmeId) {
      const [row] = await db.select().from(programme).where(byId(tenantId, programmeId)).limit(1);
      return row ? toRecord(row) : undefined;
    },
    async create(tenantId, settings, createdBy) {
      const [row] = await db
        .insert(programme)
        .values({ ...settings, tenantId, createdBy })
        .returning();
      if (!row) throw new Error('programme insert returned no row');
      return toRecord(row);
    },
    async update(tenantId, programmeId, settings) {
      const [row] = await db
        .update(programme)
        .set({ ...settings, updatedAt: new Date() })
        .where(byId(tenantId, programmeId))
        .returning();
      if (!row) throw new Error(`programme ${programmeId} vanished during update`);
      return toRecord(row);
    },
    async setStatus(tenantId, programmeId, from, to) {
      const rows = await db
        .update(programme)
        .set({ status: to, updatedAt: new Date() })
        .where(and(byId(tenantId, programmeId), eq(programme.status, from)))
        .returning({ id: programme.id });
      return rows.length === 1;
    },
    async counts(tenantId, programmeId, now) {
      const [row] = await db
        .select({
          approvedMentors: sql<number>`count(*) filter (where ${participant.role} = 'mentor')::int`,
          approvedMentees: sql<number>`count(*) filter (where ${participant.role} = 'mentee')::int`,
        })
        .from(participant)
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            or(eq(participant.status, 'approved'), eq(participant.status, 'paired')),
          ),
        );
      const [pairs] = await db
        .select({ active: sql<number>`count(*)::int` })
        .from(pairing)
        .where(
          and(
            eq(pairing.tenantId, tenantId),
            eq(pairing.programmeId, programmeId),
            eq(pairing.status, 'active'),
          ),
        );
      const [ahead] = await db
        .select({ booked: sql<number>`count(*)::int` })
        .from(session)
        .where(
          and(
            eq(session.tenantId, tenantId),
            eq(session.programmeId, programmeId),
            eq(session.status, 'booked'),
            gt(session.startsAt, now),
          ),
        );
      return {
        approvedMentors: row?.approvedMentors ?? 0,
        approvedMentees: row?.approvedMentees ?? 0,
        activePairs: pairs?.active ?? 0,
        bookedSessionsAhead: ahead?.booked ?? 0,
      };
    },
  };
}
