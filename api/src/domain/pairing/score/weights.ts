import {
  ADMIN_CRITERION_IDS,
  type AdminCriterion,
  type PairingSettings,
  type PairingWeights,
  WEIGHTED_CRITERIA,
} from './types';
import { referenceWeekOf } from './week-slots';

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 10;

/**
 * Default weights (0–10 each). Each criterion gives a value in 0…1 (reverse: −1…1) and scores
 * weight × value, so these are the points a perfect pair earns per criterion:
 * - skills 10: learning what the mentee came for is the point of the programme;
 * - reverse 4: the junior-guides-senior direction is the programme's idea, an upside-down pair loses as much;
 * - crossDepartment 3: meeting another part of the bank is a stated benefit, but secondary;
 * - workingHours 2: beyond the hard minimum, more common hours only ease booking;
 * - availability 2: preferred slots in common, a convenience.
 */
export const DEFAULT_PAIRING_WEIGHTS: Readonly<PairingWeights> = Object.freeze({
  skills: 10,
  reverse: 4,
  crossDepartment: 3,
  workingHours: 2,
  availability: 2,
});

export const DEFAULT_MIN_WEEKLY_OVERLAP_HOURS = 2;
export const DEFAULT_FULL_OVERLAP_HOURS = 15;
export const DEFAULT_FULL_AVAILABILITY_HOURS = 4;

export type WeightProblem =
  | { code: 'weight_out_of_range'; criterion: string; min: number; max: number }
  | { code: 'unknown_criterion'; criterion: string }
  | { code: 'duplicate_criterion'; criterion: string }
  | {
      code: 'hours_out_of_range';
      setting: 'minWeeklyOverlapHours' | 'fullOverlapHours' | 'fullAvailabilityHours';
    };

const inRange = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= MIN_WEIGHT && value <= MAX_WEIGHT;

/** Every problem with a programme's weights, not just the first; an empty list means valid. */
export function weightProblems(
  weights: Record<string, unknown>,
  adminCriteria: readonly AdminCriterion[] = [],
): WeightProblem[] {
  const problems: WeightProblem[] = [];
  for (const key of Object.keys(weights)) {
    if (!(WEIGHTED_CRITERIA as readonly string[]).includes(key))
      problems.push({ code: 'unknown_criterion', criterion: key });
  }
  for (const key of WEIGHTED_CRITERIA) {
    if (!inRange(weights[key]))
      problems.push({ code: 'weight_out_of_range', criterion: key, min: MIN_WEIGHT, max: MAX_WEIGHT });
  }
  const seen = new Set<string>();
  for (const criterion of adminCriteria) {
    if (!(ADMIN_CRITERION_IDS as readonly string[]).includes(criterion.id)) {
      problems.push({ code: 'unknown_criterion', criterion: criterion.id });
    } else if (seen.has(criterion.id)) {
      problems.push({ code: 'duplicate_criterion', criterion: criterion.id });
    }
    seen.add(criterion.id);
    if (!inRange(criterion.weight)) {
      problems.push({
        code: 'weight_out_of_range',
        criterion: criterion.id,
        min: MIN_WEIGHT,
        max: MAX_WEIGHT,
      });
    }
  }
  return problems;
}

/** Problems with the hour thresholds of a programme (0–40 h a week; the full-bonus marks above the minimum). */
export function hoursProblems(
  settings: Pick<PairingSettings, 'minWeeklyOverlapHours' | 'fullOverlapHours' | 'fullAvailabilityHours'>,
): WeightProblem[] {
  const ok = (h: number, min: number) => Number.isFinite(h) && h >= min && h <= 40;
  const problems: WeightProblem[] = [];
  if (!ok(settings.minWeeklyOverlapHours, 0))
    problems.push({ code: 'hours_out_of_range', setting: 'minWeeklyOverlapHours' });
  if (!ok(settings.fullOverlapHours, Math.max(0.25, settings.minWeeklyOverlapHours))) {
    problems.push({ code: 'hours_out_of_range', setting: 'fullOverlapHours' });
  }
  if (!ok(settings.fullAvailabilityHours, 0.25))
    problems.push({ code: 'hours_out_of_range', setting: 'fullAvailabilityHours' });
  return problems;
}

/** Settings with the defaults filled in; the reference week defaults to the week of `now`. */
export function pairingSettings(input: Partial<PairingSettings> & { now: Date }): PairingSettings {
  return {
    weights: { ...DEFAULT_PAIRING_WEIGHTS, ...input.weights },
    adminCriteria: input.adminCriteria ?? [],
    minWeeklyOverlapHours: input.minWeeklyOverlapHours ?? DEFAULT_MIN_WEEKLY_OVERLAP_HOURS,
    fullOverlapHours: input.fullOverlapHours ?? DEFAULT_FULL_OVERLAP_HOURS,
    fullAvailabilityHours: input.fullAvailabilityHours ?? DEFAULT_FULL_AVAILABILITY_HOURS,
    referenceWeek: input.referenceWeek ?? referenceWeekOf(input.now),
    now: input.now,
    neverTogether: input.neverTogether ?? [],
    locked: input.locked ?? [],
  };
}
