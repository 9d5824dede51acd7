import type { DashboardDto } from './dashboard-api';

type Guarded = DashboardDto['nps'];

/** What a tile shows: a value, "hidden" (a group under the minimum), or "no answer yet". */
export type FigureState =
  | { kind: 'value'; value: number; people: number }
  | { kind: 'withheld'; people: number }
  | { kind: 'empty'; people: number };

export function figureState(figure: Guarded): FigureState {
  if (figure.withheld) return { kind: 'withheld', people: figure.people };
  if (figure.value === null) return { kind: 'empty', people: figure.people };
  return { kind: 'value', value: figure.value, people: figure.people };
}

export type SessionStatusKey = 'held' | 'booked' | 'planned' | 'needsSlot' | 'missed' | 'cancelled';

/** Sessions by state, in the order a reader follows a season; states with no session left out. */
export function sessionsByStatus(
  sessions: DashboardDto['sessions'],
): { status: SessionStatusKey; count: number }[] {
  const order: SessionStatusKey[] = ['held', 'booked', 'planned', 'needsSlot', 'missed', 'cancelled'];
  return order.map((status) => ({ status, count: sessions[status] })).filter(({ count }) => count > 0);
}

/** Months with an average to draw (`2026-03` → the 1st of that month, UTC); hidden months left out. */
export function ratingPoints(byMonth: DashboardDto['ratings']['byMonth']): {
  month: string;
  date: Date;
  average: number;
  answers: number;
}[] {
  return byMonth
    .filter((m): m is typeof m & { average: number } => m.average !== null)
    .map((m) => ({ ...m, date: new Date(`${m.month}-01T00:00:00Z`) }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

type SkillRow = DashboardDto['skillProgression'][number];

/**
 * Skill progression rows that may be drawn (five people or more) and those withheld, each sorted by
 * skill then role (mentees first: the programme is mostly about them).
 */
export function skillRows(rows: readonly SkillRow[]): { shown: SkillRow[]; withheld: SkillRow[] } {
  const sorted = [...rows].sort(
    (a, b) => a.skillId.localeCompare(b.skillId) || (a.role === b.role ? 0 : a.role === 'mentee' ? -1 : 1),
  );
  return {
    shown: sorted.filter((r) => !r.withheld && r.before !== null && r.after !== null),
    withheld: sorted.filter((r) => r.withheld || r.before === null || r.after === null),
  };
}

type Objective = DashboardDto['objectives'][number];

/** An objective drawn as a bar from 0 to `scale`, with its target marked on the same scale. */
export interface ObjectiveBar {
  id: string;
  kpi: string;
  label: Objective['label'];
  actual: number | null;
  target: number;
  scale: number;
  met: boolean | null;
}

const PERCENT_KINDS = new Set([
  'skill_progression',
  'objective_attainment',
  'retention',
  'feedback_response_rate',
]);

/**
 * The scale each KPI is read on: out of 5 for ratings, 100 for percentages and the NPS (whose
 * negative side is drawn as zero), and the programme's session count for sessions per pair.
 */
export function objectiveBars(objectives: readonly Objective[], plannedPerPair: number): ObjectiveBar[] {
  return objectives.map((o) => {
    const scale =
      o.kpi === 'average_rating'
        ? 5
        : o.kpi === 'sessions_held_per_pair'
          ? Math.max(plannedPerPair, o.target, o.actual ?? 0)
          : PERCENT_KINDS.has(o.kpi) || o.kpi === 'nps'
            ? 100
            : Math.max(o.target, o.actual ?? 0) * 1.25 || 1;
    return { id: o.id, kpi: o.kpi, label: o.label, actual: o.actual, target: o.target, scale, met: o.met };
  });
}

/** How many objectives are met, out of those with a figure to compare. */
export function objectivesMet(objectives: readonly Objective[]): { met: number; measured: number } {
  const measured = objectives.filter((o) => o.met !== null);
  return { met: measured.filter((o) => o.met).length, measured: measured.length };
}

export function isPercentKpi(kpi: string): boolean {
  return PERCENT_KINDS.has(kpi);
}

/** Drawn rows grouped by skill (one group on the chart each), mentees' bars before mentors'. */
export function skillGroups(
  shown: readonly SkillRow[],
): { skillId: string; label: SkillRow['label']; rows: SkillRow[] }[] {
  const groups = new Map<string, { skillId: string; label: SkillRow['label']; rows: SkillRow[] }>();
  for (const row of shown) {
    const group = groups.get(row.skillId) ?? { skillId: row.skillId, label: row.label, rows: [] };
    group.rows.push(row);
    groups.set(row.skillId, group);
  }
  return [...groups.values()];
}
