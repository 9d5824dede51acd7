import { and, asc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  BookingRun,
  SessionPerson,
  SessionRecord,
  SessionRepository,
  SessionWithPair,
} from '../app/ports/sessions';
import type { Database } from './db';
import { bookingRun, pairing, participant, person, programme, session } from './schema';

type SessionRow = typeof session.$inferSelect;
type PersonRow = typeof person.$inferSelect;
type RunRow = typeof bookingRun.$inferSelect;

const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  tenantId: row.tenantId,
  programmeId: row.programmeId,
  pairingId: row.pairingId,
  number: row.number,
  status: row.status,
  targetDate: row.targetDate,
  windowFrom: row.windowFrom,
  windowTo: row.windowTo,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  durationMinutes: row.durationMinutes,
  theme: row.theme,
  organizerAadId: row.organizerAadId,
  transactionId: row.transactionId,
  eventId: row.eventId,
  iCalUId: row.iCalUId,
  joinUrl: row.joinUrl,
  problem: row.problem ?? null,
  attempts: row.attempts,
  responses: row.responses,
  responsesCheckedAt: row.responsesCheckedAt,
  reproposals: row.reproposals,
  bookedAt: row.bookedAt,
  cancelledAt: row.cancelledAt,
  cancelledBy: row.cancelledBy,
  cancelReason: row.cancelReason,
});

const toRun = (row: RunRow): BookingRun => ({
  id: row.id,
  tenantId: row.tenantId,
  programmeId: row.programmeId,
  state: row.state,
  startedBy: row.startedBy,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  leaseUntil: row.leaseUntil,
  figures: row.figures,
  lastError: row.lastError,
});

const menteePerson = alias(person, 'mentee_person');
const mentorPerson = alias(person, 'mentor_person');
const menteeApplication = alias(participant, 'mentee_application');
const mentorApplication = alias(participant, 'mentor_application');

function toPerson(
  aadId: string,
  who: PersonRow | null,
  application: { availability: { days: string[]; dayparts: string[] } } | null,
): SessionPerson {
  return {
    aadId,
    displayName: who?.displayName ?? aadId,
    email: who?.mail ?? who?.userPrincipalName ?? aadId,
    preferredLanguage: who?.preferredLanguage ?? null,
    timeZone: who?.timeZone ?? null,
    workingHours: who?.workingHours ?? null,
    availability: application?.availability ?? { days: [], dayparts: [] },
  };
}

export function createSessionRepository(db: Database): SessionRepository {
  const seriesLength = sql<number>`(select max(s2.number)::int from ${session} s2
    where s2.tenant_id = ${session.tenantId} and s2.pairing_id = ${session.pairingId})`;

  /** Sessions with their programme, pair and both people (directory mirror and application). */
  async function select(where: SQL | undefined, order: SQL[], limit?: number, offset?: number) {
    const query = db
      .select({
        session,
        programmeName: programme.name,
        pairingStatus: pairing.status,
        menteeAadId: pairing.menteeAadId,
        mentorAadId: pairing.mentorAadId,
        mentee: menteePerson,
        mentor: mentorPerson,
        menteeApplication: { availability: menteeApplication.availability },
        mentorApplication: { availability: mentorApplication.availability },
        seriesLength,
      })
      .from(session)
      .innerJoin(programme, eq(programme.id, session.programmeId))
      .innerJoin(pairing, eq(pairing.id, session.pairingId))
      .leftJoin(
        menteePerson,
        and(eq(menteePerson.tenantId, session.tenantId), eq(menteePerson.aadId, pairing.menteeAadId)),
      )
      .leftJoin(
        mentorPerson,
        and(eq(mentorPerson.tenantId, session.tenantId), eq(mentorPerson.aadId, pairing.mentorAadId)),
      )
      .leftJoin(
        menteeApplication,
        and(
          eq(menteeApplication.tenantId, session.tenantId),
          eq(menteeApplication.programmeId, session.programmeId),
          eq(menteeApplication.aadId, pairing.menteeAadId),
        ),
      )
      .leftJoin(
        mentorApplication,
        and(
          eq(mentorApplication.tenantId, session.tenantId),
          eq(mentorApplication.programmeId, session.programmeId),
          eq(mentorApplication.aadId, pairing.mentorAadId),
        ),
      )
      .where(where)
      .orderBy(...order);
    const rows = await (limit !== undefined ? query.limit(limit).offset(offset ?? 0) : query);
    return rows.map(
      (r): SessionWithPair => ({
        ...toRecord(r.session),
        programmeName: r.programmeName,
        seriesLength: r.seriesLength,
        pairingStatus: r.pairingStatus,
        mentee: toPerson(r.menteeAadId, r.mentee, r.menteeApplication),
        mentor: toPerson(r.mentorAadId, r.mentor, r.mentorApplication),
      }),
    );
  }

  const bySeries = [asc(session.pairingId), asc(session.number)];
  const runKey = (tenantId: string, programmeId: string) =>
    and(eq(bookingRun.tenantId, tenantId), eq(bookingRun.programmeId, programmeId));

  return {
    async pairsToPlan(tenantId, programmeId) {
      return db
        .select({
          pairingId: pairing.id,
          menteeAadId: pairing.menteeAadId,
          mentorAadId: pairing.mentorAadId,
        })
        .from(pairing)
        .where(
          and(
            eq(pairing.tenantId, tenantId),
            eq(pairing.programmeId, programmeId),
            eq(pairing.status, 'active'),
            sql`not exists (select 1 from ${session} where ${session.tenantId} = ${tenantId}
              and ${session.pairingId} = ${pairing.id})`,
          ),
        )
        .orderBy(asc(pairing.approvedAt), asc(pairing.id));
    },

    async insertMany(tenantId, programmeId, sessions) {
      if (sessions.length === 0) return 0;
      const rows = await db
        .insert(session)
        .values(sessions.map((s) => ({ ...s, tenantId, programmeId })))
        .onConflictDoNothing()
        .returning({ id: session.id });
      return rows.length;
    },

    async counts(tenantId, programmeId) {
      const count = (status: SessionRecord['status']) =>
        sql<number>`count(*) filter (where ${session.status} = ${status})::int`;
      const [row] = await db
        .select({
          total: sql<number>`count(*)::int`,
          planned: count('planned'),
          booked: count('booked'),
          needsSlot: count('needs_slot'),
          failed: count('failed'),
          cancelled: count('cancelled'),
          held: count('held'),
          missed: count('missed'),
        })
        .from(session)
        .where(and(eq(session.tenantId, tenantId), eq(session.programmeId, programmeId)));
      return (
        row ?? { total: 0, planned: 0, booked: 0, needsSlot: 0, failed: 0, cancelled: 0, held: 0, missed: 0 }
      );
    },

    async pairsWithPlannedSessions(tenantId, programmeId, limit) {
      const rows = await db
        .selectDistinct({ pairingId: session.pairingId })
        .from(session)
        .innerJoin(pairing, eq(pairing.id, session.pairingId))
        .where(
          and(
            eq(session.tenantId, tenantId),
            eq(session.programmeId, programmeId),
            eq(session.status, 'planned'),
            eq(pairing.status, 'active'),
          ),
        )
        .orderBy(asc(session.pairingId))
        .limit(limit);
      return rows.map((r) => r.pairingId);
    },

    async forPairs(tenantId, pairingIds) {
      if (pairingIds.length === 0) return [];
      return select(
        and(eq(session.tenantId, tenantId), inArray(session.pairingId, [...pairingIds])),
        bySeries,
      );
    },

    async get(tenantId, sessionId) {
      const [row] = await select(and(eq(session.tenantId, tenantId), eq(session.id, sessionId)), [], 1);
      return row;
    },

    async listForProgramme(tenantId, programmeId, filter) {
      const where = and(
        eq(session.tenantId, tenantId),
        eq(session.programmeId, programmeId),
        filter.status ? eq(session.status, filter.status) : undefined,
      );
      const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(session).where(where);
      const items = await select(
        where,
        [sql`${session.startsAt} asc nulls last`, ...bySeries],
        filter.limit,
        filter.offset,
      );
      return { items, total: total?.n ?? 0 };
    },

    async listForPerson(tenantId, aadId) {
      return select(
        and(
          eq(session.tenantId, tenantId),
          or(eq(pairing.menteeAadId, aadId), eq(pairing.mentorAadId, aadId)),
        ),
        [sql`coalesce(${session.startsAt}, ${session.targetDate}::timestamptz) asc`, ...bySeries],
      );
    },

    async bookedToCheck(tenantId, now, checkedBefore, limit) {
      return select(
        and(
          eq(session.tenantId, tenantId),
          eq(session.status, 'booked'),
          gt(session.startsAt, now),
          or(isNull(session.responsesCheckedAt), lt(session.responsesCheckedAt, checkedBefore)),
        ),
        [sql`${session.responsesCheckedAt} asc nulls first`, asc(session.id)],
        limit,
      );
    },

    async update(tenantId, sessionId, change, expect) {
      const statuses = expect
        ? Array.isArray(expect.status)
          ? [...expect.status]
          : [expect.status as SessionRecord['status']]
        : undefined;
      const rows = await db
        .update(session)
        .set({ ...change, updatedAt: new Date() })
        .where(
          and(
            eq(session.tenantId, tenantId),
            eq(session.id, sessionId),
            statuses ? inArray(session.status, statuses) : undefined,
          ),
        )
        .returning({ id: session.id });
      return rows.length === 1;
    },

    async openForPairing(tenantId, pairingId) {
      return select(
        and(
          eq(session.tenantId, tenantId),
          eq(session.pairingId, pairingId),
          inArray(session.status, ['planned', 'booked', 'needs_slot', 'failed']),
        ),
        bySeries,
      );
    },

    async bookedOrganizers(tenantId, now) {
      const rows = await db
        .selectDistinct({ organizer: session.organizerAadId })
        .from(session)
        .where(and(eq(session.tenantId, tenantId), eq(session.status, 'booked'), gt(session.startsAt, now)))
        .orderBy(asc(session.organizerAadId));
      return rows.map((r) => r.organizer);
    },

    async markForCheck(tenantId, organizerAadId, now, eventId) {
      const rows = await db
        .update(session)
        .set({ responsesCheckedAt: null, updatedAt: now })
        .where(
          and(
            eq(session.tenantId, tenantId),
            eq(session.organizerAadId, organizerAadId),
            eq(session.status, 'booked'),
            gt(session.startsAt, now),
            eventId !== undefined ? eq(session.eventId, eventId) : undefined,
          ),
        )
        .returning({ id: session.id });
      return rows.length;
    },

    async getRun(tenantId, programmeId) {
      const [row] = await db.select().from(bookingRun).where(runKey(tenantId, programmeId)).limit(1);
      return row ? toRun(row) : undefined;
    },

    async startRun(tenantId, programmeId, startedBy, now) {
      // A new run replaces a finished one or one whose worker's lease lapsed; a live one is kept.
      const [row] = await db
        .insert(bookingRun)
        .values({ tenantId, programmeId, state: 'queued', startedBy, startedAt: now, figures: {} })
        .onConflictDoUpdate({
          target: [bookingRun.tenantId, bookingRun.programmeId],
          set: {
            id: sql`gen_random_uuid()`,
            state: 'queued',
            startedBy,
            startedAt: now,
            finishedAt: null,
            leaseUntil: null,
            leaseHolder: null,
            figures: {},
            lastError: null,
            updatedAt: now,
          },
          setWhere: sql`${bookingRun.state} in ('done', 'failed')`,
        })
        .returning();
      if (row) return toRun(row);
      const current = await this.getRun(tenantId, programmeId);
      if (!current) throw new Error(`booking run of ${programmeId} vanished`);
      return current;
    },

    async claimRun(tenantId, programmeId, runId, worker, now, leaseUntil) {
      const rows = await db
        .update(bookingRun)
        .set({ state: 'running', leaseUntil, leaseHolder: worker, updatedAt: now })
        .where(
          and(
            runKey(tenantId, programmeId),
            eq(bookingRun.id, runId),
            inArray(bookingRun.state, ['queued', 'running']),
            or(
              isNull(bookingRun.leaseUntil),
              lt(bookingRun.leaseUntil, now),
              eq(bookingRun.leaseHolder, worker),
            ),
          ),
        )
        .returning({ id: bookingRun.id });
      return rows.length === 1;
    },

    async releaseRun(tenantId, programmeId, runId, worker, now, error) {
      await db
        .update(bookingRun)
        .set({ leaseUntil: now, lastError: error, updatedAt: now })
        .where(
          and(runKey(tenantId, programmeId), eq(bookingRun.id, runId), eq(bookingRun.leaseHolder, worker)),
        );
    },

    async addRunFigures(tenantId, programmeId, runId, add) {
      const entries = Object.entries(add).filter(([, v]) => v !== 0);
      if (entries.length === 0) return;
      // jsonb arithmetic in one statement, so two slices never lose each other's counts.
      let figures = sql`${bookingRun.figures}`;
      for (const [key, value] of entries) {
        figures = sql`jsonb_set(${figures}, ${`{${key}}`}::text[],
          to_jsonb(coalesce((${bookingRun.figures} ->> ${key})::numeric, 0) + ${value}))`;
      }
      await db
        .update(bookingRun)
        .set({ figures: figures as unknown as Record<string, number> })
        .where(and(runKey(tenantId, programmeId), eq(bookingRun.id, runId)));
    },

    async finishRun(tenantId, programmeId, runId, state, now, error) {
      await db
        .update(bookingRun)
        .set({
          state,
          finishedAt: now,
          leaseUntil: null,
          leaseHolder: null,
          lastError: error ?? null,
          updatedAt: now,
        })
        .where(and(runKey(tenantId, programmeId), eq(bookingRun.id, runId)));
    },

    async stalledRuns(now) {
      const rows = await db
        .select()
        .from(bookingRun)
        .where(
          and(
            inArray(bookingRun.state, ['queued', 'running']),
            or(isNull(bookingRun.leaseUntil), lt(bookingRun.leaseUntil, now)),
          ),
        );
      return rows.map(toRun);
    },
  };
}
