import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { PairingRecord, PairingRepository } from '../app/ports/pairings';
import type { Daypart, Weekday } from '../domain/application';
import type { Database } from './db';
import { matchingRun, pairing, pairingRule, participant, person } from './schema';

type Row = typeof pairing.$inferSelect;

const toRecord = (row: Row): PairingRecord => ({
  id: row.id,
  programmeId: row.programmeId,
  menteeAadId: row.menteeAadId,
  mentorAadId: row.mentorAadId,
  status: row.status,
  score: row.score,
  criteria: row.criteria,
  locked: row.locked,
  proposedAt: row.proposedAt,
  approvedAt: row.approvedAt,
  endedAt: row.endedAt,
  endReason: row.endReason,
});

export function createPairingRepository(db: Database): PairingRepository {
  return {
    async candidates(tenantId, programmeId) {
      // Mentors in active pairs keep their place with what capacity they have left.
      const activeLoad = sql<number>`(select count(*)::int from ${pairing} where ${pairing.tenantId} = ${tenantId}
        and ${pairing.programmeId} = ${programmeId} and ${pairing.status} = 'active'
        and ${pairing.mentorAadId} = ${participant.aadId})`;
      const rows = await db
        .select({ participant, person, activeLoad })
        .from(participant)
        .innerJoin(
          person,
          and(eq(person.tenantId, participant.tenantId), eq(person.aadId, participant.aadId)),
        )
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            or(
              eq(participant.status, 'approved'),
              and(eq(participant.status, 'paired'), eq(participant.role, 'mentor')),
            ),
          ),
        )
        .orderBy(participant.createdAt, participant.id);
      return rows
        .map(({ participant: p, person: who, activeLoad: load }) => ({
          participantId: p.id,
          aadId: p.aadId,
          role: p.role,
          displayName: who.displayName,
          givenName: who.givenName,
          department: who.department,
          officeLocation: who.officeLocation,
          hireDate: who.hireDate,
          managerChain: who.managerChain,
          timeZone: who.timeZone,
          workingHours: who.workingHours ?? null,
          languages: p.languages,
          skills: p.skills,
          availability: {
            days: p.availability.days as Weekday[],
            dayparts: p.availability.dayparts as Daypart[],
          },
          capacity: p.role === 'mentor' ? p.capacity - load : 1,
        }))
        .filter((c) => c.capacity > 0);
    },
    async list(tenantId, programmeId, statuses) {
      const rows = await db
        .select()
        .from(pairing)
        .where(
          and(
            eq(pairing.tenantId, tenantId),
            eq(pairing.programmeId, programmeId),
            inArray(pairing.status, statuses),
          ),
        )
        .orderBy(desc(pairing.score), pairing.id);
      return rows.map(toRecord);
    },
    async listForPerson(tenantId, aadId) {
      const rows = await db
        .select()
        .from(pairing)
        .where(
          and(
            eq(pairing.tenantId, tenantId),
            or(eq(pairing.menteeAadId, aadId), eq(pairing.mentorAadId, aadId)),
          ),
        )
        .orderBy(desc(pairing.proposedAt));
      return rows.map(toRecord);
    },
    async get(tenantId, pairingId) {
      const [row] = await db
        .select()
        .from(pairing)
        .where(and(eq(pairing.tenantId, tenantId), eq(pairing.id, pairingId)))
        .limit(1);
      return row ? toRecord(row) : undefined;
    },
    async replaceProposals(tenantId, programmeId, proposals, run) {
      await db.transaction(async (tx) => {
        await tx
          .delete(pairing)
          .where(
            and(
              eq(pairing.tenantId, tenantId),
              eq(pairing.programmeId, programmeId),
              eq(pairing.status, 'proposed'),
            ),
          );
        if (proposals.length > 0) {
          await tx
            .insert(pairing)
            .values(proposals.map((p) => ({ ...p, tenantId, programmeId, status: 'proposed' as const })));
        }
        await tx.insert(matchingRun).values({ tenantId, programmeId, ...run });
      });
    },
    async latestRun(tenantId, programmeId) {
      const [row] = await db
        .select()
        .from(matchingRun)
        .where(and(eq(matchingRun.tenantId, tenantId), eq(matchingRun.programmeId, programmeId)))
        .orderBy(desc(matchingRun.ranAt))
        .limit(1);
      return row ? { ranAt: row.ranAt, figures: row.figures, unmatched: row.unmatched } : undefined;
    },
    async rules(tenantId, programmeId) {
      return db
        .select({
          kind: pairingRule.kind,
          menteeAadId: pairingRule.menteeAadId,
          mentorAadId: pairingRule.mentorAadId,
        })
        .from(pairingRule)
        .where(and(eq(pairingRule.tenantId, tenantId), eq(pairingRule.programmeId, programmeId)));
    },
    async addRule(tenantId, programmeId, rule, by) {
      await db.transaction(async (tx) => {
        if (rule.kind === 'lock') {
          // A mentee has one lock at most: the newest wins.
          await tx
            .delete(pairingRule)
            .where(
              and(
                eq(pairingRule.tenantId, tenantId),
                eq(pairingRule.programmeId, programmeId),
                eq(pairingRule.kind, 'lock'),
                eq(pairingRule.menteeAadId, rule.menteeAadId),
              ),
            );
        }
        await tx
          .insert(pairingRule)
          .values({ tenantId, programmeId, ...rule, createdBy: by })
          .onConflictDoNothing();
      });
    },
    async removeRule(tenantId, programmeId, rule) {
      const rows = await db
        .delete(pairingRule)
        .where(
          and(
            eq(pairingRule.tenantId, tenantId),
            eq(pairingRule.programmeId, programmeId),
            eq(pairingRule.kind, rule.kind),
            eq(pairingRule.menteeAadId, rule.menteeAadId),
            eq(pairingRule.mentorAadId, rule.mentorAadId),
          ),
        )
        .returning({ kind: pairingRule.kind });
      return rows.length > 0;
    },
    async approve(tenantId, programmeId, pairingIds, by, at) {
      return db.transaction(async (tx) => {
        const approved = await tx
          .update(pairing)
          .set({ status: 'active', approvedAt: at, approvedBy: by })
          .where(
            and(
              eq(pairing.tenantId, tenantId),
              eq(pairing.programmeId, programmeId),
              eq(pairing.status, 'proposed'),
              pairingIds === 'all'
                ? undefined
                : inArray(pairing.id, pairingIds.length > 0 ? pairingIds : ['']),
            ),
          )
          .returning();
        const people = approved.flatMap((p) => [p.menteeAadId, p.mentorAadId]);
        if (people.length > 0) {
          await tx
            .update(participant)
            .set({ status: 'paired', updatedAt: at })
            .where(
              and(
                eq(participant.tenantId, tenantId),
                eq(participant.programmeId, programmeId),
                inArray(participant.aadId, people),
              ),
            );
        }
        return approved.map(toRecord);
      });
    },
    async end(tenantId, pairingId, reason, by, at) {
      return db.transaction(async (tx) => {
        const [ended] = await tx
          .update(pairing)
          .set({ status: 'ended', endedAt: at, endedBy: by, endReason: reason })
          .where(and(eq(pairing.tenantId, tenantId), eq(pairing.id, pairingId), eq(pairing.status, 'active')))
          .returning();
        if (!ended) throw new Error(`pairing ${pairingId} is not active`);
        // The mentee is free again; the mentor too unless still paired with someone else.
        await tx
          .update(participant)
          .set({ status: 'approved', updatedAt: at })
          .where(
            and(
              eq(participant.tenantId, tenantId),
              eq(participant.programmeId, ended.programmeId),
              or(
                eq(participant.aadId, ended.menteeAadId),
                and(
                  eq(participant.aadId, ended.mentorAadId),
                  sql`not exists (select 1 from ${pairing} where ${pairing.tenantId} = ${tenantId}
                    and ${pairing.programmeId} = ${ended.programmeId} and ${pairing.status} = 'active'
                    and ${pairing.mentorAadId} = ${ended.mentorAadId})`,
                ),
              ),
            ),
          );
        return toRecord(ended);
      });
    },
  };
}
