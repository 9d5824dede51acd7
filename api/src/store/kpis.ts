import { type SQL, sql } from 'drizzle-orm';
import type { KpiRepository, KpiScope, RawFigures } from '../app/ports/kpis';
import type { Database } from './db';
import { rowsOf } from './feedback';
import { createSnapshotCache, type Executor } from './snapshot-cache';

const n = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const nullable = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const rowsFrom =
  (on: Executor) =>
  async <T>(query: SQL): Promise<T[]> =>
    rowsOf<T>(await on.execute(query));

/** How old figures may be when many people load them at once (docs/kpis.md). */
export const FIGURES_MAX_STALE_MS = 10_000;
/** How often such figures are checked against the database. */
export const FIGURES_BUSY_RECHECK_MS = 5_000;

const keyOf = (s: KpiScope) =>
  JSON.stringify([s.tenantId, s.programmeId, s.timeZone, s.department ?? null, s.from ?? null, s.to ?? null]);

/**
 * Programme figures computed in SQL (definitions in docs/kpis.md). The figures of a scope are kept
 * until the database changes (snapshot-cache.ts): many people opening the same dashboard cost one
 * reading of the programme's sessions and answers.
 */
export function createKpiRepository(db: Database): KpiRepository {
  const rows = rowsFrom(db);
  const figures = createSnapshotCache<RawFigures>(db, {
    maxEntries: 32,
    maxStaleMs: FIGURES_MAX_STALE_MS,
    busyRecheckMs: FIGURES_BUSY_RECHECK_MS,
  });

  /**
   * The common table expressions every figure is computed over. The programme and the filters are
   * written into the scope itself (a filter only when given) so the planner sees what is selected.
   */
  function scope(s: KpiScope): SQL {
    const department = s.department ?? null;
    const from = s.from ?? null;
    const to = s.to ?? null;
    const fromAt = sql`(${from}::date)::timestamp at time zone ${s.timeZone}`;
    const toAt = sql`((${to}::date) + 1)::timestamp at time zone ${s.timeZone}`;
    const starts = sql`coalesce(s.starts_at, s.target_date::timestamptz)`;
    const period = [
      ...(from === null ? [] : [sql`${starts} >= ${fromAt}`]),
      ...(to === null ? [] : [sql`${starts} < ${toAt}`]),
    ];
    // With a department: its people, and the pairs with one of them in it.
    const ofDepartment = department === null ? sql`` : sql`and pe.department = ${department}`;
    const touchingThem =
      department === null
        ? sql``
        : sql`and (pr.mentee_aad_id in (select aad_id from people)
            or pr.mentor_aad_id in (select aad_id from people))`;
    return sql`
      with params as (
        select ${s.tenantId}::text as tenant_id, ${s.programmeId}::uuid as programme_id,
          ${department}::text as department, ${fromAt} as from_at, ${toAt} as to_at
      ),
      people as (
        select pa.aad_id, pa.role, pa.status, pa.skills, pe.department, pe.display_name
        from participant pa
        left join person pe on pe.tenant_id = pa.tenant_id and pe.aad_id = pa.aad_id
        where pa.tenant_id = ${s.tenantId} and pa.programme_id = ${s.programmeId}::uuid
          ${ofDepartment}
      ),
      pairs as (
        select pr.id, pr.tenant_id, pr.status, pr.mentee_aad_id, pr.mentor_aad_id, pr.approved_at
        from pairing pr
        where pr.tenant_id = ${s.tenantId} and pr.programme_id = ${s.programmeId}::uuid
          and pr.status in ('active', 'ended')
          ${touchingThem}
      ),
      sessions as (
        select s.id, s.pairing_id, s.status, s.starts_at
        from session s join pairs on pairs.id = s.pairing_id
        ${period.length === 0 ? sql`` : sql`where ${sql.join(period, sql` and `)}`}
      ),
      answers as (
        select f.*, sessions.starts_at as session_starts_at
        from feedback f join sessions on sessions.id = f.session_id
      )`;
  }

  /** Every figure, read in one transaction (the cache's): they all describe the same moment. */
  async function readFigures(tx: Executor, s: KpiScope): Promise<RawFigures> {
    const rows = rowsFrom(tx);
    // Sorts and hashes over the whole programme's answers stay in memory.
    await tx.execute(sql`set local work_mem = '32MB'`);
    const w = scope(s);
    const [funnel] = await rows<Record<string, unknown>>(sql`${w}
      select count(*) filter (where status <> 'withdrawn') as volunteers,
        count(*) filter (where status in ('approved', 'paired')) as approved,
        count(*) filter (where status = 'paired') as paired
      from people`);
    const [pairs] = await rows<Record<string, unknown>>(sql`${w}
      select count(*) filter (where status = 'active') as active,
        count(*) filter (where status = 'ended') as ended from pairs`);
    const statusRows = await rows<{ status: string; n: unknown }>(sql`${w}
      select status, count(*) as n from sessions group by status`);
    const sessions = { planned: 0, booked: 0, held: 0, cancelled: 0, missed: 0, needs_slot: 0, failed: 0 };
    for (const r of statusRows) sessions[r.status as keyof typeof sessions] = n(r.n);

    const [ratings] = await rows<Record<string, unknown>>(sql`${w}
      select avg(rating)::float8 as average, count(distinct author_aad_id) as people, count(rating) as answers,
        avg(case objective_met when 'yes' then 1 when 'partly' then 0.5 when 'no' then 0 end)::float8
          as objective,
        count(distinct author_aad_id) filter (where objective_met is not null) as objective_people
      from answers where took_place = 'yes'`);
    const byMonth = await rows<Record<string, unknown>>(sql`${w}
      select to_char(session_starts_at at time zone ${s.timeZone}, 'YYYY-MM') as month,
        avg(rating)::float8 as average, count(rating) as answers
      from answers where took_place = 'yes'
      group by 1 order by 1`);
    const [response] = await rows<Record<string, unknown>>(sql`${w}
      select count(*) as prompts, count(distinct fp.aad_id) as people, count(f.session_id) as answered
      from feedback_prompt fp join sessions on sessions.id = fp.session_id
      left join feedback f on f.tenant_id = fp.tenant_id and f.session_id = fp.session_id
        and f.author_aad_id = fp.aad_id`);
    const surveys = await rows<{ nps: unknown; satisfaction: unknown }>(sql`${w}
      select distinct on (r.aad_id) r.nps, r.satisfaction
      from survey_response r cross join params
      where r.tenant_id = params.tenant_id and r.programme_id = params.programme_id
        and r.kind in ('pulse', 'closing') and r.aad_id in (select aad_id from people)
        and (params.from_at is null or r.submitted_at >= params.from_at)
        and (params.to_at is null or r.submitted_at < params.to_at)
      order by r.aad_id, case r.kind when 'closing' then 0 else 1 end, r.submitted_at desc`);
    const skills = await rows<Record<string, unknown>>(sql`${w},
      compared as (
        select people.aad_id, people.role, pre.value ->> 'skillId' as skill_id,
          (pre.value ->> 'level')::float8 as before, (post.value ->> 'level')::float8 as after
        from people
        join survey_response r on r.tenant_id = (select tenant_id from params)
          and r.programme_id = (select programme_id from params) and r.aad_id = people.aad_id and r.kind = 'post'
        cross join lateral jsonb_array_elements(people.skills) pre(value)
        join lateral jsonb_array_elements(r.skills) post(value)
          on post.value ->> 'skillId' = pre.value ->> 'skillId'
      )
      select skill_id, role, avg(before)::float8 as before, avg(after)::float8 as after,
        count(distinct aad_id) as people
      from compared group by skill_id, role order by skill_id, role`);
    const [progressed] = await rows<Record<string, unknown>>(sql`${w},
      per_person as (
        select people.aad_id, avg((post.value ->> 'level')::float8 - (pre.value ->> 'level')::float8) as delta
        from people
        join survey_response r on r.tenant_id = (select tenant_id from params)
          and r.programme_id = (select programme_id from params) and r.aad_id = people.aad_id and r.kind = 'post'
        cross join lateral jsonb_array_elements(people.skills) pre(value)
        join lateral jsonb_array_elements(r.skills) post(value)
          on post.value ->> 'skillId' = pre.value ->> 'skillId'
        group by people.aad_id
      )
      select count(*) filter (where delta >= 1) as improved, count(*) as people from per_person`);
    const byDepartment = await rows<Record<string, unknown>>(sql`${w},
      depts as (
        select coalesce(department, '—') as department, count(distinct aad_id) as people
        from people where status in ('approved', 'paired') group by 1
      ),
      held as (
        select coalesce(mentee.department, '—') as department, count(*) as held
        from sessions join pairs on pairs.id = sessions.pairing_id
        join people mentee on mentee.aad_id = pairs.mentee_aad_id
        where sessions.status = 'held' group by 1
      ),
      rated as (
        select coalesce(author.department, '—') as department, avg(answers.rating)::float8 as average_rating
        from answers join people author on author.aad_id = answers.author_aad_id
        where answers.took_place = 'yes' group by 1
      )
      select depts.department, depts.people, coalesce(held.held, 0) as held, rated.average_rating
      from depts
      left join held on held.department = depts.department
      left join rated on rated.department = depts.department
      order by depts.people desc, depts.department`);
    const departments = await rows<{ department: string }>(sql`
      select distinct pe.department from participant pa
      join person pe on pe.tenant_id = pa.tenant_id and pe.aad_id = pa.aad_id
      where pa.tenant_id = ${s.tenantId} and pa.programme_id = ${s.programmeId} and pe.department is not null
      order by 1`);
    // Over all the sessions and answers of each active pair, whatever the period.
    const risk = await rows<Record<string, unknown>>(sql`${w},
      active as (select * from pairs where status = 'active'),
      series as (
        select x.pairing_id, max(x.starts_at) filter (where x.status = 'held') as last_held,
          count(*) filter (where x.status = 'held') as held,
          coalesce(sum(x.reproposals), 0) + count(*) filter (where x.problem ->> 'code' = 'declined') as declines
        from session x where x.pairing_id in (select id from active) group by x.pairing_id
      ),
      signals as (
        select f.pairing_id, count(*) filter (where f.rating <= 2) as low_ratings,
          count(*) filter (where f.continue_with_partner = 'no') > 0 as would_not_continue
        from feedback f where f.pairing_id in (select id from active) group by f.pairing_id
      )
      select active.id, active.mentee_aad_id, active.mentor_aad_id, active.approved_at,
        coalesce(me.display_name, active.mentee_aad_id) as mentee_name,
        coalesce(mo.display_name, active.mentor_aad_id) as mentor_name,
        series.last_held, coalesce(series.held, 0) as held, coalesce(signals.low_ratings, 0) as low_ratings,
        coalesce(signals.would_not_continue, false) as would_not_continue,
        coalesce(series.declines, 0) as declines
      from active
      left join series on series.pairing_id = active.id
      left join signals on signals.pairing_id = active.id
      left join person me on me.tenant_id = active.tenant_id and me.aad_id = active.mentee_aad_id
      left join person mo on mo.tenant_id = active.tenant_id and mo.aad_id = active.mentor_aad_id
      order by mentee_name, active.id`);

    return {
      funnel: {
        volunteers: n(funnel?.volunteers),
        approved: n(funnel?.approved),
        paired: n(funnel?.paired),
      },
      pairs: { active: n(pairs?.active), ended: n(pairs?.ended) },
      sessions,
      ratings: {
        average: nullable(ratings?.average),
        people: n(ratings?.people),
        answers: n(ratings?.answers),
      },
      ratingsByMonth: byMonth.map((r) => ({
        month: String(r.month),
        average: nullable(r.average),
        answers: n(r.answers),
      })),
      objectiveAttainment: { value: nullable(ratings?.objective), people: n(ratings?.objective_people) },
      responseRate: {
        prompts: n(response?.prompts),
        answered: n(response?.answered),
        people: n(response?.people),
      },
      surveys: {
        nps: surveys.filter((r) => r.nps !== null).map((r) => n(r.nps)),
        satisfaction: surveys.filter((r) => r.satisfaction !== null).map((r) => n(r.satisfaction)),
      },
      skills: skills.map((r) => ({
        skillId: String(r.skill_id),
        role: r.role as 'mentor' | 'mentee',
        before: nullable(r.before),
        after: nullable(r.after),
        people: n(r.people),
      })),
      progressed: { improved: n(progressed?.improved), people: n(progressed?.people) },
      byDepartment: byDepartment.map((r) => ({
        department: String(r.department),
        people: n(r.people),
        held: n(r.held),
        averageRating: nullable(r.average_rating),
      })),
      departments: departments.map((r) => r.department),
      pairsAtRiskInput: risk.map((r) => ({
        pairingId: String(r.id),
        menteeAadId: String(r.mentee_aad_id),
        menteeName: String(r.mentee_name),
        mentorAadId: String(r.mentor_aad_id),
        mentorName: String(r.mentor_name),
        approvedAt: r.approved_at ? new Date(r.approved_at as string) : null,
        lastHeldAt: r.last_held ? new Date(r.last_held as string) : null,
        held: n(r.held),
        lowRatings: n(r.low_ratings),
        wouldNotContinue: r.would_not_continue === true || r.would_not_continue === 't',
        declines: n(r.declines),
      })),
    };
  }

  return {
    figures: (s) => figures.get(keyOf(s), (tx) => readFigures(tx, s)),

    /** Non-private free texts of the answers in scope, newest first (programme admins only). */
    async comments(s, limit) {
      const w = scope(s);
      const found = await rows<Record<string, unknown>>(sql`${w}
        select session_id, author_role, learned, shared, obstacles, submitted_at from answers
        where private = false and (learned <> '' or shared <> '' or obstacles <> '')
        order by submitted_at desc limit ${limit}`);
      return found.map((r) => ({
        sessionId: String(r.session_id),
        authorRole: r.author_role as 'mentor' | 'mentee',
        learned: String(r.learned),
        shared: String(r.shared),
        obstacles: String(r.obstacles),
        submittedAt: new Date(r.submitted_at as string),
      }));
    },

    /** "I'd like support" answers in scope, unhandled first. */
    async supportRequests(s, limit) {
      const w = scope(s);
      const found = await rows<Record<string, unknown>>(sql`${w}
        select answers.session_id, answers.pairing_id, answers.author_aad_id, answers.author_role,
          case when answers.private then '' else answers.obstacles end as obstacles,
          answers.submitted_at, answers.support_handled_at,
          coalesce(pe.display_name, answers.author_aad_id) as author_name
        from answers
        left join person pe on pe.tenant_id = answers.tenant_id and pe.aad_id = answers.author_aad_id
        where answers.wants_support
        order by answers.support_handled_at nulls first, answers.submitted_at desc limit ${limit}`);
      return found.map((r) => ({
        sessionId: String(r.session_id),
        pairingId: String(r.pairing_id),
        authorAadId: String(r.author_aad_id),
        authorName: String(r.author_name),
        authorRole: r.author_role as 'mentor' | 'mentee',
        obstacles: String(r.obstacles),
        submittedAt: new Date(r.submitted_at as string),
        handledAt: r.support_handled_at ? new Date(r.support_handled_at as string) : null,
      }));
    },

    /** One person's own figures: sessions of their pairs and the ratings they gave. */
    async personal(tenantId, programmeId, aadId) {
      const [row] = await rows<Record<string, unknown>>(sql`
        select count(*) filter (where s.status = 'held') as held,
          count(*) filter (where s.status not in ('cancelled')) as planned,
          count(*) filter (where s.status = 'missed') as missed,
          (select avg(f.rating)::float8 from feedback f where f.tenant_id = ${tenantId}
            and f.programme_id = ${programmeId} and f.author_aad_id = ${aadId}) as my_average
        from session s join pairing p on p.id = s.pairing_id
        where s.tenant_id = ${tenantId} and s.programme_id = ${programmeId}
          and ${aadId} in (p.mentee_aad_id, p.mentor_aad_id)`);
      return {
        held: n(row?.held),
        planned: n(row?.planned),
        missed: n(row?.missed),
        myAverageRating: nullable(row?.my_average),
      };
    },
  };
}
