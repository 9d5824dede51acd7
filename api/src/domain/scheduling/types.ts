import type { Daypart, Weekday } from '../application';
import type { WorkingHours } from '../pairing/score/types';
import type { Localised } from '../programme';

export type { Locale, WorkingHours } from '../pairing/score/types';
export type { Cadence } from '../programme';

/** A half-open span of time [start, end) between two UTC instants. */
export interface Interval {
  start: Date;
  end: Date;
}

/** Free/busy statuses as `calendar/getSchedule` reports them on schedule items. */
export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** One item of a person's schedule; without a status it counts as busy. */
export interface BusyItem extends Interval {
  status?: FreeBusyStatus;
}

/** When a person would rather meet: no day or no daypart listed means no preference. */
export interface SlotPreferences {
  days: readonly Weekday[];
  dayparts: readonly Daypart[];
}

export interface SlotPerson {
  workingHours: WorkingHours;
  busy: readonly BusyItem[];
  preferences?: SlotPreferences;
}

export interface FindSlotInput {
  window: Interval;
  durationMinutes: number;
  people: readonly SlotPerson[];
  /** The current instant: no slot starts before it. */
  now: Date;
  /** Spans no slot may overlap (e.g. weeks already holding one of the pair's sessions). */
  avoid?: readonly Interval[];
  /** The date the cadence aims at; slots further from it score a little lower. */
  target?: Date;
}

export type SlotReasonCode =
  | 'preferred_day'
  | 'not_preferred_day'
  | 'preferred_daypart'
  | 'not_preferred_daypart'
  | 'monday_early'
  | 'friday_late'
  | 'lunch_time'
  | 'working_elsewhere'
  | 'off_target';

/** One fact that shaped the slot's score; `person` indexes `people`, `points` is ≤ 0. */
export interface SlotReason {
  code: SlotReasonCode;
  points: number;
  person?: number;
  /** `off_target`: whole days between the slot and the target date. */
  days?: number;
}

export interface SlotFound {
  ok: true;
  start: Date;
  end: Date;
  /** 100 for a slot with nothing against it, minus the penalties in `reasons`. */
  score: number;
  reasons: SlotReason[];
}

export type NoSlotReason = 'no_common_working_hours' | 'calendars_full_in_window' | 'window_in_past';

export type NoSlot =
  | {
      ok: false;
      reason: 'no_common_working_hours';
      detail: { commonWorkingMinutes: number; durationMinutes: number };
    }
  | {
      ok: false;
      reason: 'calendars_full_in_window';
      detail: { commonWorkingMinutes: number; longestFreeMinutes: number; durationMinutes: number };
    }
  | { ok: false; reason: 'window_in_past'; detail: { windowEnd: Date; now: Date } };

export type SlotResult = SlotFound | NoSlot;

/** What a session is for: a label, an objective and an agenda in both languages. */
export interface SessionTheme {
  id: string;
  label: Localised;
  objective: Localised;
  agenda: { fr: readonly string[]; en: readonly string[] };
}

/** A session of the series before it is placed: its window (dates in the programme's zone) and theme. */
export interface PlannedSession {
  /** 1-based position in the series. */
  number: number;
  /** The date the cadence aims at (`YYYY-MM-DD`). */
  targetDate: string;
  /** First and last dates of the window, inclusive (`YYYY-MM-DD`). */
  fromDate: string;
  toDate: string;
  /** The same window as UTC instants: midnight at `fromDate` to midnight after `toDate`. */
  window: Interval;
  /** Noon on the target date, as an instant. */
  target: Date;
  durationMinutes: number;
  theme: SessionTheme;
}
