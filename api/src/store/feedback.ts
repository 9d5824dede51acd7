import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type {
  FeedbackRecord,
  FeedbackRepository,
  SurveyRecord,
  SurveyRoundRecord,
} from '../app/ports/feedback';
import type { Database } from './db';
import {
  feedback,
  feedbackPrompt,
  pairing,
  participant,
  programme,
  session,
  surveyResponse,
  surveyRound,
} from './schema';

type FeedbackRow = typeof feedback.$inferSelect;
type SurveyRow = typeof surveyResponse.$inferSelect;
type RoundRow = typeof surveyRound.$inferSelect;

const toFeedback = (row: FeedbackRow): FeedbackRecord => ({
  id: row.id,
  programmeId: row.programmeId,
  sessionId: row.sessionId,
  pairingId: row.pairingId,
  authorAadId: row.authorAadId,
  authorRole: row.authorRole,
  tookPlace: row.tookPlace,
  rating: row.rating,
  objectiveMet: row.objectiveMet,
  learned: row.learned,
  shared: row.shared,
  obstacles: row.obstacles,
  wantsSupport: row.wantsSupport,
  continueWithPartner: row.continueWithPartner,
  private: row.private,
  source: row.source,
  submittedAt: row.submittedAt,
  updatedAt: row.updatedAt,
});

const toSurvey = (row: SurveyRow): SurveyRecord => ({
  programmeId: row.programmeId,
  aadId: row.aadId,
  role: row.role,
  kind: row.kind,
  skills: row.skills,
  satisfaction: row.satisfaction,
  nps: row.nps,
  comment: row.comment,
  private: row.private,
  source: row.source,
  submittedAt: row.submittedAt,
});

const toRound = (row: RoundRow): SurveyRoundRecord => ({
  programmeId: row.programmeId,
  kind: row.kind,
  openedAt: row.openedAt,
  openedBy: row.openedBy,
  closesAt: row.closesAt,
  sent: row.sent,
});

export function createFeedbackRepository(db: Database): FeedbackRepository {
  return {
    async upsert(tenantId, record, now) {
      const values = { ...record, tenantId, submittedAt: now, updatedAt: now };
      const { submittedAt: _first, ...changes } = values;
      const [row] = await db
        .insert(feedback)
        .values(values)
        .onConflictDoUpdate({
          target: [feedback.tenantId, feedback.sessionId, feedback.authorAadId],
          // The first answer's time stays: it starts the week in which answers may change.
          set: { ...changes, supportHandledAt: null, supportHandledBy: null },
        })
        .returning();
      if (!row) throw new Error('feedback upsert returned no row');
      return toFeedback(row);
    },

    async forSession(tenantId, sessionId) {
      const rows = await db
        .select()
        .from(feedback)
        .where(and(eq(feedback.tenantId, tenantId), eq(feedback.sessionId, sessionId)));
      return rows.map(toFeedback);
    },

    async mine(tenantId, aadId, sessionId) {
      const [row] = await db
        .select()
        .from(feedback)
        .where(
          and(
            eq(feedback.tenantId, tenantId),
            eq(feedback.sessionId, sessionId),
            eq(feedback.authorAadId, aadId),
          ),
        )
        .limit(1);
      return row ? toFeedback(row) : undefined;
    },

    async promptsDue(tenantId, endedAfter, endedBefore, limit) {
      // Each member of the pair of each booked session that ended in the span, without a card yet.
      const rows = await db.execute<{ session_id: string; aad_id: string }>(sql`
        select s.id as session_id, m.aad_id
        from ${session} s
        join ${pairing} p on p.id = s.pairing_id
        cross join lateral (values (p.mentee_aad_id), (p.mentor_aad_id)) as m(aad_id)
        where s.tenant_id = ${tenantId} and s.status in ('booked', 'held')
          and s.ends_at > ${endedAfter.toISOString()}::timestamptz
          and s.ends_at <= ${endedBefore.toISOString()}::timestamptz
          and not exists (select 1 from ${feedbackPrompt} fp where fp.tenant_id = s.tenant_id
            and fp.session_id = s.id and fp.aad_id = m.aad_id)
          and not exists (select 1 from ${feedback} f where f.tenant_id = s.tenant_id
            and f.session_id = s.id and f.author_aad_id = m.aad_id)
        order by s.ends_at, s.id, m.aad_id
        limit ${limit}`);
      return rowsOf<{ session_id: string; aad_id: string }>(rows).map((r) => ({
        sessionId: r.session_id,
        aadId: r.aad_id,
        reminder: false,
      }));
    },

    async remindersDue(tenantId, sentBefore, limit) {
      const rows = await db
        .select({ sessionId: feedbackPrompt.sessionId, aadId: feedbackPrompt.aadId })
        .from(feedbackPrompt)
        .innerJoin(session, eq(session.id, feedbackPrompt.sessionId))
        .where(
          and(
            eq(feedbackPrompt.tenantId, tenantId),
            isNull(feedbackPrompt.remindedAt),
            lt(feedbackPrompt.sentAt, sentBefore),
            sql`${session.status} in ('booked', 'held')`,
            sql`not exists (select 1 from ${feedback} f where f.tenant_id = ${feedbackPrompt.tenantId}
              and f.session_id = ${feedbackPrompt.sessionId} and f.author_aad_id = ${feedbackPrompt.aadId})`,
          ),
        )
        .orderBy(asc(feedbackPrompt.sentAt))
        .limit(limit);
      return rows.map((r) => ({ ...r, reminder: true }));
    },

    async recordPrompt(tenantId, sessionId, aadId, at, delivered) {
      const rows = await db
        .insert(feedbackPrompt)
        .values({ tenantId, sessionId, aadId, sentAt: at, delivered })
        .onConflictDoNothing()
        .returning({ sessionId: feedbackPrompt.sessionId });
      return rows.length === 1;
    },

    async recordReminder(tenantId, sessionId, aadId, at) {
      await db
        .update(feedbackPrompt)
        .set({ remindedAt: at })
        .where(
          and(
            eq(feedbackPrompt.tenantId, tenantId),
            eq(feedbackPrompt.sessionId, sessionId),
            eq(feedbackPrompt.aadId, aadId),
          ),
        );
    },

    async markPromptDelivered(tenantId, sessionId, aadId) {
      await db
        .update(feedbackPrompt)
        .set({ delivered: true })
        .where(
          and(
            eq(feedbackPrompt.tenantId, tenantId),
            eq(feedbackPrompt.sessionId, sessionId),
            eq(feedbackPrompt.aadId, aadId),
          ),
        );
    },

    async unconfirmedEndedBefore(tenantId, endedBefore, limit) {
      const rows = await db
        .select({ id: session.id })
        .from(session)
        .where(
          and(
            eq(session.tenantId, tenantId),
            eq(session.status, 'booked'),
            lt(session.endsAt, endedBefore),
            sql`not exists (select 1 from ${feedback} f where f.tenant_id = ${session.tenantId}
              and f.session_id = ${session.id} and f.took_place <> 'no')`,
          ),
        )
        .orderBy(asc(session.endsAt))
        .limit(limit);
      return rows.map((r) => r.id);
    },

    async markSupportHandled(tenantId, sessionId, authorAadId, by, at) {
      const rows = await db
        .update(feedback)
        .set({ supportHandledAt: at, supportHandledBy: by })
        .where(
          and(
            eq(feedback.tenantId, tenantId),
            eq(feedback.sessionId, sessionId),
            eq(feedback.authorAadId, authorAadId),
            eq(feedback.wantsSupport, true),
          ),
        )
        .returning({ id: feedback.id });
      return rows.length === 1;
    },

    async upsertSurvey(tenantId, record, now) {
      const [row] = await db
        .insert(surveyResponse)
        .values({ ...record, tenantId, submittedAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [
            surveyResponse.tenantId,
            surveyResponse.programmeId,
            surveyResponse.aadId,
            surveyResponse.kind,
          ],
          set: { ...record, updatedAt: now },
        })
        .returning();
      if (!row) throw new Error('survey upsert returned no row');
      return toSurvey(row);
    },

    async surveysOf(tenantId, aadId) {
      const rows = await db
        .select()
        .from(surveyResponse)
        .where(and(eq(surveyResponse.tenantId, tenantId), eq(surveyResponse.aadId, aadId)));
      return rows.map(toSurvey);
    },

    async respondents(tenantId, programmeId, kind) {
      const rows = await db
        .select({ aadId: surveyResponse.aadId })
        .from(surveyResponse)
        .where(
          and(
            eq(surveyResponse.tenantId, tenantId),
            eq(surveyResponse.programmeId, programmeId),
            eq(surveyResponse.kind, kind),
          ),
        );
      return rows.map((r) => r.aadId);
    },

    async openRound(tenantId, round) {
      const [row] = await db
        .insert(surveyRound)
        .values({ ...round, tenantId })
        .onConflictDoUpdate({
          target: [surveyRound.tenantId, surveyRound.programmeId, surveyRound.kind],
          set: { closesAt: round.closesAt },
        })
        .returning();
      if (!row) throw new Error('survey round upsert returned no row');
      return toRound(row);
    },

    async rounds(tenantId, programmeId) {
      // Spelled out: inside the subquery an unqualified "kind" would be the answer's own.
      const answers = sql<number>`(select count(*)::int from survey_response r
        where r.tenant_id = survey_round.tenant_id and r.programme_id = survey_round.programme_id
        and r.kind = survey_round.kind)`;
      const rows = await db
        .select({ round: surveyRound, answers })
        .from(surveyRound)
        .where(and(eq(surveyRound.tenantId, tenantId), eq(surveyRound.programmeId, programmeId)))
        .orderBy(asc(surveyRound.openedAt));
      return rows.map((r) => ({ ...toRound(r.round), answers: r.answers }));
    },

    async roundsForPerson(tenantId, aadId) {
      const rows = await db
        .select({ round: surveyRound, programmeName: programme.name })
        .from(surveyRound)
        .innerJoin(programme, eq(programme.id, surveyRound.programmeId))
        .innerJoin(
          participant,
          and(
            eq(participant.tenantId, surveyRound.tenantId),
            eq(participant.programmeId, surveyRound.programmeId),
            eq(participant.aadId, aadId),
            eq(participant.status, 'paired'),
          ),
        )
        .where(eq(surveyRound.tenantId, tenantId))
        .orderBy(asc(surveyRound.openedAt));
      return rows.map((r) => ({ ...toRound(r.round), programmeName: r.programmeName }));
    },

    async recordRoundSent(tenantId, programmeId, kind, sent) {
      await db
        .update(surveyRound)
        .set({ sent })
        .where(
          and(
            eq(surveyRound.tenantId, tenantId),
            eq(surveyRound.programmeId, programmeId),
            eq(surveyRound.kind, kind),
          ),
        );
    },

    async pairedParticipants(tenantId, programmeId) {
      return db
        .select({ aadId: participant.aadId, role: participant.role, skills: participant.skills })
        .from(participant)
        .where(
          and(
            eq(participant.tenantId, tenantId),
            eq(participant.programmeId, programmeId),
            eq(participant.status, 'paired'),
          ),
        )
        .orderBy(asc(participant.aadId));
    },
  };
}

/** node-postgres answers `{ rows }`, PGlite too; drizzle's `execute` passes either through. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
