import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { Clock } from '../domain/clock';
import { ForbiddenError, NotFoundError } from '../domain/errors';
import {
  type AtRiskReason,
  atRiskReasons,
  CADENCE_DAYS,
  MIN_GROUP_SIZE,
  netPromoterScore,
  shownFor,
} from '../domain/feedback';
import type { KpiKind, Localised, Programme } from '../domain/programme';
import { type Caller, isProgrammeAdmin } from './caller';
import type { FeedbackRepository } from './ports/feedback';
import type { CommentRecord, KpiRepository, KpiScope, RawFigures, SupportRequestRecord } from './ports/kpis';
import type { ProgrammeRepository } from './ports/programmes';

export interface DashboardDeps {
  kpis: KpiRepository;
  feedback: Pick<FeedbackRepository, 'surveysOf'>;
  programmes: Pick<ProgrammeRepository, 'get' | 'listForPerson'>;
  participants: { listForPerson(tenantId: string, aadId: string): Promise<ParticipantLike[]> };
  clock: Clock;
}

interface ParticipantLike {
  programmeId: string;
  role: 'mentor' | 'mentee';
  status: string;
  goals: string;
  skills: { skillId: string; level: number }[];
}

export interface DashboardFilters {
  department?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A figure with the number of people behind it; `value` is null when withheld. */
export interface Guarded {
  value: number | null;
  people: number;
  withheld: boolean;
}

export interface Dashboard {
  programme: Programme;
  view: 'admin' | 'sponsor';
  filters: DashboardFilters;
  minGroup: number;
  population: number;
  withheld: boolean;
  funnel: RawFigures['funnel'];
  pairs: { active: number; ended: number; atRisk: number };
  sessions: {
    planned: number;
    booked: number;
    held: number;
    cancelled: number;
    missed: number;
    needsSlot: number;
    heldPerPair: number | null;
    plannedPerPair: number;
  };
  ratings: { average: Guarded; byMonth: { month: string; average: number | null; answers: number }[] };
  nps: Guarded;
  satisfaction: Guarded;
  objectiveAttainment: Guarded;
  responseRate: Guarded;
  retention: { value: number | null; pairs: number };
  skillProgression: {
    skillId: string;
    label: Localised;
    role: 'mentor' | 'mentee';
    before: number | null;
    after: number | null;
    delta: number | null;
    people: number;
    withheld: boolean;
  }[];
  objectives: {
    id: string;
    label: Localised;
    kpi: KpiKind;
    target: number;
    actual: number | null;
    met: boolean | null;
  }[];
  byDepartment: {
    department: string;
    people: number;
    withheld: boolean;
    heldSessions: number | null;
    averageRating: number | null;
  }[];
  departments: string[];
}

const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (part: number, whole: number) => (whole === 0 ? null : round((100 * part) / whole));

async function visibleProgramme(deps: DashboardDeps, caller: Caller, programmeId: string) {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  if (isProgrammeAdmin(caller, programme)) return { programme, view: 'admin' as const };
  if (programme.sponsorAadIds.includes(caller.aadId)) return { programme, view: 'sponsor' as const };
  throw new ForbiddenError(
    'not_programme_admin_or_sponsor',
    `Only the admins and sponsors of "${programme.name}" see its dashboard.`,
  );
}

function scopeOf(caller: Caller, programme: Programme, filters: DashboardFilters): KpiScope {
  return { tenantId: caller.tenantId, programmeId: programme.id, timeZone: programme.timeZone, ...filters };
}

/** Why each pair is at risk, judged at `now` or, after the programme's last day, at that day. */
function riskReasons(programme: Programme, now: Date) {
  // After the programme's last day, "nothing held lately" no longer means a pair in trouble.
  const end = programme.endsOn
    ? DateTime.fromISO(programme.endsOn, { zone: programme.timeZone }).plus({ days: 1 }).toJSDate()
    : null;
  const asOf = end && end < now ? end : now;
  return (pair: RawFigures['pairsAtRiskInput'][number]) =>
    atRiskReasons({
      lastHeldAt: pair.lastHeldAt,
      pairedAt: pair.approvedAt ?? asOf,
      now: asOf,
      cadenceDays: CADENCE_DAYS[programme.cadence],
      lowRatings: pair.lowRatings,
      wouldNotContinue: pair.wouldNotContinue,
      declines: pair.declines,
    });
}

export function pairsAtRisk(programme: Programme, figures: RawFigures, now: Date) {
  const reasonsOf = riskReasons(programme, now);
  return figures.pairsAtRiskInput
    .map((pair) => ({ ...pair, reasons: reasonsOf(pair) }))
    .filter((pair) => pair.reasons.length > 0);
}

const riskCounts = new WeakMap<RawFigures, { programme: string; at: number; count: number }>();

/**
 * How many pairs are at risk. That means judging every active pair, which a large programme's
 * dashboard would do on each request: the count is kept for a second with the figures it comes
 * from (which may themselves be some seconds old, see docs/kpis.md).
 */
function countPairsAtRisk(programme: Programme, figures: RawFigures, now: Date): number {
  const settings = `${programme.cadence}|${programme.endsOn}|${programme.timeZone}`;
  const kept = riskCounts.get(figures);
  const age = kept ? now.getTime() - kept.at : -1;
  if (kept && kept.programme === settings && age >= 0 && age < 1000) return kept.count;
  const reasonsOf = riskReasons(programme, now);
  let count = 0;
  for (const pair of figures.pairsAtRiskInput) if (reasonsOf(pair).length > 0) count++;
  riskCounts.set(figures, { programme: settings, at: now.getTime(), count });
  return count;
}

/**
 * The programme's figures for its admins and sponsors. Privacy, enforced here whatever the client:
 * a group (a department, a skill for a role) of fewer than five people is never shown; sponsors see
 * aggregates only, and no figure resting on fewer than five people; nobody gets names or comments
 * from this view (admins get those from the follow-up view).
 */
export async function programmeDashboard(
  deps: DashboardDeps,
  caller: Caller,
  programmeId: string,
  filters: DashboardFilters,
): Promise<Dashboard> {
  const { programme, view } = await visibleProgramme(deps, caller, programmeId);
  const figures = await deps.kpis.figures(scopeOf(caller, programme, filters));
  const now = deps.clock.now();
  const population = figures.funnel.approved;
  const filtered = !!filters.department;
  // A filtered group too small to show: nothing at all, not even counts.
  const withheld = filtered && !shownFor(population);
  const strict = view === 'sponsor' || filtered;
  const guard = (value: number | null, people: number, digits = 1): Guarded => {
    const hide = withheld || (strict && !shownFor(people));
    return { value: hide ? null : round(value, digits), people, withheld: hide };
  };
  const pairs = figures.pairs.active + figures.pairs.ended;
  const heldPerPair = pairs === 0 ? null : round(figures.sessions.held / pairs, 2);
  const nps = netPromoterScore(figures.surveys.nps);
  const satisfaction =
    figures.surveys.satisfaction.length === 0
      ? null
      : figures.surveys.satisfaction.reduce((a, b) => a + b, 0) / figures.surveys.satisfaction.length;
  const objectiveShare =
    figures.objectiveAttainment.value === null ? null : 100 * figures.objectiveAttainment.value;
  const responseRate = percent(figures.responseRate.answered, figures.responseRate.prompts);
  const retention = percent(figures.pairs.active, pairs);
  const progressed = percent(figures.progressed.improved, figures.progressed.people);
  const actual: Record<KpiKind, number | null> = {
    skill_progression: shownFor(figures.progressed.people) ? progressed : null,
    sessions_held_per_pair: heldPerPair,
    average_rating: guard(figures.ratings.average, figures.ratings.people, 2).value,
    nps: guard(nps, figures.surveys.nps.length).value,
    objective_attainment: guard(objectiveShare, figures.objectiveAttainment.people).value,
    retention,
    feedback_response_rate: guard(responseRate, figures.responseRate.people).value,
  };
  const labels = new Map(programme.skills.map((s) => [s.id, s.label]));
  const zero = <T extends Record<string, number>>(o: T): T =>
    withheld ? (Object.fromEntries(Object.keys(o).map((k) => [k, 0])) as T) : o;
  const atRisk = countPairsAtRisk(programme, figures, now);
  return {
    programme,
    view,
    filters,
    minGroup: MIN_GROUP_SIZE,
    population,
    withheld,
    funnel: zero(figures.funnel),
    pairs: zero({ active: figures.pairs.active, ended: figures.pairs.ended, atRisk }),
    sessions: {
      ...zero({
        planned: figures.sessions.planned,
        booked: figures.sessions.booked,
        held: figures.sessions.held,
        cancelled: figures.sessions.cancelled,
        missed: figures.sessions.missed,
        needsSlot: figures.sessions.needs_slot + figures.sessions.failed,
      }),
      heldPerPair: withheld ? null : heldPerPair,
      plannedPerPair: programme.sessionCount,
    },
    ratings: {
      average: guard(figures.ratings.average, figures.ratings.people, 2),
      byMonth: withheld
        ? []
        : figures.ratingsByMonth.map((m) => ({
            month: m.month,
            average: strict && !shownFor(m.answers) ? null : round(m.average, 2),
            answers: m.answers,
          })),
    },
    nps: guard(nps, figures.surveys.nps.length),
    satisfaction: guard(satisfaction, figures.surveys.satisfaction.length, 2),
    objectiveAttainment: guard(objectiveShare, figures.objectiveAttainment.people),
    responseRate: guard(responseRate, figures.responseRate.people),
    retention: { value: withheld ? null : retention, pairs: withheld ? 0 : pairs },
    skillProgression: figures.skills.map((s) => {
      const hide = withheld || !shownFor(s.people);
      return {
        skillId: s.skillId,
        label: labels.get(s.skillId) ?? { fr: s.skillId, en: s.skillId },
        role: s.role,
        before: hide ? null : round(s.before, 2),
        after: hide ? null : round(s.after, 2),
        delta: hide || s.before === null || s.after === null ? null : round(s.after - s.before, 2),
        people: s.people,
        withheld: hide,
      };
    }),
    objectives: programme.objectives.map((o) => {
      const value = withheld ? null : actual[o.kpi];
      return {
        id: o.id,
        label: o.label,
        kpi: o.kpi,
        target: o.target,
        actual: value,
        met: value === null ? null : value >= o.target,
      };
    }),
    byDepartment: figures.byDepartment.map((d) => {
      const hide = !shownFor(d.people);
      return {
        department: d.department,
        people: d.people,
        withheld: hide,
        heldSessions: hide ? null : d.held,
        averageRating: hide ? null : round(d.averageRating, 2),
      };
    }),
    departments: figures.departments,
  };
}

export interface FollowUp {
  atRisk: {
    pairingId: string;
    mentee: { aadId: string; displayName: string };
    mentor: { aadId: string; displayName: string };
    reasons: AtRiskReason[];
    lastHeldAt: Date | null;
    heldSessions: number;
  }[];
  support: SupportRequestRecord[];
  comments: CommentRecord[];
}

/** What needs the admin's attention: pairs at risk, support requests, comments (never private ones). */
export async function programmeFollowUp(
  deps: DashboardDeps,
  caller: Caller,
  programmeId: string,
  filters: DashboardFilters,
): Promise<FollowUp> {
  const { programme, view } = await visibleProgramme(deps, caller, programmeId);
  if (view !== 'admin') {
    throw new ForbiddenError(
      'not_programme_admin',
      `Only the admins of "${programme.name}" see names and comments.`,
    );
  }
  const scope = scopeOf(caller, programme, filters);
  const figures = await deps.kpis.figures(scope);
  return {
    atRisk: pairsAtRisk(programme, figures, deps.clock.now()).map((p) => ({
      pairingId: p.pairingId,
      mentee: { aadId: p.menteeAadId, displayName: p.menteeName },
      mentor: { aadId: p.mentorAadId, displayName: p.mentorName },
      reasons: p.reasons,
      lastHeldAt: p.lastHeldAt,
      heldSessions: p.held,
    })),
    support: await deps.kpis.supportRequests(scope, 200),
    comments: await deps.kpis.comments(scope, 200),
  };
}

/** The dashboard as CSV rows (figure, value, people, withheld), for spreadsheets. */
export function dashboardCsv(d: Dashboard): string {
  const rows: (string | number | null | boolean)[][] = [['figure', 'value', 'people', 'withheld']];
  const add = (figure: string, value: number | null, people: number | null = null, hidden = false) =>
    rows.push([figure, value, people, hidden]);
  add('volunteers', d.funnel.volunteers);
  add('approved', d.funnel.approved);
  add('paired', d.funnel.paired);
  add('active_pairs', d.pairs.active);
  add('ended_pairs', d.pairs.ended);
  add('pairs_at_risk', d.pairs.atRisk);
  for (const [key, value] of Object.entries(d.sessions)) add(`sessions_${key}`, value);
  add('average_rating', d.ratings.average.value, d.ratings.average.people, d.ratings.average.withheld);
  for (const m of d.ratings.byMonth) add(`average_rating_${m.month}`, m.average, m.answers);
  add('nps', d.nps.value, d.nps.people, d.nps.withheld);
  add('satisfaction', d.satisfaction.value, d.satisfaction.people, d.satisfaction.withheld);
  add(
    'objective_attainment_pct',
    d.objectiveAttainment.value,
    d.objectiveAttainment.people,
    d.objectiveAttainment.withheld,
  );
  add('feedback_response_rate_pct', d.responseRate.value, d.responseRate.people, d.responseRate.withheld);
  add('retention_pct', d.retention.value, d.retention.pairs);
  for (const s of d.skillProgression)
    add(`skill_delta_${s.skillId}_${s.role}`, s.delta, s.people, s.withheld);
  for (const o of d.objectives) add(`objective_${o.id}_${o.kpi}_target_${o.target}`, o.actual);
  for (const dep of d.byDepartment)
    add(`department_${dep.department}_held_sessions`, dep.heldSessions, dep.people, dep.withheld);
  return stringify(rows.map((r) => r.map((cell) => (cell === null ? '' : String(cell)))));
}

export interface MyProgress {
  programmeId: string;
  programmeName: string;
  role: 'mentor' | 'mentee';
  sessions: { held: number; planned: number; missed: number };
  skills: { skillId: string; label: Localised; before: number | null; after: number | null }[];
  goals: string;
  myAverageRating: number | null;
}

/** A participant's own progress in each programme they are paired in: never anyone else's answers. */
export async function myProgress(deps: DashboardDeps, caller: Caller): Promise<MyProgress[]> {
  const applications = (await deps.participants.listForPerson(caller.tenantId, caller.aadId)).filter(
    (a) => a.status === 'paired',
  );
  const surveys = await deps.feedback.surveysOf(caller.tenantId, caller.aadId);
  const out: MyProgress[] = [];
  for (const a of applications) {
    const programme = await deps.programmes.get(caller.tenantId, a.programmeId);
    if (!programme) continue;
    const post = surveys.find((s) => s.programmeId === a.programmeId && s.kind === 'post');
    const labels = new Map(programme.skills.map((s) => [s.id, s.label]));
    const personal = await deps.kpis.personal(caller.tenantId, a.programmeId, caller.aadId);
    out.push({
      programmeId: a.programmeId,
      programmeName: programme.name,
      role: a.role,
      sessions: { held: personal.held, planned: personal.planned, missed: personal.missed },
      skills: a.skills.map((s) => ({
        skillId: s.skillId,
        label: labels.get(s.skillId) ?? { fr: s.skillId, en: s.skillId },
        before: s.level,
        after: post?.skills.find((p) => p.skillId === s.skillId)?.level ?? null,
      })),
      goals: a.goals,
      myAverageRating: round(personal.myAverageRating, 2),
    });
  }
  return out;
}
