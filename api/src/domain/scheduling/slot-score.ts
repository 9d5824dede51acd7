import { AFTERNOON_STARTS } from '../pairing/score/week-slots';
import { minutesOf, type WallTime } from './local-time';
import { overlaps, type Span } from './spans';
import type { SlotPreferences, SlotReason } from './types';

/** Points taken off a slot's 100, per person concerned. Preferences weigh more than edge times. */
export const SLOT_PENALTIES = {
  notPreferredDay: 20,
  notPreferredDaypart: 15,
  mondayEarly: 10,
  fridayLate: 10,
  lunchTime: 10,
  workingElsewhere: 5,
  /** Per whole day between the slot and the cadence's target date. */
  perDayOffTarget: 1,
} as const;

/** Edge times, in each person's local time. */
export const EDGE_TIMES = {
  mondayStartsAt: '10:00',
  fridayEndsAt: '16:00',
  lunchFrom: '12:00',
  lunchTo: '14:00',
} as const;

const DAY_MS = 24 * 3_600_000;
const MONDAY_STARTS = minutesOf(EDGE_TIMES.mondayStartsAt);
const FRIDAY_ENDS = minutesOf(EDGE_TIMES.fridayEndsAt);
const LUNCH_FROM = minutesOf(EDGE_TIMES.lunchFrom);
const LUNCH_TO = minutesOf(EDGE_TIMES.lunchTo);
const AFTERNOON = minutesOf(AFTERNOON_STARTS);

export interface ScoredPerson {
  clock: (at: number) => WallTime;
  preferences?: SlotPreferences;
  /** The person's working-elsewhere items: allowed, but a slot clear of them is better. */
  elsewhere: readonly Span[];
}

/** Penalties one person's local clock puts on a slot. */
function personReasons(slot: Span, person: ScoredPerson, index: number): SlotReason[] {
  const reasons: SlotReason[] = [];
  const add = (code: SlotReason['code'], points: number) =>
    reasons.push({ code, points: -points, person: index });
  const { day, minutes: start, midnight } = person.clock(slot.start);
  const endWall = person.clock(slot.end);
  const end = (endWall.midnight - midnight) / 60_000 + endWall.minutes;
  const days = person.preferences?.days ?? [];
  if (days.length > 0) {
    if ((days as readonly string[]).includes(day)) add('preferred_day', 0);
    else add('not_preferred_day', SLOT_PENALTIES.notPreferredDay);
  }
  const dayparts = person.preferences?.dayparts ?? [];
  if (dayparts.length > 0) {
    const fits =
      (dayparts.includes('morning') && end <= AFTERNOON) ||
      (dayparts.includes('afternoon') && start >= AFTERNOON);
    add(fits ? 'preferred_daypart' : 'not_preferred_daypart', fits ? 0 : SLOT_PENALTIES.notPreferredDaypart);
  }
  if (day === 'monday' && start < MONDAY_STARTS) add('monday_early', SLOT_PENALTIES.mondayEarly);
  if (day === 'friday' && end > FRIDAY_ENDS) add('friday_late', SLOT_PENALTIES.fridayLate);
  if (start < LUNCH_TO && end > LUNCH_FROM) add('lunch_time', SLOT_PENALTIES.lunchTime);
  if (person.elsewhere.some((e) => overlaps(e, slot)))
    add('working_elsewhere', SLOT_PENALTIES.workingElsewhere);
  return reasons;
}

/** A slot's score (100 minus penalties) and the facts behind it. */
export function scoreSlot(p: { slot: Span; people: readonly ScoredPerson[]; target?: number }): {
  score: number;
  reasons: SlotReason[];
} {
  const reasons = p.people.flatMap((person, index) => personReasons(p.slot, person, index));
  if (p.target !== undefined) {
    const days = Math.round(Math.abs(p.slot.start - p.target) / DAY_MS);
    if (days > 0) reasons.push({ code: 'off_target', points: -days * SLOT_PENALTIES.perDayOffTarget, days });
  }
  return { score: reasons.reduce((sum, r) => sum + r.points, 100), reasons };
}
