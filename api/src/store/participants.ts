import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  ParticipantRecord,
  ParticipantRepository,
  ParticipantWithPerson,
} from '../app/ports/participants';
import type { Daypart, Weekday } from '../domain/application';
import type { Database } from './db';
import { participant, person } from './schema';

type Row = typeof participant.$inferSelect;

function toRecord(row: Row): ParticipantRecord {
  return {
    ...row,
    availability: {
      days: row.availability.days as Weekday[],
      dayparts: row.availability.dayparts as Daypart[],
    },
    languages: row.languages.filter((l): l is 'fr' | 'en' => l === 'fr' || l === 'en'),
  };
}

export function createParticipantRepository(db: Database): ParticipantRepository {
  const manager = alias(person, 'manager');

  const withPerson = () =>
    db
      .select({
        participant,
        displayName: person.displayName,
        jobTitle: person.jobTitle,
        department: person.department,
        officeLocation: person.officeLocation,
        preferredLanguage: person.preferredLanguage,
        managerName: manager.displayName,
      })
      .from(participant)
      .innerJoin(person, and(eq(person.tenantId, participant.tenantId), eq(person.aadId, participant.aadId)))
      .leftJoin(manager, and(eq(manager.tenantId, person.tenantId), eq(manager.aadId, person.managerAadId)));

  type Joined = Awaited<ReturnType<ReturnType<typeof withPerson>['execute']>>[number];
  const toWithPerson = (row: Joined): ParticipantWithPerson => ({
    ...toRecord(row.participant),
    person: {
      displayName: row.displayName,
      jobTitle: row.jobTitle,
      department: row.department,
      officeLocation: row.officeLocation,
      preferredLanguage: row.preferredLanguage,
      managerName: row.managerName,
    },
  });

  return {
    async find(tenantId, programmeId, aadId) {
      const [row] = await db
        .select()
        .from(participant)
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            eq(participant.aadId, aadId),
          ),
        )
        .limit(1);
      return row ? toRecord(row) : undefined;
    },
    async get(tenantId, programmeId, participantId) {
      const [row] = await withPerson()
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            eq(participant.id, participantId),
          ),
        )
        .limit(1);
      return row ? toWithPerson(row) : undefined;
    },
    async upsert(tenantId, programmeId, aadId, application) {
      const values = {
        role: application.role,
        status: application.status,
        skills: application.skills,
        goals: application.goals,
        availability: application.availability,
        languages: application.languages,
        capacity: application.capacity,
        charterAcceptedAt: application.acceptedAt,
        dataUseAcceptedAt: application.acceptedAt,
        source: application.source,
        updatedAt: application.acceptedAt,
      };
      const [row] = await db
        .insert(participant)
        .values({ tenantId, programmeId, aadId, ...values })
        .onConflictDoUpdate({
          target: [participant.tenantId, participant.programmeId, participant.aadId],
          set: values,
        })
        .returning();
      if (!row) throw new Error('participant upsert returned no row');
      return toRecord(row);
    },
    async setStatus(tenantId, participantId, change) {
      const [row] = await db
        .update(participant)
        .set({
          status: change.status,
          updatedAt: change.at,
          ...(change.reviewedBy
            ? {
                reviewedBy: change.reviewedBy,
                reviewedAt: change.at,
                reviewMessage: change.reviewMessage ?? null,
              }
            : {}),
        })
        .where(and(eq(participant.tenantId, tenantId), eq(participant.id, participantId)))
        .returning();
      if (!row) throw new Error(`participant ${participantId} not found`);
      return toRecord(row);
    },
    async list(tenantId, programmeId, filters) {
      const rows = await withPerson()
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            filters.role ? eq(participant.role, filters.role) : undefined,
            filters.status ? eq(participant.status, filters.status) : undefined,
            filters.department ? eq(person.department, filters.department) : undefined,
            filters.language ? sql`${filters.language} = any(${participant.languages})` : undefined,
          ),
        )
        .orderBy(asc(participant.createdAt), asc(participant.id));
      return rows.map(toWithPerson);
    },
    async listForPerson(tenantId, aadId) {
      const rows = await db
        .select()
        .from(participant)
        .where(and(eq(participant.tenantId, tenantId), eq(participant.aadId, aadId)))
        .orderBy(asc(participant.createdAt));
      return rows.map(toRecord);
    },
  };
}
