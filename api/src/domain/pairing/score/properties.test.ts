import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYPARTS, WEEKDAYS } from '../../application';
import { languageKey } from './compile';
import { buildInstance, scorePair } from './instance';
import { settingsWith } from './testing/builders';
import { type PairingCandidate, WORK_DAYS, type WorkingHours } from './types';
import { whyUnmatched } from './unmatched';
import { slotCount, weeklyOverlapHours, workingHoursBitmap } from './week-slots';

const IDS = ['ana', 'ben', 'carl', 'dina', 'emil', 'fay'];
const ZONES = [
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'Asia/Singapore',
  'Pacific/Auckland',
  'Asia/Kolkata',
];
const WEEKS = ['2026-01-12', '2026-03-23', '2026-06-15', '2026-10-26'];
const time = fc
  .integer({ min: 0, max: 95 })
  .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);

const workingHours: fc.Arbitrary<WorkingHours> = fc.record({
  days: fc.subarray([...WORK_DAYS]),
  start: time,
  end: time,
  timeZone: fc.constantFrom(...ZONES),
});

const candidate: fc.Arbitrary<PairingCandidate> = fc.record({
  id: fc.constantFrom(...IDS),
  name: fc.constant('X'),
  department: fc.constantFrom(null, 'Risques', 'IT', 'Data & IA'),
  office: fc.constantFrom(null, 'Paris', 'London'),
  site: fc.constantFrom(null, 'Paris', 'London'),
  hireDate: fc.option(
    fc
      .date({ min: new Date('1980-01-01'), max: new Date('2026-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  level: fc.option(fc.integer({ min: 0, max: 6 })),
  managerChain: fc.subarray(IDS),
  languages: fc.subarray(['fr', 'en-GB', 'de']),
  skills: fc.uniqueArray(
    fc.record({
      skillId: fc.constantFrom('ai', 'data', 'agile', 'cyber'),
      level: fc.integer({ min: 1, max: 5 }),
    }),
    { selector: (s) => s.skillId },
  ),
  availability: fc.record({ days: fc.subarray([...WEEKDAYS]), dayparts: fc.subarray([...DAYPARTS]) }),
  workingHours,
  capacity: fc.integer({ min: 0, max: 3 }),
});

const settings = fc.record({
  weights: fc.record({
    skills: fc.integer({ min: 0, max: 10 }),
    reverse: fc.integer({ min: 0, max: 10 }),
    crossDepartment: fc.integer({ min: 0, max: 10 }),
    workingHours: fc.integer({ min: 0, max: 10 }),
    availability: fc.integer({ min: 0, max: 10 }),
  }),
  minWeeklyOverlapHours: fc.constantFrom(0, 1, 2, 5),
  referenceWeek: fc.constantFrom(...WEEKS),
  adminCriteria: fc.subarray([
    { id: 'same-office' as const, weight: 2 },
    { id: 'different-site' as const, weight: 1 },
  ]),
  neverTogether: fc.subarray(
    IDS.flatMap((a) => IDS.map((b) => ({ menteeId: a, mentorId: b }))),
    { maxLength: 3 },
  ),
});

/** The hard constraints restated independently of the implementation. */
function breaksAHardConstraint(
  mentee: PairingCandidate,
  mentor: PairingCandidate,
  s: ReturnType<typeof settingsWith>,
) {
  const langs = new Set(mentee.languages.map(languageKey));
  return (
    mentee.id === mentor.id ||
    !mentor.languages.some((l) => langs.has(languageKey(l))) ||
    mentee.managerChain.includes(mentor.id) ||
    mentor.managerChain.includes(mentee.id) ||
    s.neverTogether.some((p) => p.menteeId === mentee.id && p.mentorId === mentor.id) ||
    weeklyOverlapHours(mentee.workingHours, mentor.workingHours, s.referenceWeek) < s.minWeeklyOverlapHours
  );
}

describe('pairing score properties', () => {
  it('is forbidden exactly when a hard constraint holds, and finite otherwise', () => {
    fc.assert(
      fc.property(candidate, candidate, settings, (mentee, mentor, overrides) => {
        const s = settingsWith(overrides);
        const result = scorePair(mentee, mentor, s);
        expect(result.allowed).toBe(!breaksAHardConstraint(mentee, mentor, s));
        if (result.allowed) expect(Number.isFinite(result.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same number in the fast scorer, the rows, some pairs and the detailed evaluation', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (c) => c.id, minLength: 1, maxLength: 3 }),
        fc.uniqueArray(candidate, { selector: (c) => c.id, minLength: 1, maxLength: 4 }),
        settings,
        fc.option(fc.tuple(fc.nat(), fc.nat())),
        (mentees, mentors, overrides, lock) => {
          const locked = lock
            ? [
                {
                  menteeId: mentees[lock[0] % mentees.length]!.id,
                  mentorId: mentors[lock[1] % mentors.length]!.id,
                },
              ]
            : [];
          const instance = buildInstance(mentees, mentors, settingsWith({ ...overrides, locked }));
          const expected = mentees.map((_, i) =>
            mentors.map((_, j) => {
              const detailed = instance.evaluate(i, j);
              const fast = instance.score(i, j);
              expect(fast).toBe(detailed.allowed ? detailed.score : null);
              return fast;
            }),
          );
          const row = new Float64Array(mentors.length);
          // rows in turn, then again backwards: marks left by one row never leak into another
          for (const i of [...mentees.keys(), ...[...mentees.keys()].reverse()]) {
            instance.fillRow(i, row);
            expect(Array.from(row, (v) => (Number.isNaN(v) ? null : v))).toEqual(expected[i]);
            const some = Int32Array.from([...mentors.keys()].reverse().filter((j) => j % 2 === 0));
            const out = new Float64Array(some.length);
            instance.fillPairs(i, some, some.length, out);
            expect(Array.from(out, (v) => (Number.isNaN(v) ? null : v))).toEqual(
              Array.from(some, (j) => expected[i]![j]),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says why someone is left alone as the evaluation of every candidate does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (c) => c.id, minLength: 1, maxLength: 3 }),
        fc.uniqueArray(candidate, { selector: (c) => c.id, minLength: 1, maxLength: 4 }),
        settings,
        (mentees, mentors, overrides) => {
          const instance = buildInstance(mentees, mentors, settingsWith(overrides));
          const reasons = (i: number, j: number) => {
            const result = instance.evaluate(i, j);
            return result.allowed ? null : result.reasons;
          };
          mentees.forEach((_, i) => {
            const bySlowWay = whyUnmatched(
              'mentee',
              mentors.map((_, j) => reasons(i, j)),
            );
            expect(instance.unmatchedMentee(i)).toEqual(bySlowWay);
          });
          mentors.forEach((_, j) => {
            const bySlowWay = whyUnmatched(
              'mentor',
              mentees.map((_, i) => reasons(i, j)),
            );
            expect(instance.unmatchedMentor(j)).toEqual(bySlowWay);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives equal scores to people who differ only by id and name', () => {
    fc.assert(
      fc.property(candidate, candidate, settings, (mentee, mentor, overrides) => {
        const s = settingsWith({ ...overrides, neverTogether: [] });
        const twin = { ...mentee, id: 'twin', name: 'Twin' };
        const mentorTwin = { ...mentor, id: 'mentor-twin', name: 'Other' };
        const one = scorePair(mentee, mentor, s);
        const other = scorePair(twin, mentor, s);
        if (mentor.id !== mentee.id && !mentor.managerChain.includes(mentee.id)) {
          expect(other.allowed ? other.score : null).toBe(one.allowed ? one.score : null);
        }
        const instance = buildInstance([mentee], [mentor, mentorTwin], s);
        if (mentor.id !== mentee.id && !mentee.managerChain.includes(mentor.id)) {
          expect(instance.score(0, 1)).toBe(instance.score(0, 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never finds more common hours than either person works', () => {
    fc.assert(
      fc.property(workingHours, workingHours, fc.constantFrom(...WEEKS), (a, b, week) => {
        const overlap = weeklyOverlapHours(a, b, week);
        expect(overlap).toBeLessThanOrEqual(slotCount(workingHoursBitmap(a, week)) / 4);
        expect(overlap).toBeLessThanOrEqual(slotCount(workingHoursBitmap(b, week)) / 4);
        expect(overlap).toBe(weeklyOverlapHours(b, a, week));
      }),
      { numRuns: 300 },
    );
  });
});
