import { describe, expect, it } from 'vitest';
import { dashboardQueryString } from './dashboard-api';
import {
  figureState,
  objectiveBars,
  objectivesMet,
  ratingPoints,
  sessionsByStatus,
  skillGroups,
  skillRows,
} from './dashboard-figures';
import { answerShare, isOpen, surveyKindsFor } from './survey-rounds';

const label = (en: string) => ({ fr: en, en });
const skill = (skillId: string, role: 'mentor' | 'mentee', people: number) => ({
  skillId,
  label: label(skillId),
  role,
  before: people < 5 ? null : 2,
  after: people < 5 ? null : 3.5,
  delta: people < 5 ? null : 1.5,
  people,
  withheld: people < 5,
});

describe('figureState', () => {
  it('shows a value with the people behind it', () => {
    expect(figureState({ value: 4.2, people: 12, withheld: false })).toEqual({
      kind: 'value',
      value: 4.2,
      people: 12,
    });
  });

  it('says hidden when the group is under the minimum, even if a value slipped through', () => {
    expect(figureState({ value: null, people: 3, withheld: true }).kind).toBe('withheld');
  });

  it('says "no answer yet" when nothing was measured', () => {
    expect(figureState({ value: null, people: 0, withheld: false }).kind).toBe('empty');
  });
});

describe('sessionsByStatus', () => {
  it('keeps the states with sessions, held first', () => {
    const counts = { planned: 0, booked: 4, held: 10, cancelled: 1, missed: 2, needsSlot: 0 };
    expect(
      sessionsByStatus({ ...counts, heldPerPair: 1, plannedPerPair: 6 }).map((s) => [s.status, s.count]),
    ).toEqual([
      ['held', 10],
      ['booked', 4],
      ['missed', 2],
      ['cancelled', 1],
    ]);
  });
});

describe('ratingPoints', () => {
  it('leaves out hidden months and sorts by month', () => {
    const points = ratingPoints([
      { month: '2026-04', average: 4.1, answers: 9 },
      { month: '2026-03', average: 4.5, answers: 8 },
      { month: '2026-05', average: null, answers: 2 },
    ]);
    expect(points.map((p) => p.month)).toEqual(['2026-03', '2026-04']);
    expect(points[0]?.date.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('skillRows and skillGroups', () => {
  it('draws groups of five or more, names the others, mentees first within a skill', () => {
    const { shown, withheld } = skillRows([
      skill('data', 'mentor', 6),
      skill('ai', 'mentor', 7),
      skill('ai', 'mentee', 8),
      skill('data', 'mentee', 4),
    ]);
    expect(shown.map((r) => `${r.skillId}/${r.role}`)).toEqual(['ai/mentee', 'ai/mentor', 'data/mentor']);
    expect(withheld.map((r) => `${r.skillId}/${r.role}`)).toEqual(['data/mentee']);
    expect(skillGroups(shown).map((g) => [g.skillId, g.rows.length])).toEqual([
      ['ai', 2],
      ['data', 1],
    ]);
  });
});

describe('objectiveBars', () => {
  const objective = (kpi: string, target: number, actual: number | null) => ({
    id: kpi,
    label: label(kpi),
    kpi,
    target,
    actual,
    met: actual === null ? null : actual >= target,
  });

  it('reads each KPI on its own scale', () => {
    const bars = objectiveBars(
      [
        objective('average_rating', 4, 4.2),
        objective('sessions_held_per_pair', 5, 5.5),
        objective('retention', 80, 92),
        objective('nps', 30, -10),
      ],
      6,
    );
    expect(bars.map((b) => [b.kpi, b.scale])).toEqual([
      ['average_rating', 5],
      ['sessions_held_per_pair', 6],
      ['retention', 100],
      ['nps', 100],
    ]);
  });

  it('widens the sessions scale when a target or figure goes past the programme’s count', () => {
    expect(objectiveBars([objective('sessions_held_per_pair', 8, 3)], 6)[0]?.scale).toBe(8);
  });

  it('counts the objectives met among those measured', () => {
    expect(
      objectivesMet([
        objective('nps', 30, 43),
        objective('retention', 80, 70),
        objective('average_rating', 4, null),
      ]),
    ).toEqual({ met: 1, measured: 2 });
  });
});

describe('dashboardQueryString', () => {
  it('sends only the filters that are set', () => {
    expect(dashboardQueryString({})).toBe('');
    expect(dashboardQueryString({ department: 'Risques & Conformité', from: '2026-03-01' })).toBe(
      '?department=Risques+%26+Conformit%C3%A9&from=2026-03-01',
    );
  });
});

describe('survey rounds', () => {
  it('offers the pulse while running only, post and closing while running or closing', () => {
    expect(surveyKindsFor('running')).toEqual(['pulse', 'post', 'closing']);
    expect(surveyKindsFor('closing')).toEqual(['post', 'closing']);
    expect(surveyKindsFor('recruiting')).toEqual([]);
  });

  it('gives the share of answers, none before anyone was asked', () => {
    expect(answerShare({ sent: 24, answers: 17 })).toBe(71);
    expect(answerShare({ sent: 0, answers: 3 })).toBeNull();
  });

  it('is open until its closing instant', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    expect(isOpen({ closesAt: '2026-06-10T12:00:01Z' }, now)).toBe(true);
    expect(isOpen({ closesAt: '2026-06-10T12:00:00Z' }, now)).toBe(false);
  });
});
