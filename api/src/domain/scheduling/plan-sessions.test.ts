import { describe, expect, it } from 'vitest';
import { planSessions } from './plan-sessions';
import { defaultSessionThemes, themesForSeries } from './themes';
import type { Cadence } from './types';

const THEMES = defaultSessionThemes();
const plan = (cadence: Cadence, count: number, startsOn = '2026-01-05', endsOn = '2026-12-31') =>
  planSessions({
    startsOn,
    endsOn,
    cadence,
    count,
    sessionMinutes: 60,
    themes: THEMES,
    timeZone: 'Europe/Paris',
  });

describe('cadence windows', () => {
  it('monthly: the start date each month, ±7 days, clipped to the programme', () => {
    const sessions = plan('monthly', 3);
    expect(sessions.map((s) => [s.targetDate, s.fromDate, s.toDate])).toEqual([
      ['2026-01-05', '2026-01-05', '2026-01-12'],
      ['2026-02-05', '2026-01-29', '2026-02-12'],
      ['2026-03-05', '2026-02-26', '2026-03-12'],
    ]);
  });

  it('monthly from the 31st: the last day of shorter months', () => {
    expect(plan('monthly', 3, '2026-01-31').map((s) => s.targetDate)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
  });

  it.each([
    ['weekly', 7, 3],
    ['biweekly', 14, 6],
  ] as const)('%s: every %i days, ±%i days, windows that never overlap', (cadence, step, tolerance) => {
    const sessions = plan(cadence, 4, '2026-01-01');
    for (const [i, s] of sessions.entries()) {
      expect(Date.parse(s.targetDate) - Date.parse(sessions[0]!.targetDate)).toBe(i * step * 86_400_000);
      if (i > 0) {
        expect(Date.parse(s.fromDate) - Date.parse(s.targetDate)).toBe(-tolerance * 86_400_000);
        expect(s.window.start.getTime()).toBeGreaterThanOrEqual(sessions[i - 1]!.window.end.getTime());
      }
    }
  });

  it('turns the dates into instants at midnight in the programme zone, on either side of a clock change', () => {
    const [first] = plan('monthly', 1, '2026-03-25');
    expect(first!.window.start.toISOString()).toBe('2026-03-24T23:00:00.000Z');
    expect(first!.window.end.toISOString()).toBe('2026-04-01T22:00:00.000Z');
    expect(first!.target.toISOString()).toBe('2026-03-25T11:00:00.000Z');
  });

  it('leaves out sessions whose target date is after the end of the programme', () => {
    expect(plan('monthly', 12, '2026-01-05', '2026-06-30')).toHaveLength(6);
  });

  it('rejects dates that are not dates and a programme ending before it starts', () => {
    expect(() => plan('weekly', 2, '2026-02-30')).toThrow(RangeError);
    expect(() => plan('weekly', 2, '2026-03-01', '2026-02-01')).toThrow(/ends/);
  });
});

describe('themes', () => {
  it('follows the curriculum and ends with the review of goals', () => {
    expect(plan('monthly', 8).map((s) => s.theme.id)).toEqual([
      'tool-demo',
      'hands-on-workshop',
      'case-study',
      'sector-trends',
      'active-listening',
      'tool-demo',
      'hands-on-workshop',
      'goals-review',
    ]);
  });

  it('cycles through a programme’s own themes when none is a review', () => {
    const own = THEMES.slice(0, 2);
    expect(themesForSeries({ themes: own, count: 3 }).map((t) => t.id)).toEqual([
      'tool-demo',
      'hands-on-workshop',
      'tool-demo',
    ]);
  });

  it('gives every default theme a label, an objective and an agenda in French and English', () => {
    for (const theme of THEMES) {
      for (const locale of ['fr', 'en'] as const) {
        expect(theme.label[locale]).not.toBe('');
        expect(theme.objective[locale]).not.toBe('');
        expect(theme.agenda[locale].length).toBeGreaterThanOrEqual(3);
      }
      expect(theme.agenda.fr).toHaveLength(theme.agenda.en.length);
    }
  });
});
