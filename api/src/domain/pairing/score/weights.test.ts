import { describe, expect, it } from 'vitest';
import { buildInstance } from './instance';
import { aMentee, aMentor, settingsWith } from './testing/builders';
import { DEFAULT_PAIRING_WEIGHTS, hoursProblems, pairingSettings, weightProblems } from './weights';

describe('weights', () => {
  it('accepts the defaults', () => {
    expect(weightProblems(DEFAULT_PAIRING_WEIGHTS)).toEqual([]);
    expect(hoursProblems(settingsWith())).toEqual([]);
  });

  it('reports every weight outside 0–10, unknown and duplicate criteria', () => {
    const problems = weightProblems(
      { ...DEFAULT_PAIRING_WEIGHTS, skills: 11, reverse: -1, availability: Number.NaN, seniority: 2 },
      [
        { id: 'same-office', weight: 3 },
        { id: 'same-office', weight: 12 },
        { id: 'same-floor' as never, weight: 1 },
      ],
    );
    expect(problems).toEqual([
      { code: 'unknown_criterion', criterion: 'seniority' },
      { code: 'weight_out_of_range', criterion: 'skills', min: 0, max: 10 },
      { code: 'weight_out_of_range', criterion: 'reverse', min: 0, max: 10 },
      { code: 'weight_out_of_range', criterion: 'availability', min: 0, max: 10 },
      { code: 'duplicate_criterion', criterion: 'same-office' },
      { code: 'weight_out_of_range', criterion: 'same-office', min: 0, max: 10 },
      { code: 'unknown_criterion', criterion: 'same-floor' },
    ]);
  });

  it('reports a missing weight', () => {
    const { skills: _skills, ...rest } = DEFAULT_PAIRING_WEIGHTS;
    expect(weightProblems(rest)).toEqual([
      { code: 'weight_out_of_range', criterion: 'skills', min: 0, max: 10 },
    ]);
  });

  it('checks the hour thresholds', () => {
    expect(
      hoursProblems({ minWeeklyOverlapHours: 50, fullOverlapHours: 10, fullAvailabilityHours: 0 }),
    ).toEqual([
      { code: 'hours_out_of_range', setting: 'minWeeklyOverlapHours' },
      { code: 'hours_out_of_range', setting: 'fullOverlapHours' },
      { code: 'hours_out_of_range', setting: 'fullAvailabilityHours' },
    ]);
  });
});

describe('settings', () => {
  it('fill the defaults and take the reference week from today', () => {
    const settings = pairingSettings({
      now: new Date('2026-11-04T08:00:00Z'),
      weights: { ...DEFAULT_PAIRING_WEIGHTS, skills: 7 },
    });
    expect(settings).toMatchObject({
      weights: { skills: 7, reverse: 4 },
      minWeeklyOverlapHours: 2,
      referenceWeek: '2026-11-02',
      locked: [],
      neverTogether: [],
    });
  });
});

describe('instance for the solver', () => {
  it('exposes mentees, mentors with their capacity, and locks', () => {
    const mentees = [aMentee().withId('marc').build(), aMentee().withId('anne').build()];
    const mentors = [
      aMentor().withId('lea').withCapacity(2).build(),
      aMentor().withId('hugo').withCapacity(-1).build(),
    ];
    const instance = buildInstance(
      mentees,
      mentors,
      settingsWith({ locked: [{ menteeId: 'anne', mentorId: 'hugo' }] }),
    );
    expect(instance.mentees).toEqual([{ id: 'marc' }, { id: 'anne' }]);
    expect(instance.mentors).toEqual([
      { id: 'lea', capacity: 2 },
      { id: 'hugo', capacity: 0 },
    ]);
    expect(instance.locked).toEqual([['anne', 'hugo']]);
  });

  it('refuses the same person twice on one side', () => {
    const marc = aMentee().withId('marc').build();
    expect(() => buildInstance([marc, marc], [], settingsWith())).toThrow(/appears twice/);
  });
});
