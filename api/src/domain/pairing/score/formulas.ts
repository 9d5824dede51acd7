/**
 * The per-criterion formulas, shared by the fast scorer and the detailed evaluation so that both
 * always agree. Values are 0…1, except `reverse` (−1…1).
 */

/** A mentor covers a wanted skill from this self-assessed level up, and only above the mentee's level. */
export const MIN_TEACHING_LEVEL = 3;
/** Hire dates this many years apart give the whole reverse bonus (or penalty). */
export const REVERSE_TENURE_SPAN_YEARS = 10;
/** Hierarchy levels this far apart give the whole reverse bonus (or penalty). */
export const REVERSE_LEVEL_SPAN = 2;
const DAYS_PER_YEAR = 365.25;

export const covers = (mentorLevel: number, menteeLevel: number): boolean =>
  mentorLevel >= MIN_TEACHING_LEVEL && mentorLevel > menteeLevel;

/** A covered skill counts ½ plus ½ × gap / 4 (the largest gap), so deeper expertise counts more. */
export function skillCredit(mentorLevel: number, menteeLevel: number): number {
  return covers(mentorLevel, menteeLevel) ? 0.5 + (0.5 * (mentorLevel - menteeLevel)) / 4 : 0;
}

/** `SKILL_CREDIT[mentorLevel * 6 + menteeLevel]`, levels 0 (not offered) to 5. */
export const SKILL_CREDIT: Float64Array = (() => {
  const table = new Float64Array(36);
  for (let m = 0; m <= 5; m++) for (let e = 0; e <= 5; e++) table[m * 6 + e] = skillCredit(m, e);
  return table;
})();

const clamp1 = (x: number): number => Math.min(1, Math.max(-1, x));

/**
 * Positive when the mentor is the junior one: mean of the tenure signal (mentor hired later) and
 * the level signal (mentor further from the top), each clamped to −1…1; 0 when neither is known.
 */
export function reverseValue(
  mentorHireDay: number,
  menteeHireDay: number,
  mentorLevel: number,
  menteeLevel: number,
): number {
  let sum = 0;
  let signals = 0;
  const tenure = (mentorHireDay - menteeHireDay) / (REVERSE_TENURE_SPAN_YEARS * DAYS_PER_YEAR);
  if (!Number.isNaN(tenure)) {
    sum += clamp1(tenure);
    signals++;
  }
  const level = (mentorLevel - menteeLevel) / REVERSE_LEVEL_SPAN;
  if (!Number.isNaN(level)) {
    sum += clamp1(level);
    signals++;
  }
  return signals === 0 ? 0 : sum / signals;
}

/** Linear from the minimum (0) to the full mark (1) of common hours. */
export function hoursValue(hours: number, minimum: number, full: number): number {
  if (full <= minimum) return hours >= minimum ? 1 : 0;
  const v = (hours - minimum) / (full - minimum);
  return Math.min(1, Math.max(0, v));
}

export function availabilityValue(hours: number, full: number): number {
  return Math.min(1, hours / full);
}

export const yearsBetween = (fromDay: number, toDay: number): number => (toDay - fromDay) / DAYS_PER_YEAR;
