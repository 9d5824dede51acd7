import { describe, expect, it } from 'vitest';
import { scorePair } from './instance';
import { aMentee, aMentor, settingsWith } from './testing/builders';
import type { CriterionResult, PairingCandidate, PairingSettings, PairResult } from './types';

function allowed(result: PairResult) {
  if (!result.allowed) throw new Error(`expected an allowed pair, got ${JSON.stringify(result.reasons)}`);
  return result;
}

function criterion<K extends CriterionResult['id']>(
  result: PairResult,
  id: K,
): Extract<CriterionResult, { id: K }> {
  const found = allowed(result).criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} criterion`);
  return found as Extract<CriterionResult, { id: K }>;
}

const only = (weight: keyof PairingSettings['weights'], extra: Partial<PairingSettings> = {}) =>
  settingsWith({
    weights: { skills: 0, reverse: 0, crossDepartment: 0, workingHours: 0, availability: 0, [weight]: 10 },
    ...extra,
  });

const score = (mentee: PairingCandidate, mentor: PairingCandidate, settings: PairingSettings) =>
  allowed(scorePair(mentee, mentor, settings)).score;

describe('skill fit', () => {
  const mentee = aMentee()
    .withSkill('generative-ai', 1)
    .withSkill('data-literacy', 2)
    .withSkill('fintech', 3)
    .build();

  it('counts the wanted skills the mentor rates high and above the mentee', () => {
    const mentor = aMentor()
      .withSkill('generative-ai', 5)
      .withSkill('data-literacy', 4)
      .withSkill('fintech', 3)
      .build();
    const skills = criterion(scorePair(mentee, mentor, only('skills')), 'skills');
    expect(skills.covered).toEqual(['generative-ai', 'data-literacy']);
    expect(skills.wanted).toBe(3);
    // (½ + ½·4/4) + (½ + ½·2/4) + 0, over 3 wanted skills.
    expect(skills.value).toBeCloseTo((1 + 0.75) / 3, 12);
    expect(skills.points).toBeCloseTo(10 * skills.value, 12);
  });

  it('ignores what the mentor offers at a low level, even above the mentee', () => {
    const mentor = aMentor().withSkill('generative-ai', 2).build();
    expect(criterion(scorePair(mentee, mentor, only('skills')), 'skills').covered).toEqual([]);
  });

  it('rewards a wider gap', () => {
    const near = aMentor().withSkill('fintech', 4).build();
    const far = aMentor().withSkill('fintech', 5).build();
    expect(score(mentee, far, only('skills'))).toBeGreaterThan(score(mentee, near, only('skills')));
  });

  it('rewards covering more of the wanted skills', () => {
    const one = aMentor().withSkill('generative-ai', 5).build();
    const two = aMentor().withSkill('generative-ai', 5).withSkill('data-literacy', 5).build();
    expect(score(mentee, two, only('skills'))).toBeGreaterThan(score(mentee, one, only('skills')));
  });

  it('scores nothing for a mentee with no learning goal', () => {
    const mentor = aMentor().withSkill('generative-ai', 5).build();
    expect(score(aMentee().build(), mentor, only('skills'))).toBe(0);
  });
});

describe('reverse direction', () => {
  const senior = aMentee().hiredOn('1999-01-04').atLevel(2).build();

  it('gives a bonus when the mentor is the junior, by tenure and level', () => {
    const junior = aMentor().hiredOn('2023-03-01').atLevel(5).build();
    expect(criterion(scorePair(senior, junior, only('reverse')), 'reverse').value).toBe(1);
  });

  it('gives a penalty when the mentor is the senior', () => {
    const mentee = aMentee().hiredOn('2022-01-01').atLevel(5).build();
    const mentor = aMentor().hiredOn('2001-01-01').atLevel(3).build();
    expect(score(mentee, mentor, only('reverse'))).toBe(-10);
  });

  it('grows with the tenure gap until ten years', () => {
    const mentee = aMentee().hiredOn('2010-01-01').build();
    const fiveYears = criterion(
      scorePair(mentee, aMentor().hiredOn('2015-01-01').build(), only('reverse')),
      'reverse',
    );
    expect(fiveYears.value).toBeCloseTo(0.5, 2);
    expect(fiveYears.menteeYears).toBeCloseTo(16.45, 1);
  });

  it('uses whichever signal is known, and is neutral when none is', () => {
    expect(score(aMentee().atLevel(1).build(), aMentor().atLevel(4).build(), only('reverse'))).toBe(10);
    expect(score(aMentee().build(), aMentor().build(), only('reverse'))).toBe(0);
  });
});

describe('cross-department', () => {
  it('gives the bonus to different departments only', () => {
    const mentee = aMentee().inDepartment('Risques').build();
    expect(score(mentee, aMentor().inDepartment('Data & IA').build(), only('crossDepartment'))).toBe(10);
    expect(score(mentee, aMentor().inDepartment(' risques ').build(), only('crossDepartment'))).toBe(0);
    expect(score(mentee, aMentor().inDepartment(null).build(), only('crossDepartment'))).toBe(0);
  });
});

describe('working-hours overlap', () => {
  it('grows from the minimum to the full mark', () => {
    const mentee = aMentee().inZone('Europe/Paris').build();
    const nyMentor = aMentor().inZone('America/New_York').build();
    const parisMentor = aMentor().inZone('Europe/Paris').build();
    const settings = only('workingHours', { minWeeklyOverlapHours: 2, fullOverlapHours: 18 });
    const ny = criterion(scorePair(mentee, nyMentor, settings), 'workingHours');
    expect(ny.hours).toBe(10);
    expect(ny.value).toBeCloseTo(0.5, 12);
    expect(criterion(scorePair(mentee, parisMentor, settings), 'workingHours').value).toBe(1);
  });
});

describe('availability preferences', () => {
  it('counts the common preferred cells that fall in both working hours, across zones', () => {
    const mentee = aMentee().availableOn(['monday', 'tuesday'], ['afternoon']).build();
    const sameZone = aMentor().availableOn(['tuesday', 'wednesday'], ['afternoon']).build();
    expect(criterion(scorePair(mentee, sameZone, only('availability')), 'availability').hours).toBe(4);
    // New York mornings (summer) are 13:00–16:00 UTC, Paris afternoons from 11:00 UTC.
    const newYork = aMentor().inZone('America/New_York').availableOn(['tuesday'], ['morning']).build();
    const result = criterion(scorePair(mentee, newYork, only('availability')), 'availability');
    expect(result.hours).toBe(2);
    expect(result.value).toBeCloseTo(0.5, 12);
  });

  it('is zero with no common preferred time', () => {
    const mentee = aMentee().availableOn(['monday'], ['morning']).build();
    const mentor = aMentor().availableOn(['monday'], ['afternoon']).build();
    expect(score(mentee, mentor, only('availability'))).toBe(0);
  });
});

describe('admin criteria', () => {
  const mentee = aMentee().inOffice('Paris — La Défense').atSite('Paris').build();
  const colleague = aMentor().inOffice('paris — la défense').atSite('Paris').build();
  const londoner = aMentor().inOffice('London — Canary Wharf').atSite('London').build();
  const noWeights = only('skills', {
    weights: { skills: 0, reverse: 0, crossDepartment: 0, workingHours: 0, availability: 0 },
  });

  it('adds the weight of each criterion that holds', () => {
    const settings = { ...noWeights, adminCriteria: [{ id: 'same-office' as const, weight: 3 }] };
    expect(score(mentee, colleague, settings)).toBe(3);
    expect(score(mentee, londoner, settings)).toBe(0);
  });

  it('can prefer different sites instead', () => {
    const settings = { ...noWeights, adminCriteria: [{ id: 'different-site' as const, weight: 2 }] };
    expect(score(mentee, londoner, settings)).toBe(2);
    expect(criterion(scorePair(mentee, colleague, settings), 'admin')).toMatchObject({
      holds: false,
      points: 0,
    });
  });

  it('does not hold when a value is unknown', () => {
    const settings = { ...noWeights, adminCriteria: [{ id: 'different-office' as const, weight: 2 }] };
    expect(score(mentee, aMentor().build(), settings)).toBe(0);
  });
});

describe('the total', () => {
  it('is the sum of weight × value over the criteria', () => {
    const mentee = aMentee().withSkill('agile', 1).inDepartment('Risques').hiredOn('1999-01-01').build();
    const mentor = aMentor().withSkill('agile', 5).inDepartment('IT').hiredOn('2024-01-01').build();
    const result = allowed(scorePair(mentee, mentor, settingsWith()));
    expect(result.score).toBeCloseTo(
      result.criteria.reduce((sum, c) => sum + c.points, 0),
      12,
    );
    expect(result.score).toBeCloseTo(10 + 4 + 3 + 2 + 2, 12);
  });
});
